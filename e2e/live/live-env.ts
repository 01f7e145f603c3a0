import { freePorts, runInstance } from '../support/free-ports'

// Ports and credentials of the live-mode test servers (shared by the config and the tests).
// Free ports picked once per run: never a server someone left running.
const ports = freePorts('LIVE', ['FAKE', 'PROXY', 'PREVIEW', 'DEMO'])
export const FAKE_PORT = ports.FAKE
export const PROXY_PORT = ports.PROXY
export const PREVIEW_PORT = ports.PREVIEW
export const DEMO_PORT = ports.DEMO
/** Repeated by the servers this run starts; the global setup refuses any other server. */
export const LIVE_INSTANCE = runInstance('LIVE')
export const FAKE_TENANT = '5200000'
// A made-up token, long and distinctive so that any leak of it is easy to spot.
export const FAKE_TOKEN = 'live-e2e-token-7f3c9a51d2b84e06'
export const FAKE_ORIGIN = `http://127.0.0.1:${FAKE_PORT}`
export const FAKE_BASE = `${FAKE_ORIGIN}/api/public/api/1/`
