import { ConfigError } from './config-error.ts'
import type { ConnectionMode } from './connection-meta.ts'
import { isLoopback } from './loopback.ts'
import { readTeamConfig, type TeamConfig } from './team/team-config.ts'

export interface ProxyConfig {
  /** Absolute LoanPro API base, always ending with '/'. */
  apiBase: string
  tenantId: string
  token: string
  /** How long to wait for upstream response headers before answering 504. */
  timeoutMs: number
  /** Longest a whole proxied response may take, body included; a stalled body ends there. */
  totalTimeoutMs: number
}

export interface ServerConfig {
  port: number
  host: string
  mode: ConnectionMode
  proxy: ProxyConfig | null
  /** Host names (besides loopback addresses) the proxy answers to: the DNS-rebinding guard. */
  allowedHosts: string[]
  /** CM_INSTANCE: a label the server repeats in a header, so test suites can tell it is theirs. */
  instance?: string
  /** SERVE_SOURCE_MAPS=1: serve the .map files in dist/ (off by default: they publish the source). */
  sourceMaps?: boolean
  /** Team mode (OIDC_ISSUER and friends): staff sign in, roles decide what they may do. */
  team?: TeamConfig
}

export interface ConfigResult {
  config: ServerConfig
  /** Human-readable notes for the operator; never contain variable values. */
  warnings: string[]
}

const PROXY_VARS = ['LOANPRO_API_BASE', 'LOANPRO_TENANT_ID', 'LOANPRO_API_TOKEN'] as const
const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_TOTAL_TIMEOUT_MS = 120_000
/** Shorter tokens would also match ordinary words in the responses the proxy redacts. */
export const MIN_TOKEN_LENGTH = 16
// Visible ASCII only: anything else could split or smuggle headers.
const headerSafe = /^[\x21-\x7e]+$/

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const warnings: string[] = []
  const port = parsePort(env.PORT)
  const host = env.HOST?.trim() || '127.0.0.1'
  const allowedHosts = parseAllowedHosts(env.ALLOWED_HOSTS)
  const instance = env.CM_INSTANCE && headerSafe.test(env.CM_INSTANCE) ? env.CM_INSTANCE : undefined
  const sourceMaps = env.SERVE_SOURCE_MAPS === '1' ? true : undefined
  if (!isLoopback(host) && allowedHosts.length === 0) {
    warnings.push(
      `HOST is ${host}, but the LoanPro proxy only answers requests addressed to localhost, ` +
        '127.0.0.1 or [::1]. Set ALLOWED_HOSTS to the host names people use to reach this server.',
    )
  }

  // Trimmed because values pasted into .env files often carry a trailing newline or space.
  const values = PROXY_VARS.map((name) => env[name]?.trim() ?? '')
  const missing = PROXY_VARS.filter((_, index) => values[index] === '')
  const [base = '', tenantId = '', token = ''] = values

  if (missing.length === PROXY_VARS.length) {
    readTeamConfig(env, { port, host, proxyConfigured: false })
    return {
      config: { port, host, mode: 'demo', proxy: null, allowedHosts, instance, sourceMaps },
      warnings,
    }
  }
  if (missing.length > 0) {
    readTeamConfig(env, { port, host, proxyConfigured: false })
    warnings.push(
      `Demo mode: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set, ` +
        `so the LoanPro proxy is off. Set all of ${PROXY_VARS.join(', ')} to enable it.`,
    )
    return {
      config: { port, host, mode: 'demo', proxy: null, allowedHosts, instance, sourceMaps },
      warnings,
    }
  }

  const apiBase = parseApiBase(base, warnings)
  if (!/^\d+$/.test(tenantId)) throw new ConfigError('LOANPRO_TENANT_ID must be a number.')
  // Tolerate a pasted "Bearer xyz": the proxy adds the word itself.
  const bareToken = token.replace(/^Bearer\s+/i, '')
  if (!headerSafe.test(bareToken)) {
    throw new ConfigError('LOANPRO_API_TOKEN contains characters not allowed in an HTTP header.')
  }
  if (bareToken.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(
      `LOANPRO_API_TOKEN is shorter than ${String(MIN_TOKEN_LENGTH)} characters, so it cannot be a ` +
        'LoanPro API token (and masking it would garble ordinary words). Copy the whole token ' +
        'from LoanPro (Settings > Company > API).',
    )
  }
  const team = readTeamConfig(env, { port, host, proxyConfigured: true }) ?? undefined
  // People reach a team server at PUBLIC_URL: the proxy must answer that host name.
  const publicHost = team ? new URL(team.publicOrigin).hostname : ''
  if (publicHost && !isLoopback(publicHost) && !allowedHosts.includes(publicHost)) {
    allowedHosts.push(publicHost)
    const hostWarning = warnings.findIndex((warning) => warning.includes('ALLOWED_HOSTS'))
    if (hostWarning >= 0) warnings.splice(hostWarning, 1)
  }
  return {
    config: {
      port,
      host,
      mode: 'proxy',
      proxy: {
        apiBase,
        tenantId,
        token: bareToken,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
      },
      allowedHosts,
      instance,
      sourceMaps,
      ...(team ? { team } : {}),
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

/** Host names in ALLOWED_HOSTS: comma-separated, lower-cased, without ports. */
function parseAllowedHosts(raw: string | undefined): string[] {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '')
  for (const name of names) {
    if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(name)) {
      throw new ConfigError(
        'ALLOWED_HOSTS must be a comma-separated list of host names without ports or schemes ' +
          '(for example ALLOWED_HOSTS=cm.example.com,cm.internal).',
      )
    }
  }
  return names
}
