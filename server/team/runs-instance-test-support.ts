// Test support: one server instance's run worker as its own process, as `npm start` runs it in
// team mode (config from the same variables). The failover test starts two and kills one.
import { readConfig } from '../config.ts'
import { openDb } from './db.ts'
import { startRunWorker } from './runs-start.ts'

const log = (line: string) => process.stdout.write(`${line}\n`)
const { config } = readConfig(process.env)
if (!config.proxy) throw new Error('LOANPRO_* variables are needed.')
const db = await openDb({ dataDir: 'unused', databaseUrl: process.env.DATABASE_URL })
const worker = startRunWorker(db, config.proxy, process.env, log)
log('run worker ready')
process.once(
  'SIGTERM',
  () =>
    void worker
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0)),
)
