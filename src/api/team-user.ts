/*
 * Team mode: the production server signs staff in and serves the page with the signed-in
 * person in a meta tag (server/team/team-mode.ts). Their role decides what the UI offers; the
 * server enforces the same rules on every request. Without the tag (demo tenant, browser
 * connection, a server without sign-in) nobody is signed in and everything is allowed.
 */

export const TEAM_USER_META_NAME = 'customer-manager-user'

/** In rising order (the server's roles too): each includes the ones before. */
export const ROLES = ['viewer', 'operator', 'bulk-remover', 'admin'] as const
export type TeamRole = (typeof ROLES)[number]

export interface SignedInUser {
  name: string
  email: string | null
  role: TeamRole
}

/** What a feature may offer, and the least role for it. */
const NEEDS = {
  /** Delete one customer (the delete buttons). */
  delete: 'operator',
  /** Removal runs: the import, and "Remove selected…". */
  'bulk-remove': 'bulk-remover',
  /** Everyone's audit entries, not only one's own. */
  'audit-all': 'admin',
} as const satisfies Record<string, TeamRole>
export type Capability = keyof typeof NEEDS

export const ROLE_LABELS: Record<TeamRole, string> = {
  viewer: 'Viewer',
  operator: 'Operator',
  'bulk-remover': 'Bulk remover',
  admin: 'Admin',
}

/** The signed-in person the server put in the page, or null outside team mode. */
export function readSignedInUser(
  // Absent where the engine runs without a page (Node tests, a worker): no team mode there.
  doc: Document | undefined = globalThis.document,
): SignedInUser | null {
  const content = doc?.querySelector(`meta[name="${TEAM_USER_META_NAME}"]`)?.getAttribute('content')
  if (!content) return null
  try {
    const value = JSON.parse(content) as Partial<SignedInUser>
    if (typeof value.name !== 'string' || !ROLES.includes(value.role as TeamRole)) return null
    return {
      name: value.name,
      email: typeof value.email === 'string' ? value.email : null,
      role: value.role as TeamRole,
    }
  } catch {
    return null
  }
}

export function roleAllows(role: TeamRole, capability: Capability): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(NEEDS[capability])
}
