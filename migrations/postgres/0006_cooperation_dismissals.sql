-- Project pairs that could cooperate can be dismissed too ("no need to cooperate"): the kind
-- check gains 'cooperation'.
ALTER TABLE dismissals DROP CONSTRAINT dismissals_kind_check;
ALTER TABLE dismissals ADD CONSTRAINT dismissals_kind_check
    CHECK (kind IN ('overlap','opportunity','cooperation'));
