// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConfigError } from './config-error.ts'
import { readConfig } from './config.ts'
import { isLoopback } from './loopback.ts'

const full = {
  LOANPRO_API_BASE: 'https://loanpro.simnang.com/api/public/api/1',
  LOANPRO_TENANT_ID: '5200000',
  LOANPRO_API_TOKEN: 'tok-very-secret-123',
}

describe('readConfig', () => {
  it('defaults to demo mode on 127.0.0.1:4173 without variables', () => {
    const { config, warnings } = readConfig({})
    expect(config).toEqual({
      port: 4173,
      host: '127.0.0.1',
      mode: 'demo',
      proxy: null,
      allowedHosts: [],
    })
    expect(warnings).toEqual([])
  })

  it('reads PORT and HOST, and rejects a bad PORT', () => {
    expect(readConfig({ PORT: '8080', HOST: '0.0.0.0' }).config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
    })
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => readConfig({ PORT: '70000' })).toThrow(ConfigError)
  })

  it('enables the proxy with all three variables, normalising the base and token', () => {
    const { config, warnings } = readConfig({
      ...full,
      LOANPRO_API_TOKEN: ' Bearer tok-very-secret-123\n',
    })
    expect(config.mode).toBe('proxy')
    expect(config.proxy).toEqual({
      apiBase: 'https://loanpro.simnang.com/api/public/api/1/',
      tenantId: '5200000',
      token: 'tok-very-secret-123',
      timeoutMs: 30_000,
      totalTimeoutMs: 120_000,
    })
    expect(warnings).toEqual([])
  })

  it('falls back to demo mode naming the missing variable, never printing values', () => {
    const { config, warnings } = readConfig({ ...full, LOANPRO_TENANT_ID: '  ' })
    expect(config.mode).toBe('demo')
    expect(config.proxy).toBeNull()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('LOANPRO_TENANT_ID is not set')
    expect(warnings.join()).not.toContain(full.LOANPRO_API_TOKEN)
    expect(warnings.join()).not.toContain('simnang')
  })

  it('rejects unusable values without echoing them', () => {
    const attempt = (env: Record<string, string>) => {
      try {
        readConfig({ ...full, ...env })
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError)
        return (error as Error).message
      }
      throw new Error('expected a ConfigError')
    }
    expect(attempt({ LOANPRO_API_BASE: 'not a url' })).toContain('LOANPRO_API_BASE')
    expect(attempt({ LOANPRO_API_BASE: 'ftp://x/api/' })).toContain('https')
    expect(attempt({ LOANPRO_API_BASE: 'https://u:p@x/api/' })).toContain('credentials')
    expect(attempt({ LOANPRO_TENANT_ID: 'abc' })).toContain('LOANPRO_TENANT_ID')
    const message = attempt({ LOANPRO_API_TOKEN: 'tok\r\nX-Evil: 1' })
    expect(message).toContain('LOANPRO_API_TOKEN')
    expect(message).not.toContain('tok')
  })

  it('warns about plain http to a non-loopback host but not to localhost', () => {
    expect(
      readConfig({ ...full, LOANPRO_API_BASE: 'http://example.com/api/1/' }).warnings[0],
    ).toMatch(/plain http/)
    expect(
      readConfig({ ...full, LOANPRO_API_BASE: 'http://127.0.0.1:9000/api/1/' }).warnings,
    ).toEqual([])
  })
})

describe('readConfig safety settings', () => {
  it('refuses a token shorter than 16 characters, saying why, without echoing it', () => {
    expect(() => readConfig({ ...full, LOANPRO_API_TOKEN: 'T' })).toThrow(
      /at least|shorter than 16/,
    )
    let message = ''
    try {
      readConfig({ ...full, LOANPRO_API_TOKEN: 'short-token-123' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('LOANPRO_API_TOKEN is shorter than 16 characters')
    expect(message).not.toContain('short-token-123')
    expect(readConfig({ ...full, LOANPRO_API_TOKEN: 'x'.repeat(16) }).config.mode).toBe('proxy')
  })

  it('reads ALLOWED_HOSTS and warns when HOST is public without it', () => {
    const { config } = readConfig({ ALLOWED_HOSTS: ' CM.example.com, cm.internal ,' })
    expect(config.allowedHosts).toEqual(['cm.example.com', 'cm.internal'])
    expect(() => readConfig({ ALLOWED_HOSTS: 'https://cm.example.com' })).toThrow(ConfigError)
    expect(readConfig({ HOST: '0.0.0.0' }).warnings.join()).toContain('ALLOWED_HOSTS')
    expect(readConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'cm.example.com' }).warnings).toEqual([])
  })

  it('counts only exact loopback names and addresses as loopback', () => {
    for (const name of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'LOCALHOST']) {
      expect(isLoopback(name), name).toBe(true)
    }
    for (const name of [
      '127.evil.example',
      '127.0.0.1.evil.example',
      'localhost.evil',
      '10.0.0.1',
    ]) {
      expect(isLoopback(name), name).toBe(false)
    }
  })
})

