import type { ApiConnection } from '../../api/connection'

/**
 * The one place app code loads the demo tenant: a dynamic import, so msw and the generator
 * are a lazy chunk that a live or proxied connection never downloads.
 */
export interface DemoRuntime {
  connection: ApiConnection
  resetDemoData: () => void
}

let started: Promise<DemoRuntime> | null = null

export function startDemo(): Promise<DemoRuntime> {
  started ??= Promise.all([import('../../mocks/browser'), import('../../mocks/demo-credentials')])
    .then(async ([demo, credentials]) => {
      const tenant = await demo.startDemoTenant()
      return {
        connection: {
          baseUrl: tenant.baseUrl,
          tenantId: credentials.DEMO_TENANT_ID,
          token: credentials.DEMO_TOKEN,
        },
        resetDemoData: () => tenant.resetDemoData(),
      }
    })
    .catch((error: unknown) => {
      started = null // let a later attempt (a reload of Settings) try again
      throw error
    })
  return started
}
