import { describe, expect, it } from 'vitest'
import { ageOn, einOf, formatEin, lastFourDigits } from './identity-values'

describe('identity values', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    const birth = '1980-05-17T00:00:00.000Z'
    expect(ageOn(birth, new Date(2026, 4, 16))).toBe(45)
    expect(ageOn(birth, new Date(2026, 4, 17))).toBe(46)
    expect(ageOn(birth, new Date(2026, 11, 31))).toBe(46)
  })

  it('has no age for a missing, unreadable or future date', () => {
    expect(ageOn(null, new Date())).toBeNull()
    expect(ageOn('not a date', new Date())).toBeNull()
    expect(ageOn('2999-01-01T00:00:00.000Z', new Date(2026, 0, 1))).toBeNull()
  })

  it('keeps the last four digits only', () => {
    expect(lastFourDigits('000-00-1001')).toBe('1001')
    expect(lastFourDigits('123')).toBeNull()
    expect(lastFourDigits(null)).toBeNull()
  })

  it('formats a nine-digit EIN and leaves anything else as is', () => {
    expect(formatEin('123456789')).toBe('12-3456789')
    expect(formatEin('12-34')).toBe('12-34')
  })

  it("takes a company's EIN from its employer number, else from the tax id", () => {
    const company = {
      customerIdType: 'customer.idType.employerNumber',
      customerId: '123456789',
      ssn: null,
    }
    expect(einOf(company)).toBe('123456789')
    expect(einOf({ ...company, customerIdType: 'customer.idType.ssn', ssn: '987654321' })).toBe(
      '987654321',
    )
    expect(einOf({ customerIdType: null, customerId: null, ssn: null })).toBeNull()
  })
})
