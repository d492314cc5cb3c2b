-- Who changed an agreement: changed_by is the person, or 'system' when a timer fired; then the timer is named here.
alter table agreement_status_history add column changed_by_timer varchar(200);
