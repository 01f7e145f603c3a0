// Test support: one team-mode server instance as its own process: the production app (with
// /api/runs) and its run worker, configured from the same variables as `npm start`. Sign-in is
// not part of this process: the test names its user in a header, which only this test entry
// point reads (the production server never imports this file).
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { buildApp } from '../app.ts'
import { readConfig } from '../config.ts'
import { openDb } from './db.ts'
import { startRunWorker } from './runs-start.ts'
import type { TeamUser } from './team-user.ts'

const log = (line: string) => process.stdout.write(`${line}\n`)
const { config } = readConfig(process.env)
if (!config.proxy) throw new Error('LOANPRO_* variables are needed.')
const db = await openDb({ dataDir: 'unused', databaseUrl: process.env.DATABASE_URL })
const worker = startRunWorker(db, config.proxy, process.env, log)
// This instance serves runs, not pages: a folder that is never created (pages answer 503), so a
// killed instance leaves nothing behind in the temp folder.
const distDir = path.join(tmpdir(), `cm-no-dist-${String(process.pid)}`)
const app = buildApp({ config, distDir, log, db, runs: worker })
const outer = new Hono()
outer.use(async (c, next) => {
  const user = c.req.header('x-test-user')
  if (user) c.set('teamUser', JSON.parse(user) as TeamUser)
  await next()
})
outer.route('/', app)
serve({ fetch: outer.fetch, port: config.port, hostname: '127.0.0.1' }, () =>
  log('run worker ready'),
)
