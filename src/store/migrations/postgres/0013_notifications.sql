-- Steward schema 13 (PostgreSQL): the notifications outbox (issue 7; INC-05, INC-15, MON-04, PST-19,
-- AUD-03). A notification is written in the same transaction as the change that caused it, with
-- one delivery row per recipient person; the server's mail sender delivers the pending rows by
-- SMTP and records each attempt. Recipients' addresses are read at sending time from people.email
-- (else an enabled user account's email), so a corrected address is used by the next attempt.
-- Never edit once merged: add the next number instead.

-- One message. recipient_role or recipient_person_id says to whom it was addressed (the delivery
-- rows say who that was when it was written). Subject and body never carry pupils' names or the
-- text of a report: they name the reason and the record to open (object_type, object_id).
CREATE TABLE notifications (
    id                  TEXT PRIMARY KEY,
    school_id           TEXT NOT NULL REFERENCES schools (id),
    recipient_role      TEXT NOT NULL DEFAULT '',
    recipient_person_id TEXT NOT NULL DEFAULT '',
    subject             TEXT NOT NULL,
    body                TEXT NOT NULL,
    reason              TEXT NOT NULL,
    object_type         TEXT NOT NULL DEFAULT '',
    object_id           TEXT NOT NULL DEFAULT '',
    urgent              INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    created_at          BIGINT NOT NULL
);
CREATE INDEX notifications_school ON notifications (school_id, created_at);

-- One recipient of one notification. Pending while delivered_at is NULL; next_attempt_at is when
-- the sender may try (or try again): a sender claims a row by moving it forward with a
-- conditional UPDATE, so two servers never send the same mail twice at once.
CREATE TABLE notification_deliveries (
    notification_id TEXT NOT NULL REFERENCES notifications (id),
    person_id       TEXT NOT NULL REFERENCES people (id),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    delivered_at    BIGINT,
    last_error      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (notification_id, person_id)
);
CREATE INDEX notification_deliveries_pending ON notification_deliveries (next_attempt_at)
    WHERE delivered_at IS NULL;
