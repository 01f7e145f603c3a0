import {
  formatCalendarDate,
  formatCount,
  formatMoney,
  formatPhone,
  humanizeCode,
  maskValue,
} from './format'

describe('humanizeCode', () => {
  it.each([
    ['customer.phoneType.cell', 'Cell'],
    ['customer.phoneType.cellSmartPhone', 'Cell smart phone'],
    ['geo.state.IL', 'IL'],
    ['customerEmployer.incomeFrequency.biWeekly', 'Bi-weekly'],
    ['customerEmployer.incomeFrequency.semiMonthly', 'Semi-monthly'],
    ['creditCard.type.visa', 'Visa'],
    ['company.country.usa', 'Usa'],
  ])('%s → %s', (code, words) => {
    expect(humanizeCode(code)).toBe(words)
  })

  it('shows a dash for no code', () => {
    expect(humanizeCode(null)).toBe('—')
    expect(humanizeCode('')).toBe('—')
  })
})

describe('maskValue', () => {
  it('keeps the last four characters', () => {
    expect(maskValue('123456789')).toBe('•••••6789')
    expect(maskValue('XXXXXX6789')).toBe('•••••6789')
  })

  it('masks short values completely and shows nothing for none', () => {
    expect(maskValue('123')).toBe('•••')
    expect(maskValue(null)).toBe('')
  })
})

describe('formatting', () => {
  it('formats counts with thousands separators and plurals', () => {
    expect(formatCount(1234, 'customer')).toBe('1,234 customers')
    expect(formatCount(1, 'customer')).toBe('1 customer')
  })

  it('formats US phone numbers and leaves others alone', () => {
    expect(formatPhone('3125550187')).toBe('(312) 555-0187')
    expect(formatPhone('13125550187')).toBe('(312) 555-0187')
    expect(formatPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958')
  })

  it('formats money and missing money', () => {
    expect(formatMoney(120000)).toBe('$120,000.00')
    expect(formatMoney(null)).toBe('—')
  })

  it('shows calendar dates in UTC so a birth date does not move a day', () => {
    expect(formatCalendarDate('1990-05-01T00:00:00.000Z')).toContain('1990')
    expect(formatCalendarDate('1990-05-01T00:00:00.000Z')).toMatch(/\b1\b/)
    expect(formatCalendarDate(null)).toBe('—')
    expect(formatCalendarDate('not a date')).toBe('—')
  })
})
