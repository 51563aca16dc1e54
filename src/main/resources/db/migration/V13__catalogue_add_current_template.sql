-- Which template version new programmes are bound to: exactly one at a time.
alter table lke_template add column current boolean not null default false;
update lke_template set current = true where code = 'LKE-ZI-PERMENPANRB-90-2021';
create unique index lke_template_current_uk on lke_template (current) where current;
