// The audit log's read-only routes. There is no route that changes or removes an entry.
import { Hono, type Context } from 'hono'
import {
  AUDIT_OUTCOMES,
  allEntries,
  getEntry,
  listEntries,
  type AuditFilter,
  type AuditOutcome,
} from './audit-store.ts'
import type { AuditPage } from '../../src/api/audit-contract.ts'
import { auditCsvHeader, auditCsvRow } from './audit-csv.ts'
import type { Db } from './db.ts'
import { hasRole } from './team-user.ts'

const MAX_PAGE_SIZE = 200
const DEFAULT_PAGE_SIZE = 50
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

class BadQuery extends Error {}

function fail(c: Context, status: 400 | 401 | 403 | 404, message: string) {
  return c.json({ error: { message } }, status)
}

/** Who may read what: admins everyone's entries, operators (and up) their own. */
function visibility(c: Context): { onlySubject?: string } | 401 | 403 {
  const user = c.get('teamUser') as Context['var']['teamUser'] | undefined
  if (!user) return 401
  if (hasRole(user.role, 'admin')) return {}
  if (hasRole(user.role, 'operator')) return { onlySubject: user.subject }
  return 403
}

function parseDate(raw: string | undefined, name: string): Date | undefined {
  if (!raw) return undefined
  const date = new Date(`${raw}T00:00:00Z`)
  if (!DATE.test(raw) || Number.isNaN(date.getTime())) {
    throw new BadQuery(`${name} must be a date written YYYY-MM-DD.`)
  }
  return date
}

function parseWhole(raw: string | undefined, name: string, max: number): number | undefined {
  if (!raw) return undefined
  const value = Number(raw)
  if (!/^\d{1,15}$/.test(raw) || value < 1 || value > max) {
    throw new BadQuery(`${name} must be a whole number from 1 to ${String(max)}.`)
  }
  return value
}

/** Filters from the query string: user, customerId, outcome, run, from and to (whole days, UTC). */
export function readFilter(query: Record<string, string | undefined>): AuditFilter {
  const outcome = query.outcome || undefined
  if (outcome && !AUDIT_OUTCOMES.includes(outcome as AuditOutcome)) {
    throw new BadQuery(`outcome must be one of ${AUDIT_OUTCOMES.join(', ')}.`)
  }
  const to = parseDate(query.to, 'to')
  return {
    user: query.user?.trim() || undefined,
    customerId: parseWhole(query.customerId, 'customerId', Number.MAX_SAFE_INTEGER),
    outcome: outcome as AuditOutcome | undefined,
    runId: query.run?.trim() || undefined,
    from: parseDate(query.from, 'from'),
    until: to ? new Date(to.getTime() + DAY_MS) : undefined,
  }
}

export function auditRoutes(db: Db): Hono {
  const routes = new Hono()
  routes.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  const guarded = (c: Context, answer: (filter: AuditFilter) => Promise<Response>) => {
    const scope = visibility(c)
    if (scope === 401) return fail(c, 401, 'Sign in to read the audit log.')
    if (scope === 403) {
      return fail(c, 403, 'The audit log is open to operators (their own entries) and admins.')
    }
    let filter: AuditFilter
    try {
      filter = { ...readFilter(c.req.query()), ...scope }
    } catch (error) {
      if (error instanceof BadQuery) return fail(c, 400, error.message)
      throw error
    }
    return answer(filter).catch((error: unknown) => {
      if (error instanceof BadQuery) return fail(c, 400, error.message)
      throw error
    })
  }

  routes.get('/audit.csv', (c) =>
    guarded(c, async (filter) => {
      const lines = [auditCsvHeader()]
      for await (const entry of allEntries(db, filter)) lines.push(auditCsvRow(entry))
      const day = new Date().toISOString().slice(0, 10)
      c.header('Content-Type', 'text/csv; charset=utf-8')
      c.header('Content-Disposition', `attachment; filename="audit-log-${day}.csv"`)
      return c.body(lines.join(''))
    }),
  )

  routes.get('/audit', (c) =>
    guarded(c, async (filter) => {
      const page = parseWhole(c.req.query('page'), 'page', 1_000_000) ?? 1
      const pageSize =
        parseWhole(c.req.query('pageSize'), 'pageSize', MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE
      const { entries, total } = await listEntries(db, filter, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      })
      const body: AuditPage = {
        entries,
        total,
        page,
        pageSize,
        scope: filter.onlySubject ? 'own' : 'all',
      }
      return c.json(body)
    }),
  )

  routes.get('/audit/:entryId', (c) =>
    guarded(c, async (filter) => {
      const entryId = c.req.param('entryId')
      const found = /^\d{1,18}$/.test(entryId)
        ? await getEntry(db, entryId, filter.onlySubject)
        : null
      // Someone else's entry answers as missing: its existence is not theirs to learn.
      if (!found) return fail(c, 404, `There is no audit entry ${entryId} that you can read.`)
      return c.json(found)
    }),
  )
  return routes
}
