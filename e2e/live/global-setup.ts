import { assertFakeTenant, assertOwnServer } from '../support/own-server'
import { DEMO_PORT, FAKE_ORIGIN, LIVE_INSTANCE, PROXY_PORT } from './live-env'

/** Before any journey: the fake tenant and the servers this run started, nothing else. */
export default async function globalSetup(): Promise<void> {
  await assertFakeTenant(FAKE_ORIGIN)
  const instance = LIVE_INSTANCE
  await assertOwnServer(`http://127.0.0.1:${String(PROXY_PORT)}`, { tenant: 'proxy', instance })
  await assertOwnServer(`http://127.0.0.1:${String(DEMO_PORT)}`, { tenant: 'demo', instance })
}
