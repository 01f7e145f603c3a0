// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config-error.ts'
import { parseRoleRules, roleClaims, roleFor } from './roles.ts'

describe('roles from an IdP claim', () => {
  it('reads the role names from the `roles` claim by default, the highest winning', () => {
    const rules = parseRoleRules({})
    expect(roleFor({ sub: 'a', roles: ['viewer'] }, rules)).toBe('viewer')
    expect(roleFor({ sub: 'a', roles: ['viewer', 'admin', 'operator'] }, rules)).toBe('admin')
    expect(roleFor({ sub: 'a', roles: 'bulk-remover' }, rules)).toBe('bulk-remover')
    expect(roleFor({ sub: 'a', roles: ['accounting'] }, rules)).toBeNull()
    expect(roleFor({ sub: 'a' }, rules)).toBeNull()
  })

  it('maps group names to roles and reads nested claims (Keycloak realm_access.roles)', () => {
    const rules = parseRoleRules({
      claim: 'realm_access.roles',
      claimValues: 'operator=cm-operators, admin=CM Admins',
    })
    const claims = (roles: string[]) => ({ sub: 'a', realm_access: { roles } })
    expect(roleFor(claims(['cm-operators']), rules)).toBe('operator')
    expect(roleFor(claims(['CM Admins', 'cm-operators']), rules)).toBe('admin')
    // Mapped values replace the defaults: a bare "admin" group means nothing here.
    expect(roleFor(claims(['admin']), rules)).toBeNull()
  })

  it('gives a default role only when one is configured', () => {
    expect(roleFor({ sub: 'a' }, parseRoleRules({ defaultRole: 'viewer' }))).toBe('viewer')
  })
})

describe('roles from TEAM_ROLES_FILE', () => {
  const file = (people: unknown) => ({ name: 'roles.json', text: JSON.stringify({ people }) })

  it('names people by verified e-mail (any case) or subject, before any claim', () => {
    const rules = parseRoleRules({
      file: file({ 'Ana@Example.com': 'admin', '00u1ab2c': 'operator' }),
    })
    expect(roleFor({ sub: 'x', email: 'ana@example.com', roles: ['viewer'] }, rules)).toBe('admin')
    expect(roleFor({ sub: '00u1ab2c' }, rules)).toBe('operator')
    // An e-mail the IdP says is unverified could be anyone's.
    expect(roleFor({ sub: 'x', email: 'ana@example.com', email_verified: false }, rules)).toBeNull()
  })

  it.each([
    ['not JSON', { name: 'r', text: '{people:' }],
    ['no people', { name: 'r', text: '{"users":{}}' }],
    ['an unknown role', file({ 'a@b.c': 'superuser' })],
  ])('refuses a file with %s', (_name, bad) => {
    expect(() => parseRoleRules({ file: bad })).toThrow(ConfigError)
  })
})

describe('the claims kept with a session', () => {
  it('give the same role as the full claims, and nothing else of the person', () => {
    const rules = parseRoleRules({
      claim: 'realm_access.roles',
      claimValues: 'operator=cm-operators',
      file: { name: 'roles.json', text: '{"people": {"ana@example.com": "admin"}}' },
    })
    const claims = {
      sub: 's1',
      name: 'Bo',
      phone_number: '555',
      email: 'bo@example.com',
      realm_access: { roles: ['cm-operators'] },
    }
    const kept = roleClaims(claims, rules)
    expect(kept).toEqual({
      sub: 's1',
      email: 'bo@example.com',
      'realm_access.roles': ['cm-operators'],
    })
    expect(roleFor(kept, rules)).toBe('operator')
    // An unverified e-mail stays unverified: the file's entry for it must not apply.
    const unverified = roleClaims(
      { sub: 's2', email: 'ana@example.com', email_verified: false },
      rules,
    )
    expect(roleFor(unverified, rules)).toBeNull()
    expect(roleFor(roleClaims({ sub: 's3', email: 'ana@example.com' }, rules), rules)).toBe('admin')
  })
})
