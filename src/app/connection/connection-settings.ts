import { checkBaseUrl } from '../../api/connection'
import { local, readStored, session, writeStored } from '../../lib/storage'

/**
 * How the app reaches LoanPro:
 * - demo: the embedded fake tenant (MSW in this browser), the default;
 * - browser: straight from this browser to a tenant, with a token the user typed;
 * - proxy: through the production server, which holds the token (the browser never sees it).
 */
export type ConnectionSettings =
  | { kind: 'demo' }
  | { kind: 'browser'; baseUrl: string; tenantId: string; token: string }
  | { kind: 'proxy' }

export const CONNECTION_META_NAME = 'customer-manager-connection'
export const PROXY_BASE_PATH = '/api/loanpro/'
/** Where the demo worker answers; must match src/mocks/browser.ts. */
export const DEMO_BASE_PATH = '/demo-api/api/public/api/1/'

const KIND_KEY = 'cm.connection.kind'
const BASE_URL_KEY = 'cm.connection.baseUrl'
const TENANT_KEY = 'cm.connection.tenantId'
// The token lives in sessionStorage only: gone with the tab, never in localStorage.
const TOKEN_KEY = 'cm.connection.token'

/** True when the production server proxies to a tenant and says so in a meta tag. */
export function serverProvidesConnection(): boolean {
  const meta = document.querySelector(`meta[name="${CONNECTION_META_NAME}"]`)
  return meta?.getAttribute('content') === 'proxy'
}

export function readConnectionSettings(): ConnectionSettings {
  if (serverProvidesConnection()) return { kind: 'proxy' }
  if (readStored(local(), KIND_KEY) !== 'browser') return { kind: 'demo' }
  const baseUrl = readStored(local(), BASE_URL_KEY) ?? ''
  const tenantId = readStored(local(), TENANT_KEY) ?? ''
  const token = readStored(session(), TOKEN_KEY) ?? ''
  // Without a token (a new tab) there is nothing to connect with: fall back to the demo and
  // let Settings ask for the token again, with the URL and tenant id still filled in.
  // A stored base URL that is not absolute http(s) would send the token elsewhere: ignore it.
  const checkedBaseUrl = baseUrl ? checkBaseUrl(baseUrl).baseUrl : undefined
  return checkedBaseUrl && tenantId && token
    ? { kind: 'browser', baseUrl: checkedBaseUrl, tenantId, token }
    : { kind: 'demo' }
}

export function readRememberedTenant(): { baseUrl: string; tenantId: string } {
  return {
    baseUrl: readStored(local(), BASE_URL_KEY) ?? '',
    tenantId: readStored(local(), TENANT_KEY) ?? '',
  }
}

export function writeConnectionSettings(settings: ConnectionSettings): void {
  if (settings.kind === 'proxy') return
  writeStored(local(), KIND_KEY, settings.kind)
  if (settings.kind === 'browser') {
    writeStored(local(), BASE_URL_KEY, settings.baseUrl)
    writeStored(local(), TENANT_KEY, settings.tenantId)
    writeStored(session(), TOKEN_KEY, settings.token)
  } else {
    writeStored(session(), TOKEN_KEY, null)
  }
}
