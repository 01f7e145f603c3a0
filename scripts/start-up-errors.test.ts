import { spawn } from 'node:child_process'
import net from 'node:net'
import { describe, expect, it } from 'vitest'

// What a person sees when a server cannot start: one clear line, no stack trace.
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGTERM'), 15_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe('start-up errors', () => {
  it('npm start refuses a short token with a clear message', async () => {
    const { code, output } = await run(['server/main.ts'], {
      CM_SKIP_BUILD: '1',
      PORT: '0',
      LOANPRO_API_BASE: 'https://tenant.example/api/public/api/1/',
      LOANPRO_TENANT_ID: '5200000',
      LOANPRO_API_TOKEN: 'T',
    })
    expect(code).toBe(1)
    expect(output).toContain('LOANPRO_API_TOKEN is shorter than 16 characters')
  })

  it('the fake server refuses a short --token', async () => {
    const { code, output } = await run(['scripts/fake-server.ts', '--port', '0', '--token', 'T'])
    expect(code).toBe(1)
    expect(output).toContain('--token must be at least 16 characters')
  })

  it('npm run dev on a busy port says so before starting Vite', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, 'localhost', resolve))
    const port = String((blocker.address() as net.AddressInfo).port)
    const { code, output } = await run(['scripts/dev.mjs', '--port', port], {
      npm_lifecycle_event: 'dev',
    })
    blocker.close()
    expect(code).toBe(1)
    expect(output).toContain(`Port ${port} is already in use`)
    expect(output).toContain('npm run dev -- --port')
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /)
  })

  it('a busy port names the port and how to choose another, without a stack trace', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = String((blocker.address() as net.AddressInfo).port)
    const { code, output } = await run(['scripts/fake-server.ts', '--port', port, '--count', '10'])
    blocker.close()
    expect(code).toBe(1)
    expect(output).toContain(`Port ${port} is already in use`)
    expect(output).toContain('FAKE_PORT=')
    expect(output).toContain('--port')
    expect(output).not.toMatch(/EADDRINUSE|\n\s+at /)
  })
})
