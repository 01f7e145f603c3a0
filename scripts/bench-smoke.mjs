// Quick check that the benchmark still runs end to end: tiny sizes, one run each. It took
// 142 s beside the other test-all lanes on a busy machine: hence the generous limit.
// Fails when a step breaks (a figure could not be measured), never on a missed target.
// Real figures: `npm run bench` (not part of CI).
import { spawnSync } from 'node:child_process'

const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
  stdio: 'inherit',
  timeout: 300_000,
})
if (result.error) console.error(`bench smoke could not run: ${result.error.message}`)
process.exit(result.status ?? 1)
