-- Spreadsheets uploaded for import, kept until the import is run (or a day has passed), so
-- the column-mapping and preview steps read the same file without sending it again.
CREATE TABLE uploads (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    created_at   BIGINT NOT NULL
);
