import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

// Picks free ports once per run. Playwright loads the config again in every worker, so the
// picks live in environment variables, which the workers inherit from the runner.
const PICK = `
const net = require('node:net')
const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer())
let left = servers.length
for (const s of servers) s.listen(0, '127.0.0.1', () => {
  if (--left > 0) return
  console.log(servers.map((x) => x.address().port).join(','))
  for (const x of servers) x.close()
})`

/** Free ports on 127.0.0.1 under the given names, the same ones in the runner and its workers. */
export function freePorts<const N extends string>(
  prefix: string,
  names: readonly N[],
): Record<N, number> {
  const keys = names.map((name) => `CM_E2E_${prefix}_${name}_PORT`)
  if (keys.some((key) => !process.env[key])) {
    const picked = execFileSync(process.execPath, ['-e', PICK, String(names.length)], {
      encoding: 'utf8',
    })
      .trim()
      .split(',')
    keys.forEach((key, index) => (process.env[key] = picked[index]))
  }
  return Object.fromEntries(
    names.map((name, i) => [name, Number(process.env[keys[i] ?? ''])]),
  ) as Record<N, number>
}

/**
 * A label for the servers this run starts (passed to them as CM_INSTANCE, which they repeat in
 * a header): the global setup refuses any server that does not carry it.
 */
export function runInstance(prefix: string): string {
  const key = `CM_E2E_${prefix}_INSTANCE`
  process.env[key] ??= `${prefix.toLowerCase()}-${randomBytes(8).toString('hex')}`
  return process.env[key]
}
