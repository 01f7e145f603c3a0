import { createHash } from 'node:crypto'
import { access, cp, readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { PROJECT_ROOT, runCommand } from './build.ts'

/**
 * The floor: `../shared/bench-floor`, a minimal app on the same pinned stack (its README).
 * That folder is read-only, so it is copied to a temp folder keyed by its content, installed
 * there from its own lockfile (`npm ci`) and built; a later run with the same floor reuses it.
 */
export const FLOOR_SOURCE =
  process.env.BENCH_FLOOR_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'bench-floor')

async function feedTree(dir: string, hash: ReturnType<typeof createHash>): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue
    const full = path.join(dir, entry.name)
    hash.update(entry.name)
    if (entry.isDirectory()) await feedTree(full, hash)
    else hash.update(await readFile(full))
  }
}

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256')
  await feedTree(dir, hash)
  return hash.digest('hex').slice(0, 12)
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/** Builds the floor (installing it first when needed) and returns its dist folder. */
export async function buildFloor(log: (line: string) => void): Promise<string> {
  if (!(await exists(path.join(FLOOR_SOURCE, 'package-lock.json')))) {
    throw new Error(`No floor app at ${FLOOR_SOURCE} (set BENCH_FLOOR_DIR).`)
  }
  const work = path.join(os.tmpdir(), `cm-bench-floor-${await hashTree(FLOOR_SOURCE)}`)
  if (!(await exists(path.join(work, 'node_modules', 'vite', 'bin', 'vite.js')))) {
    log(`installing the floor in ${work} (npm ci)…`)
    await cp(FLOOR_SOURCE, work, {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}node_modules`),
    })
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    await runCommand(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], work)
  }
  const outDir = path.join(work, 'dist')
  await runCommand(
    process.execPath,
    [
      path.join(work, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    work,
  )
  return outDir
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

export interface StaticServer {
  origin: string
  stop(): Promise<void>
}

/**
 * Serves a built SPA like the production server does (gzip, index.html for unknown paths),
 * so the floor pays the same transfer costs as the app.
 */
export async function serveStatic(distDir: string): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; type: string }>()
  const load = async (relative: string) => {
    const file = path.join(distDir, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''))
    if (!cache.has(file)) {
      const raw = await readFile(file)
      cache.set(file, { body: gzipSync(raw), type: TYPES[path.extname(file)] ?? 'text/plain' })
    }
    return cache.get(file)
  }
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    const wanted = pathname.startsWith('/assets/') ? pathname.slice(1) : 'index.html'
    load(wanted)
      .catch(() => (wanted === 'index.html' ? undefined : load('index.html')))
      .then((file) => {
        if (!file) throw new Error('missing')
        res.writeHead(200, {
          'Content-Type': file.type,
          'Content-Encoding': 'gzip',
          'Cache-Control': wanted === 'index.html' ? 'no-cache' : 'public, max-age=31536000',
        })
        res.end(file.body)
      })
      .catch(() => {
        res.writeHead(404)
        res.end()
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
