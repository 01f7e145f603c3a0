import {
  deferredCustomerId,
  isDeferred,
  parseLoanProDate,
  readExpandedCollection,
  readFlag,
  readInteger,
  readMoney,
  readResults,
  readSummary,
  readText,
  unwrapD,
} from './odata'

describe('envelope', () => {
  it('unwraps d, including a null d, and tells a missing d apart', () => {
    expect(unwrapD({ d: { id: 1 } })).toEqual({ id: 1 })
    expect(unwrapD({ d: null })).toBeNull()
    expect(unwrapD({ results: [] })).toBeUndefined()
    expect(unwrapD([1])).toBeUndefined()
  })

  it('reads results and summary', () => {
    const d = { results: [{ id: 1 }], summary: { start: 0, pageSize: 50 } }
    expect(readResults(d)).toEqual([{ id: 1 }])
    expect(readResults([{ id: 2 }])).toEqual([{ id: 2 }])
    expect(readResults({ results: null })).toEqual([])
    expect(readSummary(d)).toEqual({ start: 0, pageSize: 50 })
    expect(readSummary({ results: [] })).toBeNull()
  })
})

describe('deferred and expanded collections', () => {
  it('recognises both deferred uri styles', () => {
    const withId = { __deferred: { uri: 'https://x/odata.svc/Customers(id=1183)/PrimaryAddress' } }
    const bare = { __deferred: { uri: 'https://x/odata.svc/Customers(1183)/PrimaryAddress' } }
    expect(isDeferred(withId)).toBe(true)
    expect(isDeferred(bare)).toBe(true)
    expect(deferredCustomerId(withId)).toBe(1183)
    expect(deferredCustomerId(bare)).toBe(1183)
    expect(isDeferred({ id: 1 })).toBe(false)
    expect(isDeferred(null)).toBe(false)
  })

  it('accepts wrapped, bare, empty and null collections, and refuses deferred ones', () => {
    expect(readExpandedCollection({ results: [{ id: 1 }] })).toEqual([{ id: 1 }])
    expect(readExpandedCollection([{ id: 2 }])).toEqual([{ id: 2 }])
    expect(readExpandedCollection({ results: [] })).toEqual([])
    expect(readExpandedCollection([])).toEqual([])
    expect(readExpandedCollection(null)).toEqual([])
    expect(readExpandedCollection({ __deferred: { uri: 'Customers(1)/Phones' } })).toBeNull()
    expect(readExpandedCollection('nope')).toBeNull()
  })
})

describe('parseLoanProDate', () => {
  it('reads /Date()/ as SECONDS since the epoch', () => {
    expect(parseLoanProDate('/Date(1427829732)/')).toBe('2015-03-31T19:22:12.000Z')
  })

  it('treats zero, negative, null and junk as no date', () => {
    expect(parseLoanProDate('/Date(0)/')).toBeNull()
    expect(parseLoanProDate('/Date(-62169984000)/')).toBeNull()
    expect(parseLoanProDate(null)).toBeNull()
    expect(parseLoanProDate(undefined)).toBeNull()
    expect(parseLoanProDate('soon')).toBeNull()
    expect(parseLoanProDate('0000-00-00')).toBeNull()
    expect(parseLoanProDate('2024-02-31')).toBeNull()
  })

  it('reads the search document formats as UTC', () => {
    expect(parseLoanProDate('1980-07-04')).toBe('1980-07-04T00:00:00.000Z')
    expect(parseLoanProDate('2019-11-05 14:03:09')).toBe('2019-11-05T14:03:09.000Z')
  })
  it('writes every date and time exactly as Date would, rolled-over ones refused', () => {
    // The reading before plain dates were written out directly, as the reference.
    const viaDate = (text: string) => {
      const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?)?$/.exec(
        text,
      )
      if (!parts) return null
      const [year, month, day, hour, minute, second] = parts.slice(1).map((p) => Number(p ?? 0))
      if (!year || !month || !day) return null
      const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
      return date.toISOString()
    }
    const years = ['0050', '0100', '1899', '1900', '1999', '2000', '2023', '2024', '2100', '9999']
    const months = ['00', '01', '02', '04', '06', '09', '11', '12', '13']
    const days = ['00', '01', '28', '29', '30', '31', '32']
    const times = [
      '',
      ' 00:00:00',
      'T23:59:59',
      ' 23:59:59.250Z',
      ' 24:00:00',
      ' 12:60:00',
      ' 12:00:60',
    ]
    let checked = 0
    for (const y of years)
      for (const m of months)
        for (const d of days)
          for (const t of times) {
            const text = `${y}-${m}-${d}${t}`
            expect([text, parseLoanProDate(text)]).toEqual([text, viaDate(text)])
            checked++
          }
    expect(checked).toBe(years.length * months.length * days.length * times.length)
  })
})

describe('values', () => {
  it('reads flags in every form', () => {
    expect([1, '1', true, 'true'].map(readFlag)).toEqual([true, true, true, true])
    expect([0, '0', false, 'false'].map(readFlag)).toEqual([false, false, false, false])
    expect([null, undefined, 'yes', 2].map(readFlag)).toEqual([null, null, null, null])
  })

  it('reads money from strings and numbers', () => {
    expect(readMoney('120000.00')).toBe(120000)
    expect(readMoney('1,250.50')).toBe(1250.5)
    expect(readMoney(99.5)).toBe(99.5)
    expect(readMoney('')).toBeNull()
    expect(readMoney('abc')).toBeNull()
    expect(readMoney(null)).toBeNull()
  })

  it('reads integers and text from either type', () => {
    expect(readInteger('42')).toBe(42)
    expect(readInteger(42)).toBe(42)
    expect(readInteger('4.2')).toBeNull()
    expect(readText(3125550187)).toBe('3125550187')
    expect(readText('  ')).toBeNull()
    expect(readText({})).toBeNull()
  })
})
