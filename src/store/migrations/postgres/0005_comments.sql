-- Steward schema 5 (PostgreSQL): comments on official accounts, their moderation actions and the
-- webhook deliveries already processed (MON-01, MON-02, MON-06, MON-09, MON-10; issue 7).
-- account_id references official_accounts (0003); case_id names a case of 0006, a TEXT id checked
-- in domain code (cases may be migrated after comments).
-- Never edit once merged: add the next number instead.

CREATE TABLE comments (
    id                  TEXT PRIMARY KEY,
    school_id           TEXT NOT NULL REFERENCES schools (id),
    account_id          TEXT NOT NULL REFERENCES official_accounts (id),
    platform            TEXT NOT NULL,
    platform_comment_id TEXT NOT NULL,
    platform_post_id    TEXT NOT NULL DEFAULT '',
    author_platform_id  TEXT NOT NULL DEFAULT '',
    author_handle       TEXT NOT NULL DEFAULT '',
    author_name         TEXT NOT NULL DEFAULT '',
    text                TEXT NOT NULL,
    link                TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL CHECK (source IN ('webhook', 'api', 'csv')),
    received_at         BIGINT NOT NULL,
    categories          TEXT NOT NULL,
    action              TEXT NOT NULL,
    findings            TEXT NOT NULL,
    due_at              BIGINT NOT NULL,
    warn_at             BIGINT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('open', 'handled')),
    visibility          TEXT NOT NULL CHECK (visibility IN ('visible', 'hidden', 'deleted')),
    first_response_at   BIGINT,
    case_id             TEXT NOT NULL DEFAULT '',
    urgent              INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    created_at          BIGINT NOT NULL,
    UNIQUE (platform, platform_comment_id)
);
-- The queue: open items of an account (or a school) by due time.
CREATE INDEX comments_account_queue ON comments (school_id, account_id, state, due_at);
CREATE INDEX comments_school_queue ON comments (school_id, state, due_at);
CREATE INDEX comments_school_received ON comments (school_id, received_at);

-- MON-06: every moderation action with its reason, actor and time. platform_status says whether
-- the action still has to be carried out on the platform (pending) or needs nothing there.
CREATE TABLE comment_actions (
    id              TEXT PRIMARY KEY,
    comment_id      TEXT NOT NULL REFERENCES comments (id),
    school_id       TEXT NOT NULL REFERENCES schools (id),
    action          TEXT NOT NULL,
    reason          TEXT NOT NULL,
    text            TEXT NOT NULL DEFAULT '',
    actor           TEXT NOT NULL,
    at              BIGINT NOT NULL,
    platform_status TEXT NOT NULL CHECK (platform_status IN ('pending', 'done', 'not_needed'))
);
CREATE INDEX comment_actions_comment ON comment_actions (comment_id, at);

-- Webhook deliveries already processed, by SHA-256 of the raw body: a redelivery is answered
-- without storing anything twice.
CREATE TABLE webhook_deliveries (
    body_sha256  TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    received_at  BIGINT NOT NULL,
    comments     INTEGER NOT NULL
);
