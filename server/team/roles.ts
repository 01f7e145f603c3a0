import { ConfigError } from '../config-error.ts'
import { ROLES, hasRole, type Role } from './team-user.ts'

// Who gets which role. Two sources, both optional:
// - a claim the IdP puts in the ID token or userinfo (OIDC_ROLE_CLAIM, default `roles`; a dotted
//   path such as `realm_access.roles` reads Keycloak's nested claim), whose values map to roles
//   (OIDC_ROLE_VALUES, default: the role names themselves);
// - a JSON file (TEAM_ROLES_FILE) naming people by e-mail or subject.
// The file wins for the people it names (an explicit decision beats a group). Nobody named
// and no matching claim value: refused, unless TEAM_DEFAULT_ROLE says otherwise, because even
// a viewer reads every customer's personal data, and "everyone in the IdP" is rarely meant.

export interface RoleRules {
  claim: string
  /** Claim value → role. */
  claimValues: ReadonlyMap<string, Role>
  /** Lower-cased e-mail or exact subject → role. */
  people: ReadonlyMap<string, Role>
  defaultRole: Role | null
}

export const DEFAULT_ROLE_CLAIM = 'roles'

export function parseRoleRules(input: {
  claim?: string
  claimValues?: string
  defaultRole?: string
  file?: { name: string; text: string }
}): RoleRules {
  const claim = input.claim ?? DEFAULT_ROLE_CLAIM
  if (!/^[A-Za-z0-9_:/.-]{1,200}$/.test(claim)) {
    throw new ConfigError('OIDC_ROLE_CLAIM must be a claim name (dots for nested claims).')
  }
  const claimValues = new Map<string, Role>(ROLES.map((role) => [role, role]))
  if (input.claimValues) {
    claimValues.clear()
    for (const pair of input.claimValues.split(',')) {
      const [role = '', ...rest] = pair.split('=')
      const claimValue = rest.join('=').trim()
      if (!isRole(role.trim()) || claimValue === '') {
        throw new ConfigError(
          'OIDC_ROLE_VALUES must list role=claim-value pairs, for example ' +
            `admin=cm-admins,operator=cm-operators (roles: ${ROLES.join(', ')}).`,
        )
      }
      claimValues.set(claimValue, role.trim() as Role)
    }
  }
  let defaultRole: Role | null = null
  if (input.defaultRole) {
    if (!isRole(input.defaultRole)) {
      throw new ConfigError(`TEAM_DEFAULT_ROLE must be one of ${ROLES.join(', ')}.`)
    }
    defaultRole = input.defaultRole
  }
  return {
    claim,
    claimValues,
    people: input.file ? parsePeople(input.file.text) : new Map(),
    defaultRole,
  }
}

/** The same rules with the people of a (re-read) TEAM_ROLES_FILE; throws a ConfigError. */
export function withPeopleFile(rules: RoleRules, text: string): RoleRules {
  return { ...rules, people: parsePeople(text) }
}

/** `{ "people": { "ana@example.com": "admin", "00u1ab2c": "viewer" } }` */
function parsePeople(text: string): Map<string, Role> {
  const fail = (why: string) =>
    new ConfigError(
      `TEAM_ROLES_FILE ${why}. Expected JSON such as ` +
        `{"people": {"ana@example.com": "admin", "bo@example.com": "viewer"}} with roles ${ROLES.join(', ')}.`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw fail('is not valid JSON')
  }
  const people = (parsed as { people?: unknown } | null)?.people
  if (typeof people !== 'object' || people === null || Array.isArray(people)) {
    throw fail('has no "people" object')
  }
  const result = new Map<string, Role>()
  for (const [who, role] of Object.entries(people)) {
    if (typeof role !== 'string' || !isRole(role)) throw fail(`gives ${who} an unknown role`)
    result.set(who.includes('@') ? who.toLowerCase() : who, role)
  }
  return result
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/**
 * The role of a signed-in person from their claims, or null when they have none. E-mails only
 * count when the IdP has not said they are unverified.
 */
export function roleFor(claims: Record<string, unknown>, rules: RoleRules): Role | null {
  const subject = typeof claims.sub === 'string' ? claims.sub : ''
  const email =
    typeof claims.email === 'string' && claims.email_verified !== false
      ? claims.email.toLowerCase()
      : ''
  const named = rules.people.get(subject) ?? (email ? rules.people.get(email) : undefined)
  if (named) return named

  let best: Role | null = null
  for (const value of claimValuesOf(claims, rules.claim)) {
    const role = rules.claimValues.get(value)
    if (role && (best === null || hasRole(role, best))) best = role
  }
  return best ?? rules.defaultRole
}

/**
 * Only what roleFor reads (subject, e-mail and whether it is verified, the role claim's
 * values): kept with the session, so the role can be worked out again on every request.
 */
export function roleClaims(
  claims: Record<string, unknown>,
  rules: RoleRules,
): Record<string, unknown> {
  return {
    sub: claims.sub,
    ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
    ...(claims.email_verified === false ? { email_verified: false } : {}),
    [rules.claim]: claimValuesOf(claims, rules.claim),
  }
}

/** The claim's values: one string or a list of strings. */
function claimValuesOf(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = path in claims ? claims[path] : claims
  if (!(path in claims)) {
    for (const key of path.split('.')) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined
    }
  }
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return []
}
