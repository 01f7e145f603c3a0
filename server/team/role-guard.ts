import type { MiddlewareHandler } from 'hono'
import { errorJson } from '../proxy.ts'
import { hasRole, type Role } from './team-user.ts'

/**
 * The app marks the DELETEs of a removal run (an import, or a removal of a selection) with this
 * header. The path of a run's DELETE is the same as a single delete's, so this is how the
 * server tells them apart. Its limit: it is the app's declaration, not proof. An operator who
 * scripts DELETEs without it still deletes only one customer per request, under their own name
 * (and in the audit log); what it stops is the app's run machinery working for an operator.
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
export function enforceRoles(): MiddlewareHandler {
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
    await next()
  }
}
