-- Project pairs that could cooperate can be dismissed too ("no need to cooperate"): the kind
-- check gains 'cooperation'. SQLite cannot change a CHECK in place, so the table is rebuilt.
CREATE TABLE dismissals_new (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('overlap','opportunity','cooperation')),
    a            BIGINT NOT NULL,
    b            BIGINT NOT NULL,
    CHECK (a < b),
    UNIQUE (portfolio_id, kind, a, b)
);
INSERT INTO dismissals_new (id, org_id, portfolio_id, kind, a, b)
    SELECT id, org_id, portfolio_id, kind, a, b FROM dismissals;
DROP TABLE dismissals;
ALTER TABLE dismissals_new RENAME TO dismissals;
