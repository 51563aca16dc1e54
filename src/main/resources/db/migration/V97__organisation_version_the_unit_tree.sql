-- A version number of the whole unit tree, raised by every committed transaction that
-- inserted, changed or deleted units. The app keeps the units of a scope in memory per
-- version (ScopedUnitCache), so the national overview does not read 10,000 units per page,
-- and every instance sees a change with one read of this row.
--
-- The trigger is deferred to the commit and raises the version once per transaction: the
-- row is locked only for the commit's last moment, so two imports touching the same units
-- cannot deadlock on it, and a 10,000-unit import does not rewrite it 10,000 times.
create table unit_tree_version (
    id      int primary key check (id = 1),
    version bigint not null
);

insert into unit_tree_version (id, version) values (1, 0);

create function unit_tree_changed() returns trigger language plpgsql as $$
begin
    if current_setting('ruangzi.unit_tree_changed_in', true) is distinct from txid_current()::text then
        perform set_config('ruangzi.unit_tree_changed_in', txid_current()::text, true);
        update unit_tree_version set version = version + 1;
    end if;
    return null;
end $$;

create constraint trigger unit_change_versions_the_tree
    after insert or update or delete on unit
    deferrable initially deferred
    for each row execute function unit_tree_changed();

create trigger unit_truncate_versions_the_tree
    after truncate on unit
    for each statement execute function unit_tree_changed();