describe('team mode configuration', () => {
  const team = {
    ...full,
    OIDC_ISSUER: 'https://idp.example.com/realms/lender',
    OIDC_CLIENT_ID: 'customer-manager',
    OIDC_CLIENT_SECRET: 'client-secret',
    SESSION_SECRET: 's'.repeat(32),
  }
  const message = (env: Record<string, string>) => {
    try {
      readConfig(env)
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
    return 'no error'
  }

  it('refuses to listen beyond loopback with a tenant token and no sign-in, and says why', () => {
    expect(message({ ...full, HOST: '0.0.0.0' })).toMatch(
      /HOST is 0\.0\.0\.0 and a LoanPro token is configured, but no sign-in is.*loopback only/,
    )
    // Loopback stays the one-person set-up it was.
    expect(readConfig({ ...full }).config.team).toBeUndefined()
    // Without a token there is nothing to protect: the demo may listen anywhere.
    expect(message({ HOST: '0.0.0.0' })).toBe('no error')
  })

  it('turns team mode on with the IdP, the proxy and a session secret', () => {
    const { config } = readConfig({
      ...team,
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://cm.example.com',
    })
    expect(config.team).toMatchObject({
      clientId: 'customer-manager',
      clientSecret: 'client-secret',
      publicOrigin: 'https://cm.example.com',
      secureCookies: true,
      sessionMaxAgeSeconds: 8 * 3600,
    })
    // People reach it at PUBLIC_URL, so the proxy answers that host name.
    expect(config.allowedHosts).toContain('cm.example.com')
  })

  it('derives the origin (and plain-http cookies) on loopback without PUBLIC_URL', () => {
    const { config } = readConfig({ ...team, PORT: '5173' })
    expect(config.team?.publicOrigin).toBe('http://localhost:5173')
    expect(config.team?.secureCookies).toBe(false)
  })

  it.each([
    [{ SESSION_SECRET: 'too-short' }, /SESSION_SECRET, at least 32/],
    [{ SESSION_SECRET: '' }, /SESSION_SECRET/],
    [{ OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID is not set/],
    [{ OIDC_ISSUER: 'http://idp.example.com' }, /OIDC_ISSUER must use https/],
    [{ OIDC_ISSUER: 'not a url' }, /OIDC_ISSUER must be an absolute URL/],
    [{ HOST: '0.0.0.0' }, /needs PUBLIC_URL/],
    [{ PUBLIC_URL: 'http://cm.example.com' }, /PUBLIC_URL must use https/],
    [{ PUBLIC_URL: 'https://cm.example.com/app' }, /origin only/],
    [{ SESSION_HOURS: 'forever' }, /SESSION_HOURS/],
    [{ OIDC_ROLE_VALUES: 'boss=cm-admins' }, /OIDC_ROLE_VALUES/],
    [{ TEAM_DEFAULT_ROLE: 'superuser' }, /TEAM_DEFAULT_ROLE/],
    [{ TEAM_ROLES_FILE: '/nonexistent/roles.json' }, /TEAM_ROLES_FILE cannot be read \(ENOENT\)/],
    [{ LOANPRO_API_TOKEN: '' }, /LoanPro proxy is not/],
  ])('refuses %o with a clear message', (change, expected) => {
    expect(message({ ...team, ...change })).toMatch(expected)
  })

  it('never puts a secret in its messages', () => {
    const text = message({ ...team, SESSION_SECRET: 'short-secret-value' })
    expect(text).not.toContain('short-secret-value')
  })
})
