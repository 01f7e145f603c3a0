import { buildUrl, type LoanProClient } from '../../api/http-client'
import { customerPath } from '../../api/customers'
import { LoanProError } from '../../api/loanpro-error'

const SNAPSHOT_BASE = 'https://snapshot.invalid/'

/**
 * A LoanPro client that never reaches LoanPro: it answers the overview's one `$expand`
 * request for `customerId` from an audit snapshot (LoanPro's own `d`, so the app reads it
 * exactly as a live answer) and refuses everything else, deletes included.
 */
export function snapshotClient(customerId: number, snapshot: unknown): LoanProClient {
  const expandedPath = customerPath(customerId)
  return {
    request(method, path, options = {}) {
      if (method === 'GET' && path === expandedPath && options.query?.$expand !== undefined) {
        return Promise.resolve(structuredClone(snapshot))
      }
      return Promise.reject(
        new LoanProError({
          kind: 'http',
          method,
          path,
          serverMessage:
            'Not in the snapshot: a deleted customer can only be shown as it was kept.',
        }),
      )
    },
    url: (path, query) => buildUrl(SNAPSHOT_BASE, path, query),
  }
}
