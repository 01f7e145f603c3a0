import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** 3×10⁸ additions in a fresh Node process, timed inside it (its start-up is not counted). */
const LOOP = `
const t = performance.now()
let s = 0
for (let i = 0; i < 3e8; i++) s += i
process.stdout.write(String((performance.now() - t) / 1000) + ' ' + String(s > 0))
`

/**
 * How busy the machine is, as one number: the seconds a fixed busy loop takes (lower is
 * quieter). These machines share their CPUs, and the same code's ratios move with it, so a run
 * records it before and after its measurements: "met on a quiet machine" can then be checked.
 */
export async function busyLoopSeconds(): Promise<number> {
  const { stdout } = await run(process.execPath, ['-e', LOOP])
  const seconds = Number(stdout.split(' ')[0])
  if (!Number.isFinite(seconds)) throw new Error(`The CPU probe printed "${stdout}".`)
  return seconds
}
