import { freePorts, runInstance } from '../support/free-ports'

// Ports and credentials of the team-mode test servers (shared by the config and the tests):
// the fake tenant, the local OpenID Connect provider and the production server in team mode.
const ports = freePorts('TEAM', ['FAKE', 'APP', 'IDP'])
export const FAKE_PORT = ports.FAKE
export const APP_PORT = ports.APP
export const IDP_PORT = ports.IDP
/** Repeated by the app server this run starts; the global setup refuses any other server. */
export const TEAM_INSTANCE = runInstance('TEAM')
export const FAKE_TENANT = '5200000'
export const FAKE_TOKEN = 'team-e2e-token-3b8d1f6a92c4e507'
export const FAKE_ORIGIN = `http://127.0.0.1:${String(FAKE_PORT)}`
export const APP_ORIGIN = `http://localhost:${String(APP_PORT)}`
export const IDP_ISSUER = `http://127.0.0.1:${String(IDP_PORT)}`
export const CLIENT_ID = 'customer-manager-e2e'
export const CLIENT_SECRET = 'team-e2e-client-secret'
// Made up for this run's servers only.
export const SESSION_SECRET = 'team-e2e-session-secret-5f0c2a7e91d84b36'
