// Server runs over HTTP: a bulk remover starts one, bulk removers and admins see them all with
// their progress (the team shares one tenant) and cancel or resume one. Viewers and operators
// get 403, as for the audit log of others: a run names who removed which file of customers.
// The run itself is worked by whichever instance's RunWorker takes it.
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Db } from './db.ts'
import {
  createServerRun,
  getServerRun,
  listServerRuns,
  MAX_RUN_IDS,
  requestCancel,
  requestResume,
  RunInputError,
  type NewServerRun,
} from './runs-store.ts'
import { hasRole, type TeamUser } from './team-user.ts'
import { runResultsCsv } from '../../src/features/customer-import/engine/run/run-results-csv.ts'
import type { RejectedRow } from '../../src/features/customer-import/engine/validate/removal-validation.ts'
import { DbRunJournal } from './runs-journal.ts'

// 200,000 ids with their lines and names fit well inside this.
const MAX_BODY = 16 * 1024 * 1024

function fail(c: Context, status: 400 | 401 | 403 | 404 | 409 | 413, message: string) {
  return c.json({ error: { message } }, status)
}

function signedIn(c: Context): TeamUser | undefined {
  // Absent when nobody signed in, whatever the context's type says.
  const user: TeamUser | undefined = c.get('teamUser')
  return user
}

/** The body of POST /api/runs, checked; throws RunInputError with words for the person. */
export function readNewRun(body: unknown, starter: TeamUser): NewServerRun {
  if (typeof body !== 'object' || body === null) throw new RunInputError('Send a JSON object.')
  const input = body as Record<string, unknown>
  const { ids, lines, names } = input
  if (!Array.isArray(ids)) throw new RunInputError('ids must be a list of customer ids.')
  if (ids.length > MAX_RUN_IDS) {
    throw new RunInputError(`A run holds at most ${String(MAX_RUN_IDS)} customer ids.`)
  }
  const sameLength = (list: unknown, what: string): unknown[] | undefined => {
    if (list === undefined) return undefined
    if (!Array.isArray(list) || list.length !== ids.length) {
      throw new RunInputError(`${what} must be a list as long as ids.`)
    }
    return list as unknown[]
  }
  const lineList = sameLength(lines, 'lines')
  const nameList = sameLength(names, 'names')
  if (lineList && !lineList.every((n) => Number.isInteger(n) && (n as number) >= 0)) {
    throw new RunInputError('lines must be whole numbers.')
  }
  if (nameList && !nameList.every((n) => typeof n === 'string')) {
    throw new RunInputError('names must be text.')
  }
  const source = input.source === 'selection' ? 'selection' : 'file'
  const fileName =
    typeof input.fileName === 'string' && input.fileName.trim()
      ? input.fileName.trim()
      : source === 'selection'
        ? 'Selected customers'
        : 'Removal file'
  const rejectedRows = readRejectedRows(input.rejectedRows)
  const rejected = rejectedRows
    ? rejectedRows.length
    : Number.isInteger(input.rejected)
      ? Math.max(0, input.rejected as number)
      : 0
  return {
    starter,
    ids: ids as number[],
    fileName,
    source,
    lines: lineList as number[] | undefined,
    names: nameList?.map((name) => name.slice(0, 200)),
    rejected,
    rejectedRows,
  }
}

/** Rows rejected at validation, kept for the run's results CSV (the file's other lines). */
function readRejectedRows(value: unknown): RejectedRow[] | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.length > MAX_RUN_IDS) {
    throw new RunInputError(`rejectedRows must be a list of at most ${String(MAX_RUN_IDS)} rows.`)
  }
  return value.map((row: unknown) => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
    if (!Number.isInteger(r.line) || typeof r.message !== 'string') {
      throw new RunInputError('Each rejected row needs a line number and a message.')
    }
    return {
      line: Math.max(0, r.line as number),
      customerId: (typeof r.customerId === 'string' || typeof r.customerId === 'number'
        ? String(r.customerId)
        : ''
      ).slice(0, 100),
      message: r.message.slice(0, 500),
    }
  })
}

