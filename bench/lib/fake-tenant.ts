import { spawn, type ChildProcess } from 'node:child_process'
import { PROJECT_ROOT } from './build.ts'

export interface FakeTenant {
  /** e.g. `http://127.0.0.1:40123/api/public/api/1/` */
  baseUrl: string
  origin: string
  token: string
  tenantId: string
  /** Requests the tenant has seen so far (its own log). */
  requestCount(): Promise<number>
  setLatency(ms: number): Promise<void>
  /** Share (0..1) of search answers the fake cuts short (LoanPro's `$top` is a maximum). */
  setShortSearchRate(rate: number): Promise<void>
  stop(): Promise<void>
}

// At least 16 characters: the server refuses shorter tokens.
const TOKEN = 'bench-token-5f1e9c2a7b3d'
const TENANT_ID = '5200000'

/** The standalone fake LoanPro (scripts/fake-server.ts) in its own process, on a free port. */
export async function startFakeTenant(count: number, latencyMs: number): Promise<FakeTenant> {
  const args = ['--import', 'tsx', 'scripts/fake-server.ts', '--port', '0', '--count']
  args.push(String(count), '--latency', String(latencyMs), '--token', TOKEN)
  args.push('--tenant', TENANT_ID, '--seed', '1')
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // A bench that dies of an error (or calls process.exit) before stopping its tenant must not
  // leave it running: each holds 100,000 customers, about 130 MB.
  const stopWithUs = () => child.kill('SIGTERM')
  process.once('exit', stopWithUs)
  child.once('exit', () => process.off('exit', stopWithUs))
  const baseUrl = await waitForLine(child, /Fake LoanPro tenant listening: (\S+)/, 60_000)
  const origin = new URL(baseUrl).origin
  const control = (path: string, init?: RequestInit) => fetch(`${origin}/__fake/${path}`, init)
  return {
    baseUrl,
    origin,
    token: TOKEN,
    tenantId: TENANT_ID,
    async requestCount() {
      const body = (await (await control('requests')).json()) as { requests: unknown[] }
      return body.requests.length
    },
    async setLatency(ms) {
      await control('faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ latencyMs: ms }),
      })
    },
    async setShortSearchRate(rate) {
      await control('strictness', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ shortSearchRate: rate }),
      })
    },
    stop: () => stopChild(child),
  }
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => fail(new Error('The fake tenant did not start in time.')),
      timeoutMs,
    )
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGTERM')
      reject(new Error(`${error.message}\n${output.slice(-1000)}`))
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = pattern.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => fail(new Error(`The fake tenant exited (code ${String(code)}).`)))
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
