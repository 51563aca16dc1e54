-- The evidence revisions current at a submission, frozen with the round's answers: a later
-- upload makes a new revision and never changes what was submitted.
create table review_round_evidence (
    round_id    bigint not null references review_round (id) on delete cascade,
    evidence_id bigint not null references evidence (id) on delete cascade,
    revision_id bigint not null references evidence_revision (id) on delete cascade,
    primary key (round_id, evidence_id)
);
