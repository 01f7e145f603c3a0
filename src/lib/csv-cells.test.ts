// @vitest-environment node
import { csvCell, csvRow, csvText } from './csv-cells'

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Brett Smith')).toBe('Brett Smith')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(true)).toBe('true')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"')
  })

  it.each([
    '=1+2',
    '+1',
    '-1',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '\nx',
    ' =1+2',
    '  @SUM(A1)',
    '\u3000+1',
    '\uFF1D1+2',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20SUM(A1)',
    ' \uFF1D1',
  ])('neutralises %j', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true)
  })

  it.each(['a=b', ' plain', 'x-1', '1+1', '\u00e9=1'])('leaves %j alone', (value) => {
    expect(csvCell(value)).toBe(value)
  })

  it('neutralises and quotes a formula with a comma', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
  })

  it('keeps negative numbers as numbers', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('-5')).toBe("'-5")
  })
})

describe('csvText', () => {
  it('joins rows with CRLF and ends with CRLF', () => {
    expect(
      csvText([
        ['line', 'error'],
        [2, 'bad, very'],
      ]),
    ).toBe('line,error\r\n2,"bad, very"\r\n')
    expect(csvRow(['a', '', 'c'])).toBe('a,,c')
    expect(csvText([])).toBe('')
  })
})
