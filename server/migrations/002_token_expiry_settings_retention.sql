-- Issue 8 "Trust": tokens expire after a time without use; workspaces get settings (pseudonymous
-- authors, retention) and the key their members pseudonymise authors with; retention and the
-- deletion of a signal everywhere get what they need to find records quickly.

-- When a token was last used, to the day: a request writes it only when it is a day old or more
-- (auth.ts), so the table is rarely written. Tokens that exist count as used now, so that none
-- expires the moment this migration is applied.
ALTER TABLE tokens ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE tokens ALTER COLUMN last_used_at DROP DEFAULT;

-- retention_days: signals clipped longer ago are removed; NULL keeps them forever.
-- retention_checked_at: when retention last ran in the workspace; it runs at most once an hour.
-- pseudonym_key: 32 random bytes, base64url, shared with the members: their extensions replace an
-- author's handle with a keyed hash of it, the same one on every member's device.
ALTER TABLE workspaces
  ADD COLUMN pseudonymise_authors boolean NOT NULL DEFAULT false,
  ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 3650),
  ADD COLUMN retention_checked_at timestamptz,
  ADD COLUMN pseudonym_key text;
-- New workspaces get their key from the application. Existing ones get the SHA-256 of three random
-- UUIDs: 366 bits from the database's strong random source, hashed into 32 bytes (pgcrypto's
-- gen_random_bytes is not available everywhere, PGlite included).
UPDATE workspaces
   SET pseudonym_key = rtrim(translate(encode(sha256(
         uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
       ), 'base64'), '+/', '-_'), '=');
ALTER TABLE workspaces ALTER COLUMN pseudonym_key SET NOT NULL;

-- When a signal was clipped, for retention to compare. The server fills it in from the record's
-- clippedAt as it writes, since the schema accepts times PostgreSQL cannot read (year 0000, offsets
-- beyond ±15:59). Existing signals get it here; one whose clippedAt PostgreSQL cannot read keeps
-- NULL and is left alone by retention.
ALTER TABLE records ADD COLUMN clipped_at timestamptz;
DO $$
DECLARE
  clipped record;
BEGIN
  FOR clipped IN
    SELECT workspace_id, record_id, record ->> 'clippedAt' AS at
      FROM records
     WHERE table_name = 'signals' AND NOT deleted
  LOOP
    BEGIN
      UPDATE records SET clipped_at = clipped.at::timestamptz
       WHERE workspace_id = clipped.workspace_id AND table_name = 'signals'
         AND record_id = clipped.record_id;
    EXCEPTION WHEN data_exception THEN
      NULL;
    END;
  END LOOP;
END
$$;
CREATE INDEX records_signals_by_clipped_at ON records (workspace_id, clipped_at)
  WHERE table_name = 'signals' AND NOT deleted;

-- The events about a signal, which are removed with it.
CREATE INDEX records_events_by_signal ON records (workspace_id, (record ->> 'signalId'))
  WHERE table_name = 'events' AND NOT deleted;

-- Retention removes records on the server's own account: no member made that change.
ALTER TABLE records ALTER COLUMN updated_by DROP NOT NULL;
