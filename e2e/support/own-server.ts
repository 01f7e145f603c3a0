// Kept free of Playwright imports: the configs, global setups and unit tests all use it.
export const TENANT_HEADER = 'x-cm-tenant'
export const INSTANCE_HEADER = 'x-cm-instance'

export class ForeignServerError extends Error {}

/**
 * Refuses to go on unless `origin` is the Customer Manager server this run started (it repeats
 * the run's CM_INSTANCE) serving the expected tenant: `demo`, or `proxy` to the fake tenant the
 * run started. One GET of the page, never an API request: a real tenant is never touched.
 */
export async function assertOwnServer(
  origin: string,
  expected: { tenant: 'demo' | 'proxy'; instance: string },
): Promise<void> {
  let response: Response
  try {
    response = await fetch(new URL('/', origin), { redirect: 'manual' })
  } catch (error) {
    throw new ForeignServerError(`No server answers at ${origin}: ${String(error)}`)
  }
  await response.body?.cancel()
  const tenant = response.headers.get(TENANT_HEADER)
  const instance = response.headers.get(INSTANCE_HEADER)
  if (tenant !== expected.tenant || instance !== expected.instance) {
    throw new ForeignServerError(
      `Refusing to run the e2e tests against ${origin}: it is not the ${expected.tenant} server ` +
        `this run started (it declares tenant ${tenant ?? 'none'}, instance ` +
        `${instance ?? 'none'}). The suites only run against servers they start themselves, ` +
        'on the demo tenant or the fake one, so they can never delete customers elsewhere.',
    )
  }
}

/** Refuses anything but the fake LoanPro tenant: only it has the /__fake control API. */
export async function assertFakeTenant(origin: string): Promise<void> {
  let body: unknown = null
  try {
    const response = await fetch(new URL('/__fake/requests', origin))
    body = response.ok ? await response.json() : null
  } catch {
    body = null
  }
  const marked =
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { requests?: unknown }).requests)
  if (!marked) {
    throw new ForeignServerError(
      `Refusing to run the e2e tests: ${origin} is not the fake LoanPro tenant (no /__fake control API).`,
    )
  }
}
