import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import { needsBuild, runBuild } from './build-if-needed.ts'
import { ConfigError, readConfig } from './config.ts'

// Entry point for `npm start`: build when stale, serve dist/, proxy LoanPro when configured.
const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const log = (line: string) => process.stdout.write(`${line}\n`)

async function main(): Promise<void> {
  let result
  try {
    result = readConfig(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`Configuration error: ${error.message}\n`)
    process.exit(1)
  }
  const { config, warnings } = result
  for (const warning of warnings) process.stderr.write(`Warning: ${warning}\n`)

  // CM_SKIP_BUILD: the caller built dist/ itself (tests, screenshots) and wants exactly that served.
  if (!process.env.CM_SKIP_BUILD && (await needsBuild(projectRoot))) {
    log('Building the app (dist/ is missing or older than the sources)...')
    await runBuild(projectRoot)
  }

  const app = buildApp({ config, distDir: path.join(projectRoot, 'dist'), log })
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
    const mode = config.proxy
      ? `proxy to ${new URL(config.proxy.apiBase).host} (tenant ${config.proxy.tenantId})`
      : 'demo (no LoanPro tenant configured on the server)'
    log(`Customer Manager on http://${host}:${String(info.port)}/ - mode: ${mode}`)
  })

  const shutdown = (signal: string) => {
    log(`${signal} received, closing the server...`)
    server.close(() => process.exit(0))
    // Keep-alive connections could hold close() open; do not hang forever.
    setTimeout(() => process.exit(0), 5000).unref()
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Server failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
