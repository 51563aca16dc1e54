-- The latest scores and answer change of every programme, one row each, for the supervisor
-- overview and its recap. They rank every programme in a scope: read from score_snapshot
-- (90+ rows per programme) and answer_change, each programme cost two index probes, 45 ms
-- and more of every national overview page; joined from here they cost a hash join.
--
-- Triggers keep it in step with every writer of score_snapshot and answer_change (a saved
-- answer, the XLSX import, the daily snapshot job, the demo history, the national data
-- generator's COPY), so no writer can forget it. A snapshot only replaces the stored scores
-- when it is for the same or a later day, as "the latest snapshot" did.
create table programme_score (
    programme_id     bigint primary key references programme (id) on delete cascade,
    snapshot_date    date,
    total            numeric(7, 2),
    pengungkit       numeric(7, 2),
    hasil            numeric(7, 2),
    area_a           numeric(7, 2),
    area_b           numeric(7, 2),
    area_c           numeric(7, 2),
    area_d           numeric(7, 2),
    area_e           numeric(7, 2),
    area_f           numeric(7, 2),
    last_answered_at timestamptz
);

create function programme_score_from_snapshot() returns trigger language plpgsql as $$
begin
    insert into programme_score as s (programme_id, snapshot_date, total, pengungkit, hasil,
                                      area_a, area_b, area_c, area_d, area_e, area_f)
    values (new.programme_id, new.snapshot_date, new.total, new.pengungkit, new.hasil,
            new.area_a, new.area_b, new.area_c, new.area_d, new.area_e, new.area_f)
    on conflict (programme_id) do update
        set snapshot_date = excluded.snapshot_date, total = excluded.total,
            pengungkit = excluded.pengungkit, hasil = excluded.hasil,
            area_a = excluded.area_a, area_b = excluded.area_b, area_c = excluded.area_c,
            area_d = excluded.area_d, area_e = excluded.area_e, area_f = excluded.area_f
        where s.snapshot_date is null or s.snapshot_date <= excluded.snapshot_date;
    return null;
end $$;

create trigger score_snapshot_keeps_programme_score
    after insert or update on score_snapshot
    for each row execute function programme_score_from_snapshot();

create function programme_score_from_answer_change() returns trigger language plpgsql as $$
begin
    insert into programme_score as s (programme_id, last_answered_at)
    values (new.programme_id, new.changed_at)
    on conflict (programme_id) do update
        set last_answered_at = greatest(s.last_answered_at, excluded.last_answered_at);
    return null;
end $$;

create trigger answer_change_keeps_programme_score
    after insert on answer_change
    for each row execute function programme_score_from_answer_change();

insert into programme_score (programme_id, snapshot_date, total, pengungkit, hasil,
                             area_a, area_b, area_c, area_d, area_e, area_f, last_answered_at)
select p.id, s.snapshot_date, s.total, s.pengungkit, s.hasil,
       s.area_a, s.area_b, s.area_c, s.area_d, s.area_e, s.area_f,
       (select max(c.changed_at) from answer_change c where c.programme_id = p.id)
from programme p
left join lateral (select * from score_snapshot x where x.programme_id = p.id
                   order by x.snapshot_date desc limit 1) s on true
where s.programme_id is not null
   or exists (select 1 from answer_change c where c.programme_id = p.id);
