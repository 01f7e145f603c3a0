import { readFileSync } from 'node:fs'
import { ConfigError } from '../config-error.ts'
import { isLoopback } from '../loopback.ts'
import { parseRoleRules, type RoleRules } from './roles.ts'
import type { TokenBucketOptions } from './token-bucket.ts'

// Team mode: staff sign in through the organisation's OpenID Connect provider, and every
// request to the proxy is made by a named person with a role. Read from the environment here,
// next to the rest of the server's configuration (config.ts calls readTeamConfig).

export interface TeamConfig {
  issuer: URL
  clientId: string
  /** Absent for a public client (PKCE only). */
  clientSecret?: string
  scopes: string
  /** Seals the session cookies: every instance behind a load balancer needs the same one. */
  sessionSecret: string
  sessionMaxAgeSeconds: number
  /** Where people reach the app (PUBLIC_URL, else http://localhost:PORT): redirect URIs. */
  publicOrigin: string
  /** Secure cookies exactly when people reach the app over https. */
  secureCookies: boolean
  roles: RoleRules
  /** TEAM_ROLES_FILE, read again when it changes (roles-file.ts). */
  rolesFile?: string
  /**
   * How long an instance trusts what it last read of a session (revoked or not) and of the
   * roles file: a revocation on another instance applies there within this time.
   */
  recheckMs: number
  /** The operators' DELETE cap, one bucket per person shared by all instances. */
  operatorCap: TokenBucketOptions
}

/**
 * Operators delete by hand, one customer at a time, through a dialog that asks for the id: far
 * fewer than this a minute. More is a script standing in for a run, which is the bulk
 * remover's. A bucket: 20 in a row at most, then one every 3 s.
 */
export const OPERATOR_DELETES_PER_MINUTE = 20
export const OPERATOR_CAP: TokenBucketOptions = {
  burst: OPERATOR_DELETES_PER_MINUTE,
  perSecond: OPERATOR_DELETES_PER_MINUTE / 60,
}
export const DEFAULT_RECHECK_MS = 5000

export const OIDC_VARS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID'] as const
export const MIN_SESSION_SECRET_LENGTH = 32
const DEFAULT_SESSION_HOURS = 8
const DEFAULT_SCOPES = 'openid profile email'

/**
 * The team-mode settings, or null when no OpenID Connect provider is configured. Throws a
 * ConfigError for a half-done or unsafe set-up, naming the variable to fix.
 */
export function readTeamConfig(
  env: Record<string, string | undefined>,
  server: { port: number; host: string; proxyConfigured: boolean },
): TeamConfig | null {
  const value = (name: string) => env[name]?.trim() ?? ''
  const set = OIDC_VARS.filter((name) => value(name) !== '')
  if (set.length === 0) {
    if (server.proxyConfigured && !isLoopback(server.host)) {
      throw new ConfigError(
        `HOST is ${server.host} and a LoanPro token is configured, but no sign-in is ` +
          `(${OIDC_VARS.join(', ')}): everyone who can reach this server would act with the ` +
          'tenant\'s token, unnamed. Configure team mode (README, "Team mode") or listen on ' +
          'loopback only (HOST=127.0.0.1, the default).',
      )
    }
    return null
  }
  if (set.length < OIDC_VARS.length) {
    const missing = OIDC_VARS.filter((name) => value(name) === '')
    throw new ConfigError(
      `Team mode needs ${OIDC_VARS.join(' and ')}; ${missing.join()} is not set.`,
    )
  }
  if (!server.proxyConfigured) {
    throw new ConfigError(
      'OIDC_ISSUER is set, but the LoanPro proxy is not (LOANPRO_API_BASE, LOANPRO_TENANT_ID, ' +
        "LOANPRO_API_TOKEN): team mode signs staff in to use the server's tenant, so set both.",
    )
  }

  const issuer = parseIssuer(value('OIDC_ISSUER'))
  const sessionSecret = value('SESSION_SECRET')
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new ConfigError(
      `Team mode needs SESSION_SECRET, at least ${String(MIN_SESSION_SECRET_LENGTH)} random ` +
        'characters (for example `openssl rand -base64 48`), the same on every instance.',
    )
  }
  const hours = value('SESSION_HOURS') || String(DEFAULT_SESSION_HOURS)
  if (!/^\d+(\.\d+)?$/.test(hours) || Number(hours) <= 0 || Number(hours) > 24 * 30) {
    throw new ConfigError('SESSION_HOURS must be a number of hours between 0 and 720.')
  }
  const publicOrigin = parsePublicOrigin(value('PUBLIC_URL'), server)
  const rolesFile = value('TEAM_ROLES_FILE')
  return {
    issuer,
    clientId: value('OIDC_CLIENT_ID'),
    clientSecret: value('OIDC_CLIENT_SECRET') || undefined,
    scopes: value('OIDC_SCOPES') || DEFAULT_SCOPES,
    sessionSecret,
    sessionMaxAgeSeconds: Math.round(Number(hours) * 3600),
    publicOrigin,
    secureCookies: publicOrigin.startsWith('https:'),
    roles: parseRoleRules({
      claim: value('OIDC_ROLE_CLAIM') || undefined,
      claimValues: value('OIDC_ROLE_VALUES') || undefined,
      defaultRole: value('TEAM_DEFAULT_ROLE') || undefined,
      file: rolesFile ? { name: rolesFile, text: readRolesFile(rolesFile) } : undefined,
    }),
    ...(rolesFile ? { rolesFile } : {}),
    recheckMs: DEFAULT_RECHECK_MS,
    operatorCap: OPERATOR_CAP,
  }
}

function parseIssuer(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError("OIDC_ISSUER must be an absolute URL (the IdP's issuer identifier).")
  }
  // Plain http only to a provider on this machine (tests, a local Keycloak).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigError('OIDC_ISSUER must use https (plain http only on loopback).')
  }
  return url
}

function parsePublicOrigin(raw: string, server: { port: number; host: string }): string {
  if (raw === '') {
    if (!isLoopback(server.host) || server.port === 0) {
      throw new ConfigError(
        'Team mode needs PUBLIC_URL, the address people open (for example ' +
          'https://cm.example.com): the IdP sends them back to PUBLIC_URL/auth/callback.',
      )
    }
    return `http://localhost:${String(server.port)}`
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('PUBLIC_URL must be an absolute URL such as https://cm.example.com.')
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigError(
      'PUBLIC_URL must use https: session cookies sent over plain http could be stolen.',
    )
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new ConfigError('PUBLIC_URL must be an origin only (no path, query or credentials).')
  }
  return url.origin
}

function readRolesFile(name: string): string {
  try {
    return readFileSync(name, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new ConfigError(`TEAM_ROLES_FILE cannot be read (${code}).`)
  }
}
