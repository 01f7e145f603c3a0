// Checks of the sessions table and the shared token bucket, run by db.test.ts on both engines
// (PGlite and a real PostgreSQL): the same SQL must hold on each.
import { expect, it } from 'vitest'
import type { Db } from './db.ts'
import {
  createSession,
  findLiveSession,
  hashSessionId,
  listSignedInPeople,
  newSessionId,
  revokeSession,
  revokeSessionsOf,
} from './session-store.ts'
import { takeToken } from './token-bucket.ts'

const hour = 3_600_000
const record = (subject: string, expiresIn = hour) => ({
  subject,
  name: `Name ${subject}`,
  email: `${subject}@example.com`,
  claims: { sub: subject, roles: ['operator'] },
  expiresAt: new Date(Date.now() + expiresIn),
})

export function sessionStoreChecks(db: () => Db) {
  it('keeps sessions by the hash of their id, live until revoked or expired', async () => {
    const id = newSessionId()
    await createSession(db(), id, record('s-live'))
    const found = await findLiveSession(db(), id)
    expect(found).toMatchObject({
      subject: 's-live',
      claims: { sub: 's-live', roles: ['operator'] },
    })
    const { rows } = await db().query<{ id_hash: string }>(
      `SELECT id_hash FROM sessions WHERE subject = 's-live'`,
    )
    expect(rows).toEqual([{ id_hash: hashSessionId(id) }])

    const expired = newSessionId()
    await createSession(db(), expired, record('s-live', -1000))
    expect(await findLiveSession(db(), expired)).toBeNull()
    await revokeSession(db(), id, 'signed out')
    expect(await findLiveSession(db(), id)).toBeNull()
  })

  it('ends every live session of one person, and lists who is signed in', async () => {
    const ids = [newSessionId(), newSessionId()]
    for (const id of ids) await createSession(db(), id, record('s-many'))
    const kept = newSessionId()
    await createSession(db(), kept, record('s-kept'))
    const people = await listSignedInPeople(db())
    expect(people.find((p) => p.subject === 's-many')).toMatchObject({
      sessions: 2,
      name: 'Name s-many',
    })
    expect(await revokeSessionsOf(db(), 's-many', 'ended by admin')).toBe(2)
    expect(await revokeSessionsOf(db(), 's-many', 'again')).toBe(0)
    for (const id of ids) expect(await findLiveSession(db(), id)).toBeNull()
    expect(await findLiveSession(db(), kept)).not.toBeNull()
    expect((await listSignedInPeople(db())).map((p) => p.subject)).not.toContain('s-many')
  })

  it('shares one token bucket per key: past the burst it says how long to wait', async () => {
    const bucket = { burst: 2, perSecond: 1 / 3600 }
    expect(await takeToken(db(), 'check:a', bucket)).toBe(0)
    expect(await takeToken(db(), 'check:a', bucket)).toBe(0)
    expect(await takeToken(db(), 'check:a', bucket)).toBeGreaterThan(3_000_000)
    expect(await takeToken(db(), 'check:b', bucket)).toBe(0)
  })
}
