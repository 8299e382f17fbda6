-- Lets verify read the hashes beside the events by a merge join on global_index, two index scans
-- in step, instead of one primary-key lookup per event (see PairedRows: the pairing is checked by
-- event identifier, so this column is a hint for speed and never trusted).
CREATE INDEX audit_event_hash_global_index ON audit_event_hash (global_index);
