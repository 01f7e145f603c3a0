import type { MiddlewareHandler } from 'hono'
import { errorJson } from '../proxy.ts'
import { hasRole, type Role } from './team-user.ts'

/**
 * The app marks the DELETEs of a removal run (an import, or a removal of a selection) with this
 * header. The path of a run's DELETE is the same as a single delete's, so this is how the
 * server tells them apart. Its limit: it is the app's declaration, not proof. An operator who
 * scripts DELETEs without it still deletes one customer per request, under their own name
 * (and in the audit log), and at most OPERATOR_DELETES_PER_MINUTE a minute; what it stops is
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

/**
 * Operators delete by hand, one customer at a time, through a dialog that asks for the id:
 * far fewer than this a minute. More is a script standing in for a run, which is the bulk
 * remover's. Counted per person and per server instance.
 */
export const OPERATOR_DELETES_PER_MINUTE = 20

/** Before the proxy: a request the signed-in role may not make never reaches LoanPro. */
export function enforceRoles(now: () => number = Date.now): MiddlewareHandler {
  const recentDeletes = new Map<string, number[]>()
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
      const at = now()
      const recent = (recentDeletes.get(user.subject) ?? []).filter((t) => t > at - 60_000)
      if (recent.length >= OPERATOR_DELETES_PER_MINUTE) {
        await c.req.arrayBuffer().catch(() => null)
        const waitSeconds = Math.max(1, Math.ceil(((recent[0] ?? at) + 60_000 - at) / 1000))
        c.header('Retry-After', String(waitSeconds))
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
      recent.push(at)
      recentDeletes.set(user.subject, recent)
    }
    await next()
  }
}
