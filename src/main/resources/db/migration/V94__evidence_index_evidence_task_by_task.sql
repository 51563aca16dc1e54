-- A task's evidence list (/programmes/{id}/evidence?task=ID) and the task page look up
-- evidence_task by task. Its primary key starts with evidence_id, so PostgreSQL could only
-- read the whole key index for it: with a million evidence records that is every link.
create index evidence_task_task_ix on evidence_task (task_id);
