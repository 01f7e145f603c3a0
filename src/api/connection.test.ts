import { checkBaseUrl, normalizeBaseUrl, normalizeToken } from './connection'

describe('checkBaseUrl', () => {
  it('trims and adds the trailing slash', () => {
    expect(checkBaseUrl('  https://loanpro.simnang.com/api/public/api/1  ')).toEqual({
      baseUrl: 'https://loanpro.simnang.com/api/public/api/1/',
    })
    expect(normalizeBaseUrl(' https://x.test/api ')).toBe('https://x.test/api/')
  })

  it('refuses what would send the token elsewhere or break the URLs', () => {
    for (const bad of [
      'loanpro.simnang.com/api/public/api/1/',
      '/api/public/api/1/',
      'javascript:alert(1)',
      'ftp://x.test/api/',
      'https://user:pass@x.test/api/',
      'https://x.test/api/?a=1',
      'https://x.test/api/#x',
    ]) {
      const check = checkBaseUrl(bad)
      expect(check.baseUrl).toBeUndefined()
      expect(check.error).toEqual(expect.any(String))
    }
  })

  it('warns about plain http except on this machine', () => {
    expect(checkBaseUrl('http://tenant.example/api/public/api/1/')).toMatchObject({
      baseUrl: 'http://tenant.example/api/public/api/1/',
      warning: expect.stringMatching(/unencrypted/),
    })
    expect(checkBaseUrl('http://localhost:8790/api/public/api/1/').warning).toBeUndefined()
  })
})

describe('normalizeToken', () => {
  it('trims, drops a pasted Bearer, and refuses what cannot be a header', () => {
    expect(normalizeToken('  abc123\n')).toBe('abc123')
    expect(normalizeToken('Bearer abc123')).toBe('abc123')
    expect(normalizeToken('abc 123')).toBeNull()
    expect(normalizeToken('abc\n123')).toBeNull()
    expect(normalizeToken('tökén')).toBeNull()
  })
})
