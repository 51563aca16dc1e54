-- Spring Modulith's event publication registry: events between modules are stored with the
-- transaction that raised them, so a listener that fails is retried instead of lost.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);

create index event_publication_incomplete_ix on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
