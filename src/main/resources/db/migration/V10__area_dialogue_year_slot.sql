-- S3: at most three area-based dialogue meetings a year, held by the database rather than by a count before the
-- insert (two starts at the same moment could both pass the count). Each meeting takes one of the year's three
-- slots: the check refuses a fourth slot, the unique key refuses two meetings in the same slot.
alter table area_dialogue add column year_slot integer;

update area_dialogue a set year_slot = (
    select count(*) from area_dialogue b where b.dialogue_year = a.dialogue_year and b.id <= a.id);

alter table area_dialogue alter column year_slot set not null;
alter table area_dialogue add constraint area_dialogue_slot_range check (year_slot between 1 and 3);
alter table area_dialogue add constraint area_dialogue_year_slot unique (dialogue_year, year_slot);
