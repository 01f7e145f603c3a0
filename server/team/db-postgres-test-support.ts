// Test support: a throwaway PostgreSQL cluster in a temp folder, on loopback and a free port.
// Needs PostgreSQL's server binaries (Debian: apt-get install postgresql). initdb refuses to
// run as root, so as root the cluster belongs to `nobody`.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const debian = '/usr/lib/postgresql'
  const versions = existsSync(debian) ? readdirSync(debian).sort().reverse() : []
  const candidates = [
    process.env.PG_BIN,
    '/usr/local/bin',
    ...versions.map((version) => path.join(debian, version, 'bin')),
    '/usr/bin',
  ]
  for (const dir of candidates) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) {
      return dir
    }
  }
  return null
}

export const POSTGRES_MISSING =
  'PostgreSQL server binaries (initdb, pg_ctl) not found: install them ' +
  '(apt-get install -y --no-install-recommends postgresql) or set PG_BIN to their folder.'

/** A port free on loopback right now (for the test's own servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface TestPostgres {
  url: string
  stop: () => Promise<void>
}

export async function startTestPostgres(bin: string): Promise<TestPostgres> {
  const root = await mkdtemp(path.join(tmpdir(), 'cm-pg-'))
  const data = path.join(root, 'data')
  const asRoot = process.getuid?.() === 0
  if (asRoot) await chown(root, 65534, 65534)
  const as = (file: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'nobody', '--', path.join(bin, file), ...args], { cwd: root })
      : run(path.join(bin, file), args, { cwd: root })
  const port = await freePort()
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
  const options = `-p ${String(port)} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`
  await as('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'log'), '-w', 'start'])
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    stop: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})
      await rm(root, { recursive: true, force: true })
    },
  }
}
