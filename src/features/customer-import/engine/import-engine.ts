import { isLoanProError } from '../../../api/loanpro-error'
import { CsvReadError } from './parse/csv-row-stream'
import { precheckCsvFile } from './parse/csv-precheck'
import { buildErrorReportCsv } from './validate/error-report'
import type { ParsedRemovalFile, ParseOptions, ParseProgress } from './parse/parse-removal-csv'
import { parseRemovalFile } from './parse/parse-removal-file'
import type { ValidationType } from './parse/removal-problems'
import { RemovalRun, type PauseReason, type RemovalRunDeps } from './removal-run'
import {
  combineValidation,
  rejectedRows,
  runnableCount,
  type RemovalValidation,
} from './validate/removal-validation'
import { parseSelectedIds, selectionErrorReportCsv } from './parse/selection-plan'
import { lookupTenantCustomers } from './validate/tenant-lookup'
import type { RunPlan } from './run/import-journal'
import type { RunInfo } from './run/run-opening'

export type ImportPhase =
  | 'idle'
  | 'parsing'
  | 'rejected'
  /** Read and checked row by row; waiting for validate() (only with validateOnSelect: false). */
  | 'parsed'
  | 'checking-tenant'
  | 'validated'
  | 'lookup-failed'
  | 'running'

/** Everything the wizard shows before the run; the run has its own store (`run`). */
export interface ImportSnapshot {
  phase: ImportPhase
  /** The file, or for a selection its label and size 0. */
  file: { name: string; size: number } | null
  source: 'file' | 'selection'
  /** Why the file was refused (precheck, unreadable, file rules), or why the look-up failed. */
  message: string | null
  parseProgress: ParseProgress | null
  lookupProgress: { checked: number; total: number } | null
  validationType: ValidationType
  validation: RemovalValidation | null
  /** The parse alone (rows read, row-rule errors), before the tenant check. */
  parsed: { dataRows: number; errorRows: number; ids: number } | null
  /** Rows a run would remove under the current validation type (0 = Run import disabled). */
  runnable: number
  run: RemovalRun | null
}

export interface ImportEngineDeps extends RemovalRunDeps {
  parse?: (file: Blob, options: ParseOptions) => Promise<ParsedRemovalFile>
  /** false: stop at 'parsed' and wait for validate() (the wizard's Validate button). */
  validateOnSelect?: boolean
}

export const NO_DATA_ROWS =
  'The file has a header row but no customer rows. Add one line per customer to remove, e.g. "remove,1042".'

/**
 * Entry point for the wizard: its state machine, choose file → validate → run (parse/,
 * validate/, then a RemovalRun). No React. RemovalRun is the other entry point: one run,
 * started or resumed on its own (the bench, a server).
 */
export class ImportEngine {
  private state: ImportSnapshot = {
    phase: 'idle',
    file: null,
    source: 'file',
    message: null,
    parseProgress: null,
    lookupProgress: null,
    validationType: 'file',
    validation: null,
    parsed: null,
    runnable: 0,
    run: null,
  }
  private readonly listeners = new Set<() => void>()
  private file: Blob | null = null
  private parsed: ParsedRemovalFile | null = null
  private work = new AbortController()
  private starting = false
  /** Settles once runs this engine let go of (a new file chosen) are saved and unlocked. */
  private released: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: ImportEngineDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ImportSnapshot => this.state

  private set(patch: Partial<ImportSnapshot>): void {
    const next = { ...this.state, ...patch }
    next.runnable = next.validation ? runnableCount(next.validation, next.validationType) : 0
    this.state = next
    this.listeners.forEach((listener) => listener())
  }

  /**
   * A new file or selection replaces the run on screen: that run is let go of (paused if it
   * were still going, then unlocked) so that it is offered for resuming or discarding, not lost.
   */
  private letGoOfRun(): void {
    const run = this.state.run
    if (run) this.released = Promise.all([this.released, run.close().catch(() => undefined)])
  }

  /** Resolves once runs replaced by a new file are saved and offered for resuming. */
  runsReleased(): Promise<void> {
    return this.released.then(() => undefined)
  }

  /** Drops the work in progress (and sets a run aside) for a new file or selection. */
  private startOver(
    file: { name: string; size: number },
    source: 'file' | 'selection',
    input: { file: File | null; parsed: ParsedRemovalFile | null },
  ) {
    this.work.abort()
    const work = (this.work = new AbortController())
    this.letGoOfRun()
    this.file = input.file
    this.parsed = input.parsed
    this.set({
      phase: 'parsing',
      file,
      source,
      message: null,
      validation: null,
      parsed: null,
      run: null,
      parseProgress: null,
      lookupProgress: null,
    })
    return work
  }

