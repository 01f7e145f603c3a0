import type { Migration } from '../db-migrations.ts'

/**
 * A server run paused by a tenant that kept refusing (429) or failing (5xx, no answer) resumes
 * on its own at `resume_at`. `auto_pauses` counts such pauses in a row without progress
 * (`auto_pause_done`: rows done at the last one); past a bound the run waits for a person.
 */
export const RUN_AUTO_RESUME_MIGRATION: Migration = {
  id: 4,
  name: 'server runs resume on their own after a transient pause',
  sql: `
ALTER TABLE runs ADD COLUMN resume_at timestamptz;
ALTER TABLE runs ADD COLUMN auto_pauses integer NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN auto_pause_done integer NOT NULL DEFAULT 0;
CREATE INDEX runs_resumable ON runs (resume_at) WHERE status = 'paused';
`,
}
