import { assertOwnServer } from './own-server'
import { freePorts, runInstance } from './free-ports'

/** Before any journey: the server under test must be the demo server this run started. */
export default async function globalSetup(): Promise<void> {
  const { APP } = freePorts('MAIN', ['APP'])
  await assertOwnServer(`http://127.0.0.1:${String(APP)}`, {
    tenant: 'demo',
    instance: runInstance('MAIN'),
  })
}
