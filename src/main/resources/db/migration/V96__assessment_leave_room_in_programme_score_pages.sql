-- programme_score is rewritten on every saved answer and every daily snapshot, while the
-- overview reads all of a scope's rows (10,000 for the country) in one pass. With full
-- pages (fillfactor 100) each rewrite lands on another page, and until a vacuum returns
-- the space the table grows: the national data set's 90 days of snapshots left 10,036 rows
-- in 97 MB, one row per 8 kB page, and the national ranking read 10,036 pages (219 ms under
-- EXPLAIN ANALYZE, 67 ms with the same rows packed into 144 pages). With half of every page free the new row version stays on its page
-- (a heap-only-tuple update: no index entry either, the key never changes) and the
-- next reader on the page prunes the old one, so the table stays about twice its rows.
alter table programme_score set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.02);

-- Rewrite the table once with the new free space (VACUUM FULL cannot run in the migration's
-- transaction, CLUSTER of one table can; 10,000 rows take milliseconds).
cluster programme_score using programme_score_pkey;
