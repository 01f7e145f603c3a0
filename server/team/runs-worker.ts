// Works off server runs with the browser's removal engine. A run is taken by one instance at a
// time through a lease in the database (claimed with FOR UPDATE SKIP LOCKED, renewed while the
// instance lives). When an instance dies its lease runs out and another instance takes the run
// over: the engine then looks up every row journaled 'sent' without an answer (a plain GET)
// before anything is sent again, so no confirmed customer is deleted twice.
import {
  systemClock,
  type EngineClock,
} from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import { RemovalRun } from '../../src/features/customer-import/engine/removal-run.ts'
import type { RetryPolicy } from '../../src/features/customer-import/engine/retry-policy.ts'
import { isLoanProError } from '../../src/api/loanpro-error.ts'
import type { ProxyConfig } from '../config.ts'
import type { UpstreamTransport } from '../proxy.ts'
import type { Db } from './db.ts'
import {
  DEFAULT_AUTO_RESUME,
  PAUSE_AFTER_TRANSIENT,
  scheduleAutoResume,
  type AutoResumeOptions,
} from './runs-auto-resume.ts'
import { cancelUnsentRun } from './runs-cancel.ts'
import { DbRunJournal } from './runs-journal.ts'
import { budgetKey, RateBudget, type RateBudgetOptions } from './runs-rate-budget.ts'
import { serverTenantPort } from './runs-tenant-port.ts'
import type { TeamUser } from './team-user.ts'

export interface RunWorkerOptions {
  db: Db
  proxy: ProxyConfig
  /** This instance's name in leases (unique per process). */
  instance: string
  budget: RateBudgetOptions
  /** How long a lease lasts without renewal: the time before a dead instance's run moves. */
  leaseMs?: number
  /** How often leases are renewed and free runs looked for. */
  pollMs?: number
  /** DELETEs in flight per run. */
  concurrency?: number
  /** Runs one instance works at once. */
  maxRuns?: number
  transport?: UpstreamTransport
  clock?: EngineClock
  /** The engine's retry policy (tests shorten it); pauseAfterTransient defaults to 8. */
  retry?: Partial<RetryPolicy>
  /** When a run paused by a 429 or an outage resumes on its own. */
  autoResume?: AutoResumeOptions
  log: (line: string) => void
}

export function readRunWorkerEnv(env: Record<string, string | undefined>) {
  const num = (value: string | undefined, fallback: number) => {
    const n = Number(value)
    return value && Number.isFinite(n) && n > 0 ? n : fallback
  }
  return {
    leaseMs: num(env.RUN_LEASE_MS, 30_000),
    pollMs: num(env.RUN_POLL_MS, 2_000),
    concurrency: num(env.RUN_CONCURRENCY, 4),
  }
}

/** A run this instance works. */
class Held {
  run: RemovalRun | null = null
  cancelled = false
  private letGo: () => void = () => undefined
  /** Resolves when this instance must stop working the run: lease lost, or shutting down. */
  readonly gone = new Promise<void>((resolve) => (this.letGo = resolve))

  /** Stops sending now (in-flight requests are aborted); the journal has the rest. */
  drop(): void {
    this.run?.dispose()
    this.letGo()
  }
}

export class RunWorker {
  private readonly held = new Map<string, Held>()
  private timer: ReturnType<typeof setInterval> | null = null
  private ticking = false
  private stopped = false
  private readonly leaseMs: number
  private readonly budget: RateBudget

  constructor(private readonly options: RunWorkerOptions) {
    this.leaseMs = options.leaseMs ?? 30_000
    const clock = options.clock ?? systemClock
    this.budget = new RateBudget(options.db, budgetKey(options.proxy.token), options.budget, clock)
  }

  /** Runs this instance works now. */
  get runs(): string[] {
    return [...this.held.keys()]
  }

  start(): void {
    const pollMs = this.options.pollMs ?? 2_000
    this.timer = setInterval(() => this.kick(), pollMs)
    this.kick()
  }

  /** Renews leases, passes on cancel requests and takes free runs, now (e.g. after a POST). */
  kick(): void {
    if (this.ticking || this.stopped) return
    this.ticking = true
    this.tick()
      .catch((error: unknown) => this.options.log(`Server runs: ${String(error)}`))
      .finally(() => (this.ticking = false))
  }

