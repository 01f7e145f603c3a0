import type { Migration } from '../db-migrations.ts'

/**
 * The audit log, in two append-only tables. An entry is written before the DELETE is sent
 * (who, from where, which customer, and the snapshot); its outcome is a second row written
 * after the answer. An entry without an outcome is a delete whose answer never came back
 * (the server stopped mid-request): its snapshot is still there.
 */
export const AUDIT_LOG_MIGRATION: Migration = {
  id: 1,
  name: 'audit log',
  sql: `
CREATE TABLE audit_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_subject text NOT NULL,
  actor_name text NOT NULL,
  actor_email text,
  actor_role text NOT NULL,
  client_ip text,
  forwarded_for text,
  user_agent text,
  customer_id bigint NOT NULL,
  run_id text,
  snapshot jsonb
);
CREATE INDEX audit_entries_actor ON audit_entries (actor_subject, id);
CREATE INDEX audit_entries_customer ON audit_entries (customer_id, id);
CREATE INDEX audit_entries_run ON audit_entries (run_id, id) WHERE run_id IS NOT NULL;
CREATE INDEX audit_entries_at ON audit_entries (at);

CREATE TABLE audit_outcomes (
  entry_id bigint PRIMARY KEY REFERENCES audit_entries (id),
  at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL CHECK (outcome IN ('removed', 'failed', 'unknown', 'not-sent', 'refused')),
  status integer,
  message text
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % on % is not allowed.', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_outcomes_append_only BEFORE UPDATE OR DELETE ON audit_outcomes
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_outcomes_no_truncate BEFORE TRUNCATE ON audit_outcomes
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
`,
}
