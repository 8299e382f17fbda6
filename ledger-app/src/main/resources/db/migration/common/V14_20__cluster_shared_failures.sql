-- State that every node of a cluster must see, not only the node where it arose (issue 14).
-- A read model's processor stopped on an event, as the node that processes it recorded it: every
-- node refuses writes while the row is there (readmodel.ProcessorFailures reads it every second),
-- and the row goes once the read model has applied that event, whichever node sees it first.
CREATE TABLE read_model_failure (
  processor    VARCHAR(100) NOT NULL PRIMARY KEY,
  event_index  BIGINT NOT NULL,
  event_type   VARCHAR(255) NOT NULL,
  event_id     VARCHAR(255) NOT NULL,
  error        VARCHAR(1000) NOT NULL,
  failed_at    BIGINT NOT NULL,   -- epoch milliseconds
  attempts     INTEGER NOT NULL
);

-- Wrong passwords in a row per configured user name, counted across nodes
-- (security.SignInThrottle): a name locked on one node is locked on all. Names that are no user are
-- not counted, so the table holds at most one row per configured user.
CREATE TABLE sign_in_failure (
  user_name    VARCHAR(255) NOT NULL PRIMARY KEY,
  failures     INTEGER NOT NULL,
  last_failed  BIGINT NOT NULL    -- epoch milliseconds
);
