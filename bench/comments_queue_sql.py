#!/usr/bin/env python3
"""The queue page's SQL on SQLite with N comments in one account, before and after migration 0009.

Builds a database from the migration files (0001-0006, then 0009 for "after"), writes N comments
of one Facebook account (spread over a year, a quarter open), and times the two statements
SqlCommentStore::ListQueue runs for the first page (the page of 100, most urgent first, and the
total), with EXPLAIN QUERY PLAN for each. No server: the SQL only.
Usage: bench/comments_queue_sql.py [N=100000] [REPEATS=20]
"""
import os, sqlite3, sys, tempfile, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "store", "migrations", "sqlite")
COLUMNS = ("id, school_id, account_id, platform, platform_comment_id, platform_post_id, author_platform_id,"
           " author_handle, author_name, text, link, source, received_at, categories, action, findings, due_at,"
           " warn_at, state, visibility, first_response_at, case_id, urgent, created_at")
PAGE = ("SELECT " + COLUMNS + " FROM comments WHERE school_id = 'kenn' AND account_id = 'fb' AND state = 'open'"
        " ORDER BY urgent DESC, due_at, id LIMIT 100 OFFSET 0")
COUNT = "SELECT COUNT(*) FROM comments WHERE school_id = 'kenn' AND account_id = 'fb' AND state = 'open'"


def build(path, migrations):
    db = sqlite3.connect(path)
    for name in migrations:
        db.executescript(open(os.path.join(ROOT, name)).read())
    db.execute("INSERT INTO schools (id, name, trust_id) VALUES ('kenn', 'Kenn', NULL)")
    db.execute("INSERT INTO official_accounts (id, school_id, platform, handle, created_at, created_by)"
               " VALUES ('fb', 'kenn', 'facebook', '@kenn', 0, 'bench')")
    now = 1_795_000_000
    kinds = [("question", "reply_within_24h"), ("ok", "none"), ("complaint", "complaints"),
             ("insult,profanity", "none")]
    rows = []
    for i in range(N):
        received = now - (i * 317) % (365 * 86400)
        cats, action = kinds[i % 4]
        answered = i % 4 != 0
        rows.append(("b%d" % i, "kenn", "fb", "facebook", "b%d" % i, "", "", "@p%d" % (i % 997), "Bench Parent",
                     "Comment number %d about the school fair" % i, "", "api", received, cats, action, "[]",
                     received + 86400, received + 72000, "handled" if answered else "open", "visible",
                     received + 3600 if answered else None, "", 1 if i % 500 == 0 else 0, received))
    db.executemany("INSERT INTO comments (%s) VALUES (%s)" % (COLUMNS, ",".join("?" * 24)), rows)
    db.commit()
    db.execute("ANALYZE")
    return db


def timed(db, sql):
    db.execute(sql).fetchall()
    start = time.perf_counter()
    for _ in range(REPEATS):
        db.execute(sql).fetchall()
    return (time.perf_counter() - start) / REPEATS * 1000


base = ["0001_init.sql", "0002_consent.sql", "0003_posts.sql", "0004_media.sql", "0005_comments.sql",
        "0006_cases.sql"]
with tempfile.TemporaryDirectory() as work:
    for label, migrations in (("before 0009", base), ("after 0009", base + ["0009_comment_alerts.sql"])):
        db = build(os.path.join(work, label.replace(" ", "_") + ".db"), migrations)
        plan = "; ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + PAGE))
        print("%-12s page of 100: %7.2f ms   total: %6.2f ms   (%d comments, %d open)   plan: %s" % (
            label, timed(db, PAGE), timed(db, COUNT), N, db.execute(COUNT).fetchone()[0], plan))
        db.close()
