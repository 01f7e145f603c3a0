// Team mode's run worker for `npm start`, configured from the environment: RUN_CONCURRENCY
// (DELETEs in flight per run), RUN_RATE_PER_SECOND (the tenant token's budget, shared by all
// instances), RUN_LEASE_MS and RUN_POLL_MS (how soon a dead instance's run moves).
import { hostname } from 'node:os'
import type { ProxyConfig } from '../config.ts'
import type { Db } from './db.ts'
import { readRateBudget } from './runs-rate-budget.ts'
import { readRunWorkerEnv, RunWorker } from './runs-worker.ts'

export function startRunWorker(
  db: Db,
  proxy: ProxyConfig,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): RunWorker {
  const suffix = Math.random().toString(36).slice(2, 8)
  const instance = env.CM_RUN_INSTANCE?.trim() || `${hostname()}-${String(process.pid)}-${suffix}`
  const worker = new RunWorker({
    db,
    proxy,
    instance,
    budget: readRateBudget(env),
    ...readRunWorkerEnv(env),
    log,
  })
  worker.start()
  return worker
}
