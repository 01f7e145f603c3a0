// Ports and credentials of the live-mode test servers (shared by the config and the tests).
export const FAKE_PORT = 8788
export const PROXY_PORT = 4174
export const PREVIEW_PORT = 4175
export const DEMO_PORT = 4176
export const FAKE_TENANT = '5200000'
// A made-up token, long and distinctive so that any leak of it is easy to spot.
export const FAKE_TOKEN = 'live-e2e-token-7f3c9a51d2b84e06'
export const FAKE_ORIGIN = `http://127.0.0.1:${FAKE_PORT}`
export const FAKE_BASE = `${FAKE_ORIGIN}/api/public/api/1/`
