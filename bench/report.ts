import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Figure } from './lib/figure.ts'
import type { BenchSettings } from './lib/modes.ts'

export interface BenchReport {
  date: string
  mode: BenchSettings['mode']
  settings: BenchSettings
  machine: {
    cpus: number
    cpuModel: string
    node: string
    chromium: string
    /** lib/cpu-probe.ts before and after the measurements (not taken in smoke runs). */
    busyLoopSeconds?: { before: number; after: number }
  }
  durationSeconds: number
  figures: Figure[]
  /** Markdown printed after the main table (e.g. the app ÷ floor ratio table). */
  sections?: string[]
}

const metCell = (met: boolean | null) => (met === null ? '–' : met ? 'yes' : 'NO')
/** Smoke sizes are too small to judge against the targets: the run only proves the steps work. */
export const SMOKE_VERDICT = 'smoke: figures not judged'
const cell = (text: string) => text.replace(/\|/g, '\\|')

export function toMarkdown(report: BenchReport): string {
  const { machine } = report
  const smoke = report.mode === 'smoke'
  const lines = [
    `# Benchmark results (${report.mode})`,
    '',
    `${report.date}; ${String(machine.cpus)} × ${machine.cpuModel}; Node ${machine.node}; ` +
      `Chromium ${machine.chromium}; ${report.durationSeconds.toFixed(0)} s in all. ` +
      busyLoopText(machine.busyLoopSeconds) +
      'Timed figures: median (min–max, runs).',
    '',
    '| figure | result | target | met? | notes |',
    '|---|---|---|---|---|',
    ...report.figures.map(
      (f) =>
        `| ${cell(f.label)} | ${cell(f.result)} | ${cell(f.target)} | ${smoke ? '–' : metCell(f.met)} | ${cell(f.note ?? '')} |`,
    ),
    '',
    ...(report.sections ?? []),
  ]
  if (smoke) lines.push(`${SMOKE_VERDICT}.`)
  const missed = smoke ? [] : report.figures.filter((f) => f.met === false)
  const unmeasured = report.figures.filter((f) => f.result === 'not measured')
  if (missed.length > 0) lines.push(`Missed: ${missed.map((f) => f.id).join(', ')}.`)
  if (unmeasured.length > 0) lines.push(`Not measured: ${unmeasured.map((f) => f.id).join(', ')}.`)
  return `${lines.join('\n')}\n`
}

/** How busy the machine was (lib/cpu-probe.ts): the same code's ratios move with it. */
function busyLoopText(busy: BenchReport['machine']['busyLoopSeconds']): string {
  if (!busy) return ''
  const seconds = (value: number) => `${value.toFixed(2)} s`
  return (
    `Machine load: a busy loop of 3×10⁸ additions in Node took ${seconds(busy.before)} ` +
    `before the measurements and ${seconds(busy.after)} after (lower is quieter). `
  )
}

/** latest.json + latest.md in bench/results (a smoke run writes to a temp folder instead). */
export async function writeReport(report: BenchReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const json = path.join(dir, 'latest.json')
  const md = path.join(dir, 'latest.md')
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(md, toMarkdown(report))
  return [json, md]
}

export function machineInfo(chromium: string): BenchReport['machine'] {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    chromium,
  }
}
