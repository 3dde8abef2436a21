-- Steward schema 14 (SQLite): the queue's "overdue" and "due soon" views (MON-03/MON-04) as an
-- index. Their filter is an unanswered open comment by due time, which the queue-order index
-- (0009) cannot seek: each page's total read every open comment of the account from the table
-- (100,000 comments, 25,000 open: the overdue page took 116 ms on SQLite and 122 ms on
-- PostgreSQL over HTTP, 21 ms with this index; bench/comments_queue_wrk.sh).
-- Never edit once merged: add the next number instead.
-- In the queue's order after the equalities, so a page of 100 is read in order, not sorted.
CREATE INDEX comments_account_due
    ON comments (school_id, account_id, state, first_response_at, urgent DESC, due_at, id);