  /** Prechecks and parses `file` (in a worker), then checks the ids against the tenant. */
  async selectFile(file: File): Promise<void> {
    const work = this.startOver({ name: file.name, size: file.size }, 'file', {
      file,
      parsed: null,
    })
    const precheck = await precheckCsvFile(file, file.name)
    if (work.signal.aborted) return
    if (!precheck.ok) return this.set({ phase: 'rejected', message: precheck.reason })
    try {
      const parse = this.deps.parse ?? parseRemovalFile
      this.parsed = await parse(file, {
        signal: work.signal,
        onProgress: (parseProgress) => this.set({ parseProgress }),
      })
    } catch (error) {
      if (work.signal.aborted) return
      const message = error instanceof CsvReadError ? error.message : 'The file could not be read.'
      return this.set({ phase: 'rejected', message })
    }
    if (this.parsed.fileErrors.length > 0) {
      return this.set({ phase: 'rejected', message: this.parsed.fileErrors.join(' ') })
    }
    if (this.parsed.dataRows === 0) {
      return this.set({ phase: 'rejected', message: NO_DATA_ROWS })
    }
    await this.afterParse()
  }

  /**
   * Already-known customer ids (e.g. a list selection) as a run with source 'selection':
   * the same tenant check, confirmation, journal and history as a file. `label` names it.
   */
  async selectIds(ids: readonly (number | string)[], label: string): Promise<void> {
    this.startOver({ name: label, size: 0 }, 'selection', {
      file: null,
      parsed: parseSelectedIds(ids),
    })
    if (ids.length === 0) {
      return this.set({ phase: 'rejected', message: 'No customers are selected.' })
    }
    await this.afterParse()
  }

  private async afterParse(): Promise<void> {
    const parsed = this.parsed
    if (!parsed) return
    this.set({
      phase: 'parsed',
      parsed: { dataRows: parsed.dataRows, errorRows: parsed.errorRows, ids: parsed.ids.length },
    })
    if (this.deps.validateOnSelect !== false) await this.checkTenant()
  }

  /** The Validate button: checks the parsed ids against the tenant. */
  validate(): Promise<void> {
    return this.checkTenant()
  }

  /** Pass 2 again, after a failed look-up. */
  async checkTenant(): Promise<void> {
    const parsed = this.parsed
    if (!parsed || this.state.phase === 'running' || this.state.phase === 'checking-tenant') return
    const work = this.work
    this.set({
      phase: 'checking-tenant',
      message: null,
      lookupProgress: { checked: 0, total: parsed.ids.length },
    })
    try {
      const lookup = await lookupTenantCustomers(this.deps.port, parsed.ids, {
        clock: this.deps.clock,
        signal: work.signal,
        onProgress: (checked, total) => this.set({ lookupProgress: { checked, total } }),
      })
      this.set({ phase: 'validated', validation: combineValidation(parsed, lookup) })
    } catch (error) {
      if (work.signal.aborted) return
      const reason = isLoanProError(error) ? error.message : 'Unexpected error.'
      this.set({
        phase: 'lookup-failed',
        message: `Could not check the customers in LoanPro: ${reason} Try again.`,
      })
    }
  }

  /** Switching the type re-uses the parse and the look-ups. */
  setValidationType(validationType: ValidationType): void {
    this.set({ validationType })
  }

  errorReportCsv(): Promise<string> {
    const validation = this.state.validation
    if (!validation) return Promise.resolve('')
    if (!this.file) return Promise.resolve(selectionErrorReportCsv(validation.problems))
    return buildErrorReportCsv(this.file, validation.problems)
  }

  /**
   * The run the confirmation is about: the runnable rows (and those rejected at validation),
   * or null when nothing may run. startRun runs it in this tab; team mode sends it to the
   * server instead (the same rows, nothing else).
   */
  plannedRun(): { info: RunInfo; plan: Omit<RunPlan, 'runId'> } | null {
    const { validation, validationType, file, source } = this.state
    if (!validation || this.state.runnable === 0 || this.state.run || this.starting) return null
    const rejected = rejectedRows(validation)
    return {
      info: { fileName: file?.name ?? '', source, validationType, rejected: rejected.length },
      plan: { ids: validation.ids, lines: validation.lines, names: validation.names, rejected },
    }
  }

  /** Starts removing the runnable rows; the UI then follows `snapshot.run`. */
  async startRun(): Promise<RemovalRun | null> {
    const planned = this.plannedRun()
    if (!planned) return null
    this.starting = true
    const run = await RemovalRun.start(this.deps, planned.info, planned.plan).finally(
      () => (this.starting = false),
    )
    this.set({ phase: 'running', run })
    return run
  }

  /** Continues a journaled run (listed by ImportJournal.listUnfinishedRuns). */
  async resumeRun(runId: string): Promise<RemovalRun> {
    const previous = this.state.run
    const run = await RemovalRun.resume(this.deps, runId)
    if (previous && previous !== run) void previous.close()
    this.set({ phase: 'running', run })
    return run
  }

  /**
   * Back to an empty wizard. A run still going is paused (with `reason`) and let go, so it
   * can be resumed later; the promise settles once that is saved.
   */
  reset(reason: PauseReason | null = null): Promise<void> {
    const run = this.state.run
    this.work.abort()
    this.file = null
    this.parsed = null
    this.set({
      phase: 'idle',
      file: null,
      source: 'file',
      message: null,
      validation: null,
      parsed: null,
      parseProgress: null,
      lookupProgress: null,
      run: null,
    })
    return run ? run.close(reason).then(() => undefined) : Promise.resolve()
  }
}
