-- Steward schema 9 (SQLite): MON-04 warnings before a queued comment falls due and escalations once
-- it is overdue without a response (issue 7), and the queue's sort order as an index so that the
-- queue page stays fast with 100,000 comments in an account.
-- Never edit once merged: add the next number instead.

-- When the due check warned the account's runners and escalated the comment, and to which role
-- (a canonical role key); NULL / '' until then. Set once, by a conditional UPDATE, so two servers
-- running the due check at once never send the same alert twice.
ALTER TABLE comments ADD COLUMN warned_at BIGINT;
ALTER TABLE comments ADD COLUMN escalated_at BIGINT;
ALTER TABLE comments ADD COLUMN escalated_to TEXT NOT NULL DEFAULT '';

-- One alert per recipient: a runner warned by person id, or an escalation to a role (every
-- holder of the role at the school sees it, including one appointed after it was raised).
CREATE TABLE comment_alerts (
    id          TEXT PRIMARY KEY,
    school_id   TEXT NOT NULL REFERENCES schools (id),
    comment_id  TEXT NOT NULL REFERENCES comments (id),
    kind        TEXT NOT NULL CHECK (kind IN ('due_soon', 'escalated')),
    person_id   TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    due_at      BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX comment_alerts_person ON comment_alerts (school_id, person_id, created_at);
CREATE INDEX comment_alerts_role ON comment_alerts (school_id, role, created_at);
CREATE INDEX comment_alerts_comment ON comment_alerts (comment_id);

-- The due check's scan: open comments without a response whose warning or escalation is pending.
CREATE INDEX comments_warning_pending ON comments (warn_at)
    WHERE first_response_at IS NULL AND warned_at IS NULL AND state = 'open';
CREATE INDEX comments_escalation_pending ON comments (due_at)
    WHERE first_response_at IS NULL AND escalated_at IS NULL AND state = 'open';

-- The queue lists urgent first, then by due time, then id: with these the database walks the
-- index in that order and stops at the page instead of sorting every open comment.
DROP INDEX comments_account_queue;
DROP INDEX comments_school_queue;
CREATE INDEX comments_account_queue ON comments (school_id, account_id, state, urgent DESC, due_at, id);
CREATE INDEX comments_school_queue ON comments (school_id, state, urgent DESC, due_at, id);
