// @vitest-environment node
import { LoanProError } from '../../../../api/loanpro-error'
import { buildErrorReportCsv } from './error-report'
import { fakeClock, FakeTenantPort, seededRandom } from '../removal-tenant-port.test-double'
import { parseRemovalCsv } from '../parse/parse-removal-csv'
import { combineValidation, runnableCount } from './removal-validation'
import { LOOKUP_BATCH_SIZE, lookupTenantCustomers } from './tenant-lookup'

const CSV = [
  'action,customerId,note',
  'remove,1,ok',
  'remove,2,"has loans, two"',
  'remove,3,=cmd()',
  'add,4,',
  'remove,1,again',
  'remove,5,fine',
].join('\r\n')

async function validate(text: string, port: FakeTenantPort) {
  const parsed = await parseRemovalCsv(text)
  return combineValidation(
    parsed,
    await lookupTenantCustomers(port, parsed.ids, { clock: fakeClock() }),
  )
}

describe('validation against the tenant', () => {
  const port = () => new FakeTenantPort().add(1, 0, 'Ann Lee').add(2, 2).add(5, 0, 'Bo Chen')

  it('flags unknown ids and linked customers, keeps names, merges problems by line', async () => {
    const v = await validate(CSV, port())
    expect(v.problems.map((p) => [p.line, p.customerId, p.severity, p.message])).toEqual([
      [3, '2', 'error', 'Linked to 2 loans; unlink them in LoanPro first.'],
      [4, '3', 'error', 'No customer with this id in the tenant.'],
      [
        5,
        '4',
        'error',
        'Action "add" is not supported here; use LoanPro\'s import for adding or updating.',
      ],
      [6, '1', 'warning', 'Customer 1 also appears on line 2; it is removed once.'],
    ])
    expect([...v.ids]).toEqual([1, 5])
    expect([...v.lines]).toEqual([2, 7])
    expect(v.names).toEqual(['Ann Lee', 'Bo Chen'])
    expect([v.errorRows, v.warningRows, v.dataRows]).toEqual([3, 1, 6])
  })

  it('file rejection blocks on any error; line rejection runs the valid rows', async () => {
    const v = await validate(CSV, port())
    expect(runnableCount(v, 'file')).toBe(0)
    expect(runnableCount(v, 'line')).toBe(2)
    const clean = await validate('action,customerId\nremove,1\nremove,5\nremove,1\n', port())
    expect(runnableCount(clean, 'file')).toBe(2)
  })

  it('writes an injection-safe error report with the original columns', async () => {
    const v = await validate(CSV, port())
    const report = await buildErrorReportCsv(CSV, v.problems)
    expect(report).toBe(
      [
        'action,customerId,note,error',
        'remove,2,"has loans, two",Linked to 2 loans; unlink them in LoanPro first.',
        "remove,3,'=cmd(),No customer with this id in the tenant.",
        'add,4,,"Action ""add"" is not supported here; use LoanPro\'s import for adding or updating."',
        'remove,1,again,Warning: Customer 1 also appears on line 2; it is removed once.',
        '',
      ].join('\r\n'),
    )
  })

  it('looks 100,000 ids up in at most 100 calls, 2 at a time, despite short answers', async () => {
    const tenant = new FakeTenantPort()
    const random = seededRandom(18)
    // 30 % of answers cut at a random point, as LoanPro may (and the strict fake does).
    tenant.keepRows = (rows) =>
      rows > 1 && random() < 0.3 ? 1 + Math.floor(random() * (rows - 1)) : null
    let inFlight = 0
    let maxInFlight = 0
    const lookup = tenant.lookupCustomers.bind(tenant)
    tenant.lookupCustomers = async (ids) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      try {
        return await lookup(ids)
      } finally {
        inFlight--
      }
    }
    for (let id = 1; id <= 100_000; id += 2) tenant.add(id)
    const ids = Uint32Array.from({ length: 100_000 }, (_, i) => i + 1)
    const result = await lookupTenantCustomers(tenant, ids, { clock: fakeClock() })
    expect(tenant.lookupBatches.length).toBeLessThanOrEqual(100)
    expect(Math.max(...tenant.lookupBatches.map((b) => b.length))).toBe(LOOKUP_BATCH_SIZE)
    expect(maxInFlight).toBe(2)
    expect(result.exists.reduce((sum, x) => sum + x, 0)).toBe(50_000)
  })

  it('retries a failing look-up, then reports the failure; aborts when asked', async () => {
    const tenant = new FakeTenantPort().add(1)
    tenant.lookupFails = true
    const clock = fakeClock()
    await expect(
      lookupTenantCustomers(tenant, Uint32Array.of(1), { clock }),
    ).rejects.toBeInstanceOf(LoanProError)
    expect(tenant.lookupBatches).toHaveLength(3)
    const controller = new AbortController()
    controller.abort()
    await expect(
      lookupTenantCustomers(tenant, Uint32Array.of(1), { clock, signal: controller.signal }),
    ).rejects.toThrow()
  })
})
