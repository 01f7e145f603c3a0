import { describe, expect, it } from 'vitest'
import { snapshotPath } from './snapshot.ts'

describe('the snapshot request', () => {
  it('asks for whole collections (nopaging), as the app does', () => {
    expect(snapshotPath(7)).toMatch(
      /^odata\.svc\/Customers\(7\)\?\$expand=PrimaryAddress,.*&nopaging=true$/,
    )
  })
})
