import type { Migration } from '../db-migrations.ts'

/**
 * Sign-in sessions, so that one can end before it expires (sign-out, or an admin cutting
 * someone off) on every instance. The cookie carries a random id; the row is keyed by its
 * SHA-256, so the table alone cannot be turned back into cookies. `claims` holds only what
 * the role is computed from (subject, e-mail, the role claim's values at sign-in): the role
 * itself is worked out again on each request, so a change in the roles file applies at once.
 */
export const SESSIONS_MIGRATION: Migration = {
  id: 3,
  name: 'sessions',
  sql: `
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  subject text NOT NULL,
  name text NOT NULL,
  email text,
  claims jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text
);
CREATE INDEX sessions_subject ON sessions (subject) WHERE revoked_at IS NULL;
CREATE INDEX sessions_expires ON sessions (expires_at);
`,
}
