-- The predicate a unit currently holds: WBBM can only be proposed by a unit that holds WBK.
alter table unit add column held_predicate varchar(4) not null default 'NONE';
alter table unit add column held_predicate_year integer;
alter table unit add constraint unit_held_predicate_ck check (held_predicate in ('NONE', 'WBK', 'WBBM'));
