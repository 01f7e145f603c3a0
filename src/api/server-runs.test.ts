import { http, HttpResponse } from 'msw'
import { testServer } from '../testing/test-server'
import {
  cancelServerRun,
  POLL_IDLE_MS,
  POLL_OPEN_MS,
  serverRunQueries,
  serverRunResultsCsv,
  startServerRun,
} from './server-runs'

// The client of team mode's /api/runs: the body it sends, and the words of each refusal.
describe('server runs client', () => {
  it('posts exactly the given rows as JSON, typed arrays as plain lists', async () => {
    let body: unknown
    testServer.use(
      http.post('*/api/runs', async ({ request }) => {
        body = await request.json()
        return HttpResponse.json({ id: 'run-1' }, { status: 201 })
      }),
    )
    await startServerRun({
      ids: Uint32Array.from([1012, 1013]) as unknown as number[],
      lines: Uint32Array.from([2, 3]) as unknown as number[],
      names: ['A', 'B'],
      fileName: 'x.csv',
      source: 'file',
    })
    expect(body).toEqual({
      ids: [1012, 1013],
      lines: [2, 3],
      names: ['A', 'B'],
      fileName: 'x.csv',
      source: 'file',
    })
  })

  it("says the server's own words for what the person can fix, and plain words otherwise", async () => {
    testServer.use(
      http.post('*/api/runs', () =>
        HttpResponse.json(
          { error: { message: 'A run holds at most 200000 customer ids.' } },
          {
            status: 400,
          },
        ),
      ),
      http.post('*/api/runs/:id/cancel', () =>
        HttpResponse.json(
          { error: { message: 'Removal run run-1 has already ended.' } },
          {
            status: 409,
          },
        ),
      ),
      http.get('*/api/runs/:id/results.csv', () => new HttpResponse(null, { status: 401 })),
    )
    await expect(startServerRun({ ids: [1], fileName: 'x', source: 'file' })).rejects.toThrow(
      'A run holds at most 200000 customer ids.',
    )
    await expect(cancelServerRun('run-1')).rejects.toMatchObject({
      status: 409,
      message: 'Removal run run-1 has already ended.',
    })
    await expect(serverRunResultsCsv('run-1')).rejects.toThrow(
      'Your session has ended: reload the page to sign in again.',
    )
  })

  it('polls often while a run is open and seldom otherwise', () => {
    const { refetchInterval } = serverRunQueries.list()
    const interval = refetchInterval as (query: { state: { data?: unknown } }) => number
    const run = (status: string) => ({ status })
    expect(interval({ state: { data: [run('completed'), run('paused')] } })).toBe(POLL_OPEN_MS)
    expect(interval({ state: { data: [run('completed'), run('cancelled')] } })).toBe(POLL_IDLE_MS)
    expect(interval({ state: {} })).toBe(POLL_IDLE_MS)
  })
})
