// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.ts'

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
