-- Steward schema 3 (SQLite): official accounts and their runners (ACC-01, DM-9), posts with their
-- checks and history (PST-01, PST-17, DM-10), and takedown tasks raised by consent withdrawals
-- (CON-07). Times are UTC seconds (BIGINT, *_at); dates TEXT YYYY-MM-DD. Never edit once merged.

CREATE TABLE official_accounts (
    id          TEXT PRIMARY KEY,
    school_id   TEXT NOT NULL REFERENCES schools (id),
    platform    TEXT NOT NULL,
    handle      TEXT NOT NULL,
    url         TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',  -- the platform's page or user id (webhooks)
    created_at  BIGINT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (school_id, platform, handle)
);
CREATE UNIQUE INDEX official_accounts_external ON official_accounts (platform, external_id)
    WHERE external_id <> '';

-- Runners of an account (REQUIREMENTS glossary): administrators and moderators.
CREATE TABLE official_account_members (
    account_id TEXT NOT NULL REFERENCES official_accounts (id),
    person_id  TEXT NOT NULL REFERENCES people (id),
    member_role TEXT NOT NULL CHECK (member_role IN ('administrator', 'moderator')),
    PRIMARY KEY (account_id, person_id, member_role)
);
CREATE INDEX official_account_members_person ON official_account_members (person_id);

CREATE TABLE posts (
    id              TEXT PRIMARY KEY,
    school_id       TEXT NOT NULL REFERENCES schools (id),
    account_id      TEXT NOT NULL REFERENCES official_accounts (id),
    platform        TEXT NOT NULL,
    media_kind      TEXT NOT NULL,
    media_id        TEXT NOT NULL DEFAULT '',
    caption         TEXT NOT NULL,
    posting_date    TEXT NOT NULL,
    controversial   INTEGER NOT NULL DEFAULT 0 CHECK (controversial IN (0, 1)),
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,  -- bumped by every edit; a check holds for one version
    author_id       TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    approved_by     TEXT NOT NULL DEFAULT '',
    approved_at     BIGINT NOT NULL DEFAULT 0,
    published_by    TEXT NOT NULL DEFAULT '',
    published_at    BIGINT NOT NULL DEFAULT 0,
    live_url        TEXT NOT NULL DEFAULT '',
    taken_down_by   TEXT NOT NULL DEFAULT '',
    taken_down_at   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX posts_school_state ON posts (school_id, state);

-- Pupils in a post: tagged by the author, or named in the caption (found by the latest check).
CREATE TABLE post_pupils (
    post_id   TEXT NOT NULL REFERENCES posts (id),
    school_id TEXT NOT NULL,
    pupil_id  TEXT NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('tagged', 'named')),
    PRIMARY KEY (post_id, pupil_id, source)
);
CREATE INDEX post_pupils_pupil ON post_pupils (school_id, pupil_id);

-- Every check run on a post, newest last. `details` is one finding per line.
CREATE TABLE post_checks (
    post_id    TEXT NOT NULL REFERENCES posts (id),
    seq        INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    checked_at BIGINT NOT NULL,
    checked_by TEXT NOT NULL,
    decision   TEXT NOT NULL,
    reasons    TEXT NOT NULL,
    details    TEXT NOT NULL,
    PRIMARY KEY (post_id, seq)
);

-- The post's history: every transition, who, when, and the comment (rejections).
CREATE TABLE post_events (
    post_id    TEXT NOT NULL REFERENCES posts (id),
    seq        INTEGER NOT NULL,
    at         BIGINT NOT NULL,
    actor      TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action     TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (post_id, seq)
);

-- CON-07: one removal task per published post relying on withdrawn consent.
CREATE TABLE takedown_tasks (
    id         TEXT PRIMARY KEY,
    school_id  TEXT NOT NULL REFERENCES schools (id),
    post_id    TEXT NOT NULL REFERENCES posts (id),
    pupil_id   TEXT NOT NULL,
    reason     TEXT NOT NULL,
    opened_at  BIGINT NOT NULL,
    due_at     BIGINT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('open', 'done')),
    outcome    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    closed_by  TEXT NOT NULL DEFAULT '',
    closed_at  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX takedown_tasks_school_state ON takedown_tasks (school_id, state);
CREATE UNIQUE INDEX takedown_tasks_open_once ON takedown_tasks (post_id, pupil_id)
    WHERE state = 'open';

CREATE TABLE takedown_task_assignees (
    task_id   TEXT NOT NULL REFERENCES takedown_tasks (id),
    person_id TEXT NOT NULL,
    PRIMARY KEY (task_id, person_id)
);
CREATE INDEX takedown_task_assignees_person ON takedown_task_assignees (person_id);
