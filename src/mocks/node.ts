import { setupServer, type SetupServer } from 'msw/node'
import { createLoanProHandlers, type LoanProHandlerOptions } from './handlers'
import { TenantStore, type TenantStoreOptions } from './tenant-store'

export interface FakeTenantServer {
  server: SetupServer
  /** The store currently answering. */
  store(): TenantStore
  /** Replaces the store with a fresh one (default options unless given). */
  reset(options?: TenantStoreOptions): TenantStore
}

/** An msw/node server over a swappable fake tenant, for Vitest. */
export function createFakeTenantServer(
  defaults: TenantStoreOptions,
  handlerOptions: LoanProHandlerOptions = {},
): FakeTenantServer {
  let current = new TenantStore(defaults)
  const server = setupServer(...createLoanProHandlers(() => current, handlerOptions))
  return {
    server,
    store: () => current,
    reset(options) {
      current = new TenantStore(options ?? defaults)
      return current
    },
  }
}
