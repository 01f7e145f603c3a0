import { describe, expect, it } from 'vitest'
import { ALL_EXPAND_PATHS } from '../../src/api/nested-objects.ts'
import { snapshotPath, SNAPSHOT_EXPAND_PATHS } from './snapshot.ts'

describe('the snapshot request', () => {
  it("expands exactly what the app's $expand view expands (all twelve nested objects)", () => {
    expect([...SNAPSHOT_EXPAND_PATHS]).toEqual([...ALL_EXPAND_PATHS])
  })

  it('asks for whole collections (nopaging), as the app does', () => {
    expect(snapshotPath(7)).toMatch(
      /^odata\.svc\/Customers\(7\)\?\$expand=PrimaryAddress,.*&nopaging=true$/,
    )
  })
})
