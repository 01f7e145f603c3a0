// @vitest-environment node
import { precheckCsvFile } from './csv-precheck'

const file = (parts: BlobPart[], name = 'remove.csv') => new File(parts, name)

describe('precheckCsvFile', () => {
  it('accepts a CSV with a header, with or without BOM', async () => {
    expect(await precheckCsvFile(file(['action,customerId\nremove,1\n']))).toEqual({ ok: true })
    expect(await precheckCsvFile(file(['\uFEFFaction,customerId\r\n']))).toEqual({ ok: true })
  })

  it.each([
    ['empty', file([])],
    ['spreadsheet', file([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])])],
    ['spreadsheet', file(['action,customerId\n'], 'remove.xlsx')],
    ['spreadsheet', file(['x'], 'old.xls')],
    ['spreadsheet', file(['x'], 'sheet.ods')],
    ['binary', file([new Uint8Array([0x61, 0x00, 0x62])])],
    ['binary', file([new Uint8Array([0x61, 0xff, 0xfe, 0x62])])],
    ['no-header', file(['\n\nremove,1\n'])],
    ['no-header', file(['1,2\n'])],
  ])('refuses %s', async (code, input) => {
    const result = await precheckCsvFile(input)
    expect(result).toMatchObject({ ok: false, code })
    expect(result.ok || result.reason.length > 10).toBe(true)
  })

  it('refuses a file over the size limit, stating the limit', async () => {
    const result = await precheckCsvFile(
      file(['action,customerId\n'.repeat(100)]),
      'big.csv',
      1024 * 1024 - 1,
    )
    expect(result).toEqual({ ok: true })
    const big = new File([new Uint8Array(101 * 1024 * 1024)], 'big.csv')
    const tooBig = await precheckCsvFile(big)
    expect(tooBig).toMatchObject({ ok: false, code: 'too-big' })
    expect(tooBig.ok ? '' : tooBig.reason).toMatch(/100 MB/)
  })
})
