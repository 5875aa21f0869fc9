-- Workspaces, their members and tokens, invites, the synced records and each client's progress.
-- Times come from the application (its `now`), so tests can move the clock; ids are generated
-- by the application too.

CREATE TABLE workspaces (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE members (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'moderator', 'member')),
  joined_at timestamptz NOT NULL,
  -- A removed member keeps their row: the records they created still name them.
  removed_at timestamptz
);
CREATE INDEX members_by_workspace ON members (workspace_id, joined_at);

-- Only the SHA-256 of a token is kept.
CREATE TABLE tokens (
  hash text PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES members (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX tokens_by_member ON tokens (member_id);

-- Requests per token in the current minute, in the database so that every instance behind a load
-- balancer counts in the same place. One row per token, overwritten when a new minute starts, so
-- old windows never pile up. Unlogged: counting a request then writes no WAL and its commit does
-- not wait for a disk flush; a crash empties the table, which only forgives a minute's requests.
CREATE UNLOGGED TABLE rate_limits (
  token_hash text PRIMARY KEY,
  minute bigint NOT NULL,
  requests integer NOT NULL
);

-- Invite codes are kept as they are (unlike tokens): owners and moderators list them again to
-- pass them on, and a code is short-lived and limited in uses.
CREATE TABLE invites (
  code text PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  role text NOT NULL CHECK (role IN ('owner', 'moderator', 'member')),
  created_by uuid NOT NULL REFERENCES members (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  max_uses integer NOT NULL CHECK (max_uses > 0),
  uses integer NOT NULL DEFAULT 0,
  revoked_at timestamptz
);
CREATE INDEX invites_by_workspace ON invites (workspace_id, created_at);

-- Every change takes its seq from this one sequence; a pull reads a workspace's records by seq.
CREATE SEQUENCE record_seq;

-- One row per record with its latest state and seq; a delete leaves a tombstone (deleted, no
-- record) so that clients that pull later learn of it.
CREATE TABLE records (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  table_name text NOT NULL CHECK (table_name IN ('signals', 'initiatives', 'events', 'groups')),
  record_id text NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL,
  record jsonb,
  -- The member who first put it: who may change it besides moderators and owners.
  created_by uuid NOT NULL REFERENCES members (id),
  updated_by uuid NOT NULL REFERENCES members (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, table_name, record_id),
  CHECK (deleted = (record IS NULL))
);
CREATE UNIQUE INDEX records_by_seq ON records (workspace_id, seq);

-- The last mutation id applied per client, so that a replayed push is a no-op.
CREATE TABLE client_progress (
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  member_id uuid NOT NULL REFERENCES members (id),
  client_id text NOT NULL,
  last_mutation_id bigint NOT NULL,
  PRIMARY KEY (workspace_id, member_id, client_id)
);
