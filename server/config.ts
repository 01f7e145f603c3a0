import type { ConnectionMode } from './connection-meta.ts'

export interface ProxyConfig {
  /** Absolute LoanPro API base, always ending with '/'. */
  apiBase: string
  tenantId: string
  token: string
  /** How long to wait for upstream response headers before answering 504. */
  timeoutMs: number
}

export interface ServerConfig {
  port: number
  host: string
  mode: ConnectionMode
  proxy: ProxyConfig | null
}

export interface ConfigResult {
  config: ServerConfig
  /** Human-readable notes for the operator; never contain variable values. */
  warnings: string[]
}

export class ConfigError extends Error {}

const PROXY_VARS = ['LOANPRO_API_BASE', 'LOANPRO_TENANT_ID', 'LOANPRO_API_TOKEN'] as const
const DEFAULT_TIMEOUT_MS = 30_000
// Visible ASCII only: anything else could split or smuggle headers.
const headerSafe = /^[\x21-\x7e]+$/

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const warnings: string[] = []
  const port = parsePort(env.PORT)
  const host = env.HOST?.trim() || '127.0.0.1'

  // Trimmed because values pasted into .env files often carry a trailing newline or space.
  const values = PROXY_VARS.map((name) => env[name]?.trim() ?? '')
  const missing = PROXY_VARS.filter((_, index) => values[index] === '')
  const [base = '', tenantId = '', token = ''] = values

  if (missing.length === PROXY_VARS.length) {
    return { config: { port, host, mode: 'demo', proxy: null }, warnings }
  }
  if (missing.length > 0) {
    warnings.push(
      `Demo mode: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set, ` +
        `so the LoanPro proxy is off. Set all of ${PROXY_VARS.join(', ')} to enable it.`,
    )
    return { config: { port, host, mode: 'demo', proxy: null }, warnings }
  }

  const apiBase = parseApiBase(base, warnings)
  if (!/^\d+$/.test(tenantId)) throw new ConfigError('LOANPRO_TENANT_ID must be a number.')
  // Tolerate a pasted "Bearer xyz": the proxy adds the word itself.
  const bareToken = token.replace(/^Bearer\s+/i, '')
  if (!headerSafe.test(bareToken)) {
    throw new ConfigError('LOANPRO_API_TOKEN contains characters not allowed in an HTTP header.')
  }
  return {
    config: {
      port,
      host,
      mode: 'proxy',
      proxy: { apiBase, tenantId, token: bareToken, timeoutMs: DEFAULT_TIMEOUT_MS },
    },
    warnings,
  }
}

function parsePort(raw: string | undefined): number {
  const text = raw?.trim() || '4173'
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new ConfigError('PORT must be a whole number between 0 and 65535.')
  }
  return port
}

function parseApiBase(raw: string, warnings: string[]): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('LOANPRO_API_BASE must be an absolute URL.')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('LOANPRO_API_BASE must use https.')
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('LOANPRO_API_BASE must not contain credentials, a query or a fragment.')
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    warnings.push(
      'LOANPRO_API_BASE uses plain http: the token would cross the network unencrypted.',
    )
  }
  const href = url.href
  return href.endsWith('/') ? href : `${href}/`
}

export function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    /^127\./.test(hostname)
  )
}
