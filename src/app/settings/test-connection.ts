import type { ApiConnection } from '../../api/connection'
import { createLoanProClient } from '../../api/http-client'
import { searchCustomers } from '../../api/customers'
import { isLoanProError } from '../../api/loanpro-error'
import { formatCount } from '../../lib/format'

export interface ConnectionTestResult {
  ok: boolean
  message: string
}

/** One cheap request (a one-row search) and its outcome in words. Never repeats the token. */
export async function testConnection(connection: ApiConnection): Promise<ConnectionTestResult> {
  const client = createLoanProClient({ ...connection, timeoutMs: 15_000 })
  try {
    const result = await searchCustomers(client, {
      q: '',
      page: 1,
      pageSize: 1,
      sort: { field: 'id', direction: 'asc' },
    })
    const count = result.total === null ? 'its customers' : formatCount(result.total, 'customer')
    return { ok: true, message: `Connected. The tenant answered and has ${count}.` }
  } catch (error) {
    return { ok: false, message: explainFailure(error) }
  }
}

function explainFailure(error: unknown): string {
  if (!isLoanProError(error))
    return 'The test failed for an unknown reason. Check the fields and try again.'
  switch (error.kind) {
    case 'unauthorized':
      return 'LoanPro refused the credentials (401): the API token or the tenant ID is wrong. Copy both again from LoanPro (Settings > Company > API) and test again.'
    case 'network':
      return 'The base URL could not be reached from this browser. Check the address; if it is right, the tenant may not allow calls from this site (CORS), so use the server connection instead (see the README).'
    case 'timeout':
      return 'The tenant did not answer within 15 seconds. Check the base URL and try again.'
    case 'not-found':
    case 'http':
    case 'bad-response':
      return `Something answered at this address, but not LoanPro's API (${error.status ? `status ${error.status}` : 'unreadable answer'}). The base URL usually ends with /api/public/api/1/.`
    case 'rate-limited':
      return 'The tenant is limiting requests right now (429). Wait a minute and test again.'
    case 'server':
      return `LoanPro had a server error (${error.status ?? 500}). Try again in a moment.`
    default:
      return `The test failed: ${error.message}`
  }
}
