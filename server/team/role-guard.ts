import type { MiddlewareHandler } from 'hono'
import { errorJson } from '../proxy.ts'
import type { DbQuery } from './db.ts'
import { OPERATOR_DELETES_PER_MINUTE } from './team-config.ts'
import { hasRole, type Role } from './team-user.ts'
import { takeToken, type TokenBucketOptions } from './token-bucket.ts'

/**
 * The app marks the DELETEs of a removal run (an import, or a removal of a selection) with this
 * header. The path of a run's DELETE is the same as a single delete's, so this is how the
 * server tells them apart. Its limit: it is the app's declaration, not proof. An operator who
 * scripts DELETEs without it still deletes one customer per request, under their own name
 * (and in the audit log), and at most OPERATOR_DELETES_PER_MINUTE a minute (counted for all
 * instances together, in the database); what it stops is
 * the app's run machinery working for an operator.
 */
export const RUN_HEADER = 'X-CM-Run'

/** The least role that may send this request through the proxy. */
export function roleNeeded(method: string, isRun: boolean): Role {
  // Searches (the only POST the proxy forwards) and reads: everyone signed in.
  if (method === 'GET' || method === 'HEAD' || method === 'POST') return 'viewer'
  // DELETE, and anything else the proxy might one day forward, is a change.
  return isRun ? 'bulk-remover' : 'operator'
}

const WHAT: Record<Role, string> = {
  viewer: 'read customers',
  operator: 'delete a customer',
  'bulk-remover': 'remove customers in a run (an import or a selection)',
  admin: 'do this',
}

/** Before the proxy: a request the signed-in role may not make never reaches LoanPro. */
export function enforceRoles(db: DbQuery, operatorCap: TokenBucketOptions): MiddlewareHandler {
  return async (c, next) => {
    const user = c.get('teamUser')
    const needed = roleNeeded(c.req.method, c.req.header(RUN_HEADER) !== undefined)
    if (!hasRole(user.role, needed)) {
      // Read the (size-limited) body, so the connection stays in step.
      await c.req.arrayBuffer().catch(() => null)
      return errorJson(
        c,
        403,
        `Your role (${user.role}) may not ${WHAT[needed]}: that needs the ${needed} role.`,
      )
    }
    if (needed !== 'viewer' && !hasRole(user.role, 'bulk-remover')) {
      const waitMs = await takeToken(db, `operator-deletes:${user.subject}`, operatorCap)
      if (waitMs > 0) {
        await c.req.arrayBuffer().catch(() => null)
        c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))))
        c.header('Cache-Control', 'no-store')
        return c.json(
          {
            error: {
              message:
                `Operators delete one customer at a time, at most ` +
                `${String(OPERATOR_DELETES_PER_MINUTE)} a minute: removing many customers ` +
                'needs the bulk-remover role.',
            },
          },
          429,
        )
      }
    }
    await next()
  }
}
