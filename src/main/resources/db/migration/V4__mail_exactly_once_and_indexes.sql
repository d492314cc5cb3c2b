-- Exactly-once mail (issue 7): every mail carries a stable Message-ID, recorded before the SMTP server is
-- contacted (status SENDING), so an attempt cut short by a crash or a database outage leaves a trace that the
-- retry turns into UNKNOWN ("sendt muligvis") instead of sending again. Portable across H2 2.x and PostgreSQL 15.

alter table mail_log add column message_id varchar(255);
-- When the row last changed status: how long a mail has been SENDING, and when an UNKNOWN was found.
alter table mail_log add column status_changed_at timestamp with time zone;

-- The operator looks a mail up by the Message-ID the mail server logs, and lists what is UNKNOWN or FAILED.
create index mail_log_message_id on mail_log (message_id);
create index mail_log_status on mail_log (status);

-- Foreign-key columns the product queries by, without an index until now (PostgreSQL does not index them itself).
create index meeting_change_meeting on meeting_change (meeting_id);
create index agenda_item_proposal on agenda_item (proposal_id);
create index agreement_predecessor on agreement (predecessor_id);
create index agreement_status_history_agreement on agreement_status_history (agreement_id);