  /** Stops working runs and frees their leases, so another instance takes them at once. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    for (const [id, held] of this.held) {
      held.drop()
      await this.release(id).catch(() => undefined)
    }
    this.held.clear()
  }

  private async tick(): Promise<void> {
    const { db, instance } = this.options
    for (const [id, held] of this.held) {
      // A lease that lapsed is not renewed, even if nobody took it: this instance may have
      // stalled past it, so the run restarts from its journal (here or elsewhere).
      const { rows } = await db.query<{ cancel_requested: boolean }>(
        `UPDATE runs SET lease_until = now() + $3::float8 * interval '1 millisecond'
         WHERE id = $1 AND lease_owner = $2 AND lease_until > now() RETURNING cancel_requested`,
        [id, instance, this.leaseMs],
      )
      if (rows.length === 0) {
        this.options.log(`Server runs: the lease on run ${id} lapsed; stopped working it.`)
        held.drop()
        this.held.delete(id)
      } else if (rows[0]?.cancel_requested && !held.cancelled) {
        held.cancelled = true
        held.run?.cancel()
      }
    }
    while (!this.stopped && this.held.size < (this.options.maxRuns ?? 2)) {
      const claimed = await this.claim()
      if (!claimed) break
      const held = new Held()
      this.held.set(claimed.id, held)
      void this.work(claimed.id, claimed.starter, claimed.cancel, held)
    }
  }

  private async claim(): Promise<{ id: string; starter: TeamUser; cancel: boolean } | null> {
    const { rows } = await this.options.db.query<{
      id: string
      starter: TeamUser
      cancel_requested: boolean
    }>(
      // A paused run is taken to be cancelled, or when its automatic resume is due.
      `UPDATE runs SET lease_owner = $1,
         lease_until = now() + $2::float8 * interval '1 millisecond',
         status = CASE WHEN cancel_requested THEN status ELSE 'running' END,
         record = CASE WHEN cancel_requested OR status = 'running' THEN record
           ELSE record || '{"status": "running", "pauseReason": null}'::jsonb END,
         resume_at = NULL
       WHERE id = (
         SELECT id FROM runs
         WHERE (status = 'running' OR (status = 'paused' AND cancel_requested)
             OR (status = 'paused' AND resume_at <= now()))
           AND (lease_until IS NULL OR lease_until < now())
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, starter, cancel_requested`,
      [this.options.instance, this.leaseMs],
    )
    const row = rows[0]
    return row ? { id: row.id, starter: row.starter, cancel: row.cancel_requested } : null
  }

  private async work(id: string, starter: TeamUser, cancel: boolean, held: Held): Promise<void> {
    const { db, proxy, instance, log } = this.options
    try {
      log(`Server runs: ${instance} works run ${id}.`)
      const journal = new DbRunJournal(db, instance)
      const tenant = serverTenantPort({
        db,
        proxy,
        budget: this.budget,
        runId: id,
        starter,
        transport: this.options.transport,
        log,
        lease: { instance, marginMs: this.leaseMs / 3, onLapse: () => held.drop() },
      })
      // The wait LoanPro last asked for (Retry-After), for a run paused by its 429s.
      let retryAfterMs: number | undefined
      const port = {
        ...tenant,
        deleteCustomer: (customerId: number, signal?: AbortSignal) =>
          tenant.deleteCustomer(customerId, signal).catch((error: unknown) => {
            if (isLoanProError(error) && error.kind === 'rate-limited') {
              retryAfterMs = error.retryAfterMs
            }
            throw error
          }),
      }
      const deps = {
        port,
        journal,
        clock: this.options.clock ?? systemClock,
        concurrency: this.options.concurrency ?? 4,
        retry: { pauseAfterTransient: PAUSE_AFTER_TRANSIENT, ...this.options.retry },
      }
      if (cancel) {
        // Asked to cancel before this instance sent anything: nothing more is sent.
        await cancelUnsentRun(journal, port, id)
        log(`Server runs: run ${id} cancelled on ${instance}.`)
        return
      }
      const run = await RemovalRun.resume(deps, id)
      held.run = run
      if (this.stopped || this.held.get(id) !== held) return run.dispose()
      // A cancel asked while the rows sent without an answer were being looked up.
      if (held.cancelled) run.cancel()
      const end = await Promise.race([run.whenSettled(), held.gone.then(() => null)])
      if (!end) return log(`Server runs: ${instance} let go of run ${id}.`)
      if (end.status === 'paused') {
        const wait = await scheduleAutoResume(
          db,
          { id, instance, done: end.done, reason: end.pauseReason },
          retryAfterMs,
          this.options.autoResume ?? DEFAULT_AUTO_RESUME,
        )
        const when = wait === null ? 'waits for a person' : `resumes in ${String(wait)} ms`
        return log(`Server runs: run ${id} paused (${end.pauseReason ?? 'asked'}); ${when}.`)
      }
      if (end.status === 'completed' || end.status === 'cancelled') {
        // A run found finished on opening (all rows journaled) still says 'running'.
        const stored = await journal.loadRun(id)
        if (stored && stored.run.status !== end.status) {
          const finishedAt = stored.run.finishedAt ?? Date.now()
          await journal.write({ ...stored.run, status: end.status, finishedAt }, [])
        }
      }
      log(`Server runs: run ${id} ${end.status} on ${instance}.`)
    } catch (error) {
      log(`Server runs: run ${id} stopped on ${instance}: ${String(error)}`)
    } finally {
      // Unless this instance took the run again meanwhile, its lease (if still its) is freed.
      const now = this.held.get(id)
      if (now === held) this.held.delete(id)
      if (now === held || now === undefined) await this.release(id).catch(() => undefined)
    }
  }

  private async release(id: string): Promise<void> {
    await this.options.db.query(
      'UPDATE runs SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2',
      [id, this.options.instance],
    )
  }
}
