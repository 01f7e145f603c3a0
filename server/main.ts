import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import { needsBuild, runBuild } from './build-if-needed.ts'
import { ConfigError } from './config-error.ts'
import { readConfig } from './config.ts'
import { portInUseMessage } from './port-in-use.ts'
import { openDb, readStorageConfig, type Db } from './team/db.ts'
import { startRunWorker } from './team/runs-start.ts'

// Entry point for `npm start` (compiled to dist-server/main.js): serve dist/, proxy LoanPro when
// configured. Rebuilds a stale dist/ only where the build tools are installed (not after
// `npm ci --omit=dev`, where the build made earlier is served).
const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const log = (line: string) => process.stdout.write(`${line}\n`)
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: false })
  const env = { ...process.env }
  if (typeof values.port === 'string') env.PORT = values.port
  let result
  try {
    result = readConfig(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return fail(`Configuration error: ${error.message}`)
  }
  const { config, warnings } = result
  for (const warning of warnings) process.stderr.write(`Warning: ${warning}\n`)

  const buildTools = existsSync(path.join(projectRoot, 'node_modules', 'vite'))
  // CM_SKIP_BUILD: the caller built dist/ itself (tests, screenshots) and wants exactly that served.
  if (!process.env.CM_SKIP_BUILD && buildTools && (await needsBuild(projectRoot))) {
    log('Building the app (dist/ is missing or older than the sources)...')
    await runBuild(projectRoot)
  }
  if (!existsSync(path.join(projectRoot, 'dist', 'index.html'))) {
    fail('The app has not been built: run `npm run build` (it needs the dev dependencies) first.')
  }

  const db = config.team ? await openTeamDb(env) : undefined
  // Team mode works server runs: each instance takes runs no other instance holds.
  const runs = db && config.proxy ? startRunWorker(db, config.proxy, env, log) : undefined
  const app = buildApp({ config, distDir: path.join(projectRoot, 'dist'), log, db, runs })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
    const mode = config.proxy
      ? `proxy to ${new URL(config.proxy.apiBase).host} (tenant ${config.proxy.tenantId})`
      : 'demo (no LoanPro tenant configured on the server)'
    const team = config.team ? `, team sign-in via ${config.team.issuer.host}` : ''
    log(`Customer Manager on http://${host}:${String(info.port)}/ - mode: ${mode}${team}`)
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(portInUseMessage(config.port, 'npm start'))
    fail(`Server failed: ${error.message}`)
  })

  const shutdown = (signal: string) => {
    log(`${signal} received, closing the server...`)
    server.close(
      () =>
        void (runs?.stop() ?? Promise.resolve())
          .then(() => db?.close())
          .finally(() => process.exit(0)),
    )
    // Keep-alive connections could hold close() open; do not hang forever.
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

/**
 * Team mode (sign-in configured, with a tenant) keeps its audit log in a database: PGlite in
 * DATA_DIR (default ./data, beside package.json), or PostgreSQL when DATABASE_URL is set.
 */
async function openTeamDb(env: Record<string, string | undefined>): Promise<Db> {
  const storage = readStorageConfig(env)
  const dataDir = path.resolve(projectRoot, storage.dataDir)
  const db = await openDb({ ...storage, dataDir })
  log(
    db.engine === 'postgres'
      ? 'Audit log: PostgreSQL (DATABASE_URL).'
      : `Audit log: embedded database in ${dataDir}.`,
  )
  return db
}

main().catch((error: unknown) => {
  fail(`Server failed to start: ${error instanceof Error ? error.message : String(error)}`)
})
