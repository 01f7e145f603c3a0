// @vitest-environment node
import { parseRemovalCsv } from './parse-removal-csv'

const parse = (text: string, chunkSize?: number) => parseRemovalCsv(text, { chunkSize })
const errors = (text: string) =>
  parse(text).then((r) => r.problems.map((p) => [p.line, p.customerId, p.message, p.severity]))

describe('parseRemovalCsv', () => {
  it('reads LF, CRLF, BOM and quoted fields alike', async () => {
    for (const text of [
      'action,customerId\nremove,10\nremove,11\n',
      'action,customerId\r\nremove,10\r\nremove,11\r\n',
      '\uFEFFaction,customerId\r\nremove,10\r\nremove,11',
      '"action","customerId"\n"remove","10"\n"remove"," 11 "\n',
    ]) {
      const result = await parse(text)
      expect(result.fileErrors).toEqual([])
      expect([...result.ids]).toEqual([10, 11])
      expect([...result.lines]).toEqual([2, 3])
    }
  })

  it('accepts header variants: spaces, case, quotes, reordering, extra columns (noted)', async () => {
    const result = await parse(' CustomerID ,"importId", ACTION \n5,x,Remove\n')
    expect(result.fileErrors).toEqual([])
    expect([...result.ids]).toEqual([5])
    expect(result.notes).toEqual(['Extra columns are ignored for removals: importId.'])
  })

  it('rejects a missing or duplicated column as a file error', async () => {
    expect((await parse('action,id\nremove,1\n')).fileErrors).toEqual([
      'The header has no "customerId" column. A removal file needs the columns action and customerId.',
    ])
    const dup = await parse('action,customerId,customerid\nremove,1,2\n')
    expect(dup.fileErrors[0]).toMatch(/"customerId" appears more than once.*columns 2 and 3/)
    expect(dup.dataRows).toBe(0)
    expect((await parse('\naction,customerId\n')).fileErrors[0]).toMatch(/Line 1 must be a header/)
  })

  it('applies every row rule and keeps the id as written', async () => {
    const rows = [
      'add,1',
      'update,2',
      'delete,3',
      ',4',
      'remove,',
      'remove,-5',
      'remove,+6',
      'remove,7.0',
      'remove,1e5',
      'remove,12abc',
      'remove,0',
      'remove,2147483648',
      '  REMOVE  ,  2147483647  ',
    ]
    const result = await parse(`action,customerId\n${rows.join('\n')}\n`)
    expect([...result.ids]).toEqual([2147483647])
    expect(result.errorRows).toBe(12)
    expect(result.problems.map((p) => [p.line, p.customerId, p.message])).toEqual([
      [2, '1', 'Action "add" is not supported here; use LoanPro\'s import for adding or updating.'],
      [
        3,
        '2',
        'Action "update" is not supported here; use LoanPro\'s import for adding or updating.',
      ],
      [4, '3', 'Action "delete" is not recognised; it must be "remove".'],
      [5, '4', 'Action is missing; it must be "remove".'],
      [6, '', 'Customer id is missing.'],
      [7, '-5', 'Customer id must be a whole number without a sign.'],
      [8, '+6', 'Customer id must be a whole number without a sign.'],
      [9, '7.0', 'Customer id must be a whole number, without decimals.'],
      [10, '1e5', 'Customer id must be written out in full, not in exponent form.'],
      [11, '12abc', 'Customer id is not a number.'],
      [12, '0', 'Customer id must be greater than 0.'],
      [13, '2147483648', 'Customer id is too large to be a LoanPro customer id.'],
    ])
  })

  it('warns about a repeated id and runs it once; ignores blank lines', async () => {
    const result = await parse('action,customerId\nremove,8\n\n  ,  \nremove,9\nremove, 8\n')
    expect([...result.ids]).toEqual([8, 9])
    expect(result.dataRows).toBe(3)
    expect(await errors('action,customerId\nremove,8\n\nremove,9\nremove, 8\n')).toEqual([
      [5, '8', 'Customer 8 also appears on line 2; it is removed once.', 'warning'],
    ])
  })

  it('finds a repeated id however it is written, small or near 2^31', async () => {
    const rows = [
      'remove,7',
      ' Remove , 007 ',
      'remove,2147483647',
      'remove,5',
      'remove,2147483647',
    ]
    const result = await parse(`action,customerId\n${rows.join('\n')}\n`)
    expect([...result.ids]).toEqual([7, 2147483647, 5])
    expect(result.problems.map((p) => [p.line, p.customerId, p.message, p.severity])).toEqual([
      [3, '007', 'Customer 7 also appears on line 2; it is removed once.', 'warning'],
      [
        6,
        '2147483647',
        'Customer 2147483647 also appears on line 4; it is removed once.',
        'warning',
      ],
    ])
    expect(result.errorRows).toBe(0)
  })

  it('counts lines inside quoted multi-line fields and reports malformed rows by line', async () => {
    const text =
      'action,customerId,note\nremove,1,"two\nlines"\nremove,3,ok\nremove,4,"open\nremove,5,z\n'
    const result = await parse(text)
    expect([...result.ids]).toEqual([1, 3])
    expect([...result.lines]).toEqual([2, 4])
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'Unclosed quote: lines 5–6 could not be read as rows.'],
    ])
    const bad = await parse('action,customerId\nremove,1\nremove,"2"x\n')
    expect([...bad.ids]).toEqual([1])
    expect(bad.problems.map((p) => p.line)).toEqual([3])
    expect(bad.errorRows).toBe(1)
  })

  it('gives the same answer whatever the chunk size', async () => {
    const text =
      'action,customerId\r\n' +
      Array.from({ length: 500 }, (_, i) => `remove,"${i + 1}"\r\n`).join('')
    const whole = await parse(text)
    for (const size of [16, 100, 1000]) {
      const chunked = await parse(text, size)
      expect(chunked.ids).toEqual(whole.ids)
      expect(chunked.lines).toEqual(whole.lines)
      expect(chunked.problems).toEqual([])
    }
  })

  it('reads a Blob (UTF-8 with BOM) and reports short rows', async () => {
    const blob = new Blob(['\uFEFFaction,customerId,name\nremove,3,Zoë\nremove\n'])
    const result = await parseRemovalCsv(blob, { chunkSize: 5 })
    expect([...result.ids]).toEqual([3])
    expect(result.problems[0]).toMatchObject({
      line: 3,
      message: "The row has 1 of the header's 3 columns.",
    })
  })

  it('parses 1,000,000 rows', async () => {
    const rows = ['action,customerId']
    for (let i = 1; i <= 1_000_000; i++) rows.push(`remove,${i}`)
    const text = rows.join('\r\n')
    const started = performance.now()
    const heapBefore = process.memoryUsage().heapUsed
    let progressCalls = 0
    const result = await parseRemovalCsv(text, { onProgress: () => progressCalls++ })
    const ms = Math.round(performance.now() - started)
    const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6)
    console.info(
      `1,000,000 rows parsed in ${ms} ms, heap +${heapMb} MB, ${progressCalls} progress calls`,
    )
    expect(result.ids.length).toBe(1_000_000)
    expect(result.lines[999_999]).toBe(1_000_001)
    expect(result.problems).toEqual([])
    expect(progressCalls).toBeGreaterThan(5)
  })
})
