import { describe, expect, it } from 'vitest'
import { csvCell as appCsvCell } from '../../src/lib/csv-cells.ts'
import { csvCell } from './audit-csv.ts'

describe("the audit CSV's cells", () => {
  it("follow the app's CSV rules, formula guard included", () => {
    const cells = [
      '=1+2',
      '+1',
      '-x',
      '@SUM(A1)',
      ' =x',
      '\tx',
      '＝x',
      'a,b',
      'say "hi"',
      'ok',
      -5,
      42,
      null,
      undefined,
      '',
    ]
    for (const cell of cells) expect(csvCell(cell)).toBe(appCsvCell(cell))
  })
})
