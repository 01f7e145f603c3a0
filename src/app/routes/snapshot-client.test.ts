import { describe, expect, it } from 'vitest'
import { customerPath } from '../../api/customers'
import { snapshotClient } from './snapshot-client'

describe('the snapshot client', () => {
  const snapshot = { id: 7, firstName: 'Kim', Phones: { results: [] } }
  const client = snapshotClient(7, snapshot)

  it("answers the overview's $expand request from the snapshot, as a copy", async () => {
    const d = await client.request('GET', customerPath(7), { query: { $expand: 'Phones' } })
    expect(d).toEqual(snapshot)
    expect(d).not.toBe(snapshot)
  })

  it('refuses everything else: deletes, other customers, per-object and plain reads', async () => {
    for (const [method, path, query] of [
      ['DELETE', customerPath(7), undefined],
      ['GET', customerPath(8), { $expand: 'Phones' }],
      ['GET', `${customerPath(7)}/Phones`, undefined],
      ['GET', customerPath(7), undefined],
    ] as const) {
      await expect(client.request(method, path, { query })).rejects.toThrow(/Not in the snapshot/)
    }
  })
})
