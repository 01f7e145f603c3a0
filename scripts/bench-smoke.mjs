// Fast check (< 60 s) that the benchmark still runs end to end: tiny sizes, one run each.
// Fails when a step breaks (a figure could not be measured), never on a missed target.
// Real figures: `npm run bench` (not part of CI).
import { spawnSync } from 'node:child_process'

const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
  stdio: 'inherit',
  timeout: 150_000,
})
if (result.error) console.error(`bench smoke could not run: ${result.error.message}`)
process.exit(result.status ?? 1)
