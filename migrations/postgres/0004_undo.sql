-- Undo: a change entry that reverses an earlier one names that change's revision, so the
-- history can say "undone" and the same change is never undone twice.
ALTER TABLE changes ADD COLUMN undo_of BIGINT;
