import { assertFakeTenant, assertOwnServer } from '../support/own-server'
import { APP_ORIGIN, FAKE_ORIGIN, TEAM_INSTANCE } from './team-env'

/** Before any journey: the fake tenant and the team server this run started, nothing else. */
export default async function globalSetup(): Promise<void> {
  await assertFakeTenant(FAKE_ORIGIN)
  // Signed out, the page answers with a redirect to sign in; it still says whose server it is.
  await assertOwnServer(APP_ORIGIN, { tenant: 'proxy', instance: TEAM_INSTANCE })
}