/** Who may see and act on runs: bulk removers and admins (undefined: may). */
function refusal(c: Context, user: TeamUser | undefined, what: string) {
  if (!user) return fail(c, 401, `Sign in to ${what}.`)
  if (!hasRole(user.role, 'bulk-remover')) {
    return fail(c, 403, `Only bulk removers and admins can ${what}.`)
  }
  return undefined
}

export interface RunRoutesOptions {
  /** Called after a run was created or its cancel asked: this instance acts at once. */
  onChange?: () => void
}

export function runRoutes(db: Db, options: RunRoutesOptions = {}): Hono {
  const routes = new Hono()
  routes.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  routes.post(
    '/runs',
    bodyLimit({ maxSize: MAX_BODY, onError: (c) => fail(c, 413, 'Too many ids for one run.') }),
    async (c) => {
      const user = signedIn(c)
      if (!user) return fail(c, 401, 'Sign in to start a removal run.')
      if (!hasRole(user.role, 'bulk-remover')) {
        return fail(c, 403, 'Only bulk removers and admins can start removal runs.')
      }
      let id: string
      try {
        const body: unknown = await c.req.json().catch(() => {
          throw new RunInputError('Send the run as JSON.')
        })
        id = await createServerRun(db, readNewRun(body, user))
      } catch (error) {
        if (error instanceof RunInputError) return fail(c, 400, error.message)
        throw error
      }
      options.onChange?.()
      return c.json(await getServerRun(db, id), 201)
    },
  )

  routes.get('/runs', async (c) => {
    const refused = refusal(c, signedIn(c), 'see removal runs')
    if (refused) return refused
    return c.json({ runs: await listServerRuns(db) })
  })

  routes.get('/runs/:id', async (c) => {
    const refused = refusal(c, signedIn(c), 'see removal runs')
    if (refused) return refused
    const run = await getServerRun(db, c.req.param('id'))
    return run ? c.json(run) : fail(c, 404, `There is no removal run ${c.req.param('id')}.`)
  })

  // The customers the run removed, for the page's list to drop them once the run has ended.
  routes.get('/runs/:id/removed', async (c) => {
    const refused = refusal(c, signedIn(c), 'see removal runs')
    if (refused) return refused
    const id = c.req.param('id')
    const stored = await new DbRunJournal(db, 'reader').loadRun(id)
    if (!stored) return fail(c, 404, `There is no removal run ${id}.`)
    const ids = stored.rows
      .filter((row) => row.state === 'removed')
      .map((row) => stored.plan.ids[row.index] ?? 0)
    return c.json({ ids })
  })

  // The same results CSV as a browser run's "Download results" (one vocabulary).
  routes.get('/runs/:id/results.csv', async (c) => {
    const refused = refusal(c, signedIn(c), 'see removal runs')
    if (refused) return refused
    const id = c.req.param('id')
    const csv = await runResultsCsv(new DbRunJournal(db, 'reader'), id)
    if (csv === undefined) return fail(c, 404, `There is no removal run ${id}.`)
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' })
  })

  routes.post('/runs/:id/cancel', async (c) => {
    const user = signedIn(c)
    if (!user) return fail(c, 401, 'Sign in to cancel a removal run.')
    if (!hasRole(user.role, 'bulk-remover')) {
      return fail(c, 403, 'Only bulk removers and admins can cancel removal runs.')
    }
    const id = c.req.param('id')
    const run = await getServerRun(db, id)
    if (!run) return fail(c, 404, `There is no removal run ${id}.`)
    if (!(await requestCancel(db, id))) return fail(c, 409, `Removal run ${id} has already ended.`)
    options.onChange?.()
    return c.json(await getServerRun(db, id))
  })

  routes.post('/runs/:id/resume', async (c) => {
    const user = signedIn(c)
    if (!user) return fail(c, 401, 'Sign in to resume a removal run.')
    if (!hasRole(user.role, 'bulk-remover')) {
      return fail(c, 403, 'Only bulk removers and admins can resume removal runs.')
    }
    const id = c.req.param('id')
    if (!(await getServerRun(db, id))) return fail(c, 404, `There is no removal run ${id}.`)
    if (!(await requestResume(db, id))) return fail(c, 409, `Removal run ${id} is not paused.`)
    options.onChange?.()
    return c.json(await getServerRun(db, id))
  })
  return routes
}
