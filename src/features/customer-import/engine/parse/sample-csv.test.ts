// @vitest-environment node
import { parseRemovalCsv } from './parse-removal-csv'
import { SAMPLE_REMOVAL_CSV } from './sample-csv'

describe('SAMPLE_REMOVAL_CSV', () => {
  it('is the header and three removal rows', () => {
    expect(SAMPLE_REMOVAL_CSV).toBe(
      'action,customerId\r\nremove,1042\r\nremove,1043\r\nremove,1187\r\n',
    )
  })

  it('passes the file and row rules as it is', async () => {
    const parsed = await parseRemovalCsv(SAMPLE_REMOVAL_CSV)
    expect(parsed).toMatchObject({ fileErrors: [], notes: [], dataRows: 3, errorRows: 0 })
    expect([...parsed.ids]).toEqual([1042, 1043, 1187])
  })
})
