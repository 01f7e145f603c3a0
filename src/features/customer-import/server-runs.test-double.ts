import { http, HttpResponse } from 'msw'
import type { NewServerRun, ServerRun } from '../../api/server-runs'
import { testServer } from '../../testing/test-server'

/**
 * Team mode's `/api/runs` in tests: an in-memory list of runs behind MSW, as the server
 * answers it (server/team/runs-routes.ts). Tests move a run along with `update`.
 */
export function fakeServerRuns(starter = 'Bo Bulk') {
  const runs: ServerRun[] = []
  const posted: NewServerRun[] = []
  const commands: string[] = []
  /** Runs whose removed customers the page asked for. */
  const removedAsked: string[] = []
  let next = 0
  const find = (id: string) => runs.find((run) => run.id === id)
  testServer.use(
    http.get('*/api/runs', () => HttpResponse.json({ runs })),
    http.post('*/api/runs', async ({ request }) => {
      const body = (await request.json()) as NewServerRun
      posted.push(body)
      const now = Date.UTC(2026, 11, 2, 9, 30) + next * 60_000
      const run: ServerRun = {
        id: `run-${String(++next)}`,
        fileName: body.fileName,
        source: body.source,
        status: 'running',
        pauseReason: null,
        total: body.ids.length,
        counts: { removed: 0, failed: 0, skipped: 0 },
        rejected: body.rejectedRows?.length ?? 0,
        startedAt: now,
        finishedAt: null,
        updatedAt: now,
        startedBy: { subject: 'sub-bulk', name: starter },
        cancelRequested: false,
        heldBy: 'instance-a',
        resumeAt: null,
        autoPauses: 0,
      }
      runs.unshift(run)
      return HttpResponse.json(run, { status: 201 })
    }),
    http.post('*/api/runs/:id/:action', ({ params }) => {
      const run = find(String(params.id))
      const action = String(params.action)
      commands.push(`${action} ${String(params.id)}`)
      if (!run) return HttpResponse.json({ error: { message: 'No such run.' } }, { status: 404 })
      if (action === 'cancel') run.cancelRequested = true
      if (action === 'resume') Object.assign(run, { status: 'running', pauseReason: null })
      return HttpResponse.json(run)
    }),
    http.get('*/api/runs/:id/removed', ({ params }) => {
      removedAsked.push(String(params.id))
      return HttpResponse.json({ ids: [1012, 1013] })
    }),
    http.get('*/api/runs/:id/results.csv', ({ params }) =>
      find(String(params.id))
        ? new HttpResponse('line,customerId,name,outcome,message\r\n2,1012,A B,removed,\r\n', {
            headers: { 'Content-Type': 'text/csv' },
          })
        : HttpResponse.json({ error: { message: 'No such run.' } }, { status: 404 }),
    ),
  )
  return {
    runs,
    posted,
    commands,
    removedAsked,
    /** Moves run `id` on (as the server's worker would). */
    update(id: string, patch: Partial<ServerRun>) {
      const run = find(id)
      if (!run) throw new Error(`no run ${id}`)
      Object.assign(run, patch)
    },
    add(run: ServerRun) {
      runs.unshift(run)
    },
  }
}
