import { isPrivateQuery, looksLikeSsn, privateQueryRef, readPrivateQuery } from './private-query'

describe('private queries (SSN searches)', () => {
  it('recognises 9 digits and the 123-45-6789 forms only', () => {
    for (const q of ['123456789', '123-45-6789', '123 45 6789', ' 123.45.6789 '])
      expect(looksLikeSsn(q)).toBe(true)
    for (const q of ['12345678', '1234567890', '123-456-789', '123-45 6789', 'smith', '1042'])
      expect(looksLikeSsn(q)).toBe(false)
  })

  it('also keeps what may be a half-typed SSN private, but not ids or phone numbers', () => {
    for (const q of ['1234567', '12345678', '123-45', '123-45-67'])
      expect(isPrivateQuery(q)).toBe(true)
    for (const q of ['1042', '123456', '3125550101', '(312) 555-0101', '312-555-0101'])
      expect(isPrivateQuery(q)).toBe(false)
  })

  it('stands in for an SSN with a stable reference that holds no digits of it', () => {
    const ref = privateQueryRef('123-45-6789')
    expect(ref).toMatch(/^[0-9a-f]{12}$/)
    expect(privateQueryRef('123-45-6789')).toBe(ref)
    expect(readPrivateQuery(ref)).toBe('123-45-6789')
    expect(privateQueryRef('smith')).toBeNull()
    expect(readPrivateQuery('unknown')).toBe('')
    expect(readPrivateQuery(null)).toBe('')
  })
})
