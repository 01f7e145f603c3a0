import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { FAKE_ORIGIN, IDP_ISSUER } from './team-env'

// Steps the team-mode journeys share: the fake tenant's request log, and signing in at the IdP.

export interface FakeLog {
  requests: Array<{ method: string; path: string; customerId?: number; status?: number }>
  deleteCounts: Record<string, number>
  deletedIds: number[]
}

export async function fakeLog(request: APIRequestContext): Promise<FakeLog> {
  const response = await request.get(`${FAKE_ORIGIN}/__fake/requests`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as FakeLog
}

/** Opens the app signed out, signs in at the IdP as `login`, and lands back on `path`. */
export async function signIn(page: Page, login: string, path = '/customers') {
  await page.goto(path)
  await expect(page).toHaveURL((url) => url.href.startsWith(IDP_ISSUER))
  await page.getByPlaceholder('Enter any login').fill(login)
  await page.getByPlaceholder('and password').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL((url) => url.pathname === path)
}
