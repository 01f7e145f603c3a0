// @vitest-environment node
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from './build.ts'

/** Whether anything still answers at `origin`. */
async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/__fake/requests`, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

describe('the bench fake tenant', () => {
  it('stops when the process that started it dies of an error', async () => {
    // A bench script that starts a tenant and then crashes before it can stop it.
    const script =
      "import { startFakeTenant } from './bench/lib/fake-tenant.ts'\n" +
      'const tenant = await startFakeTenant(10, 0)\n' +
      "console.log('ORIGIN ' + tenant.origin)\n" +
      "throw new Error('the bench broke')\n"
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise((resolve) => child.once('exit', resolve))
    const origin = /ORIGIN (\S+)/.exec(output)?.[1]
    expect(origin, output).toBeDefined()
    expect(output).toContain('the bench broke')
    // The tenant's process goes with it (give SIGTERM a moment).
    let alive = true
    for (let tries = 0; tries < 50 && alive; tries++) {
      alive = await answers(origin ?? '')
      if (alive) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(alive).toBe(false)
  })
})
