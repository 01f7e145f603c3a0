// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConfigError, isLoopback, readConfig } from './config.ts'

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
