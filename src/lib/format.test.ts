import {
  formatCalendarDate,
  formatCount,
  formatMoney,
  formatNumber,
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

/** Counts the uses of an Intl formatter's `format` (a getter that hands out a bound function). */
function formatUses(prototype: object) {
  return vi.spyOn(prototype as { format: unknown }, 'format', 'get')
}

describe('US English without Intl', () => {
  afterEach(() => vi.unstubAllGlobals())
  const usDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })
  const usNumber = new Intl.NumberFormat('en-US')

  it('writes calendar dates as Intl writes them in en-US', () => {
    vi.stubGlobal('navigator', { language: 'en-US' })
    // Every day of 1999-2001 (leap years, month ends), then a spread from year 1000 to 9999.
    const days = Array.from({ length: 3 * 366 }, (_, i) => Date.UTC(1999, 0, 1 + i))
    const spread = Array.from({ length: 500 }, (_, i) =>
      Date.UTC(1000 + i * 18, i % 12, 1 + (i % 28)),
    )
    const times = [...days, ...spread]
    const expected = times.map((time) => usDate.format(time))
    const intl = formatUses(Intl.DateTimeFormat.prototype)
    expect(times.map((time) => formatCalendarDate(new Date(time).toISOString()))).toEqual(expected)
    expect(intl).not.toHaveBeenCalled()
  })

  it('writes whole numbers as Intl writes them in en-US', () => {
    vi.stubGlobal('navigator', { language: 'en' })
    const values = [0, 7, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, -1, -1000, -987_654_321]
    for (let power = 1; power < 2 ** 53; power *= 7) values.push(power, power + 1, -power)
    const expected = values.map((value) => usNumber.format(value))
    const intl = formatUses(Intl.NumberFormat.prototype)
    expect(values.map(formatNumber)).toEqual(expected)
    expect(intl).not.toHaveBeenCalled()
  })

  it('leaves fractions, other languages and dates outside years 1000-9999 to Intl', () => {
    vi.stubGlobal('navigator', { language: 'en-US' })
    const early = usDate.format(Date.UTC(900, 0, 1))
    const numbers = formatUses(Intl.NumberFormat.prototype)
    const dates = formatUses(Intl.DateTimeFormat.prototype)
    expect(formatNumber(1234.5)).toBe('1,234.5')
    expect(formatCalendarDate('0900-01-01T00:00:00.000Z')).toBe(early)
    expect(numbers).toHaveBeenCalledTimes(1)
    expect(dates).toHaveBeenCalledTimes(1)
    vi.stubGlobal('navigator', { language: 'de-DE' })
    formatNumber(1234)
    formatCalendarDate('2021-03-04T00:00:00.000Z')
    expect(numbers).toHaveBeenCalledTimes(2)
    expect(dates).toHaveBeenCalledTimes(2)
  })
})
