import { describe, expect, it } from 'vitest'
import type { Figure } from './lib/figure.ts'
import { SMOKE_VERDICT, toMarkdown, type BenchReport } from './report.ts'

const figure = (met: boolean): Figure => ({
  id: 'first-row',
  label: 'First row',
  result: '2.0 s',
  target: '≤ 1.0 s',
  met,
  value: 2,
})

const report = (mode: BenchReport['mode']): BenchReport => ({
  date: '2026-01-01T00:00:00Z',
  mode,
  settings: {} as BenchReport['settings'],
  machine: { cpus: 2, cpuModel: 'cpu', node: 'v20', chromium: '1' },
  durationSeconds: 1,
  figures: [figure(false)],
})

describe('bench report', () => {
  it('does not judge smoke figures: no NO, no Missed', () => {
    const text = toMarkdown(report('smoke'))
    expect(text).toContain(SMOKE_VERDICT)
    expect(text).not.toContain('NO')
    expect(text).not.toContain('Missed')
  })

  it('judges a full run against the targets', () => {
    const text = toMarkdown(report('full'))
    expect(text).toContain('| NO |')
    expect(text).toContain('Missed: first-row.')
    expect(text).not.toContain(SMOKE_VERDICT)
  })

  it('says how busy the machine was, when the run measured it', () => {
    const busy = report('full')
    busy.machine.busyLoopSeconds = { before: 1.567, after: 1.8 }
    expect(toMarkdown(busy)).toContain(
      'a busy loop of 3×10⁸ additions in Node took 1.57 s before the measurements and 1.80 s after',
    )
    expect(toMarkdown(report('full'))).not.toContain('busy loop')
  })
})
