import type { Migration } from '../db-migrations.ts'

/**
 * Server-side removal runs. `runs` holds each run's record and plan (the engine's RunRecord
 * and RunPlan, as JSON) and its lease: the instance working a run holds `lease_owner` until
 * `lease_until`, renewed while it lives; a run whose lease ran out is taken by another
 * instance. `run_rows` is the engine's journal of row outcomes ('sent' is written before the
 * DELETE goes out). `rate_budget` is one token bucket per tenant token, shared by instances.
 */
export const RUNS_MIGRATION: Migration = {
  id: 2,
  name: 'server-side runs',
  sql: `
CREATE TABLE runs (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  starter jsonb NOT NULL,
  status text NOT NULL,
  record jsonb NOT NULL,
  plan jsonb NOT NULL,
  cancel_requested boolean NOT NULL DEFAULT false,
  lease_owner text,
  lease_until timestamptz
);
CREATE INDEX runs_claimable ON runs (created_at) WHERE status = 'running';

CREATE TABLE run_rows (
  run_id text NOT NULL REFERENCES runs (id),
  idx integer NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'sent', 'removed', 'failed', 'skipped')),
  message text NOT NULL,
  attempts integer NOT NULL,
  PRIMARY KEY (run_id, idx)
);

CREATE TABLE rate_budget (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  refilled_at timestamptz NOT NULL
);
`,
}
