-- The portfolio data model (SQLite). Keep in step with migrations/postgres.
-- Every tenant table carries org_id so that every query can be scoped to one organisation.
-- Dates are ISO text (YYYY-MM-DD), timestamps are Unix milliseconds, money is whole cents.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE portfolios (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    revision    BIGINT NOT NULL DEFAULT 0,
    archived_at BIGINT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX portfolios_org ON portfolios(org_id);

CREATE TABLE themes (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    position     BIGINT NOT NULL DEFAULT 0,
    UNIQUE (portfolio_id, name)
);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('company','education','public','association','research','other')),
    business_id TEXT,
    created_at  BIGINT NOT NULL,
    UNIQUE (org_id, business_id)
);
CREATE INDEX actors_org ON actors(org_id);

CREATE TABLE projects (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id  INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    goals         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('planned','active','ended')),
    start_date    TEXT,
    end_date      TEXT,
    budget_cents  BIGINT CHECK (budget_cents >= 0),
    funding       TEXT NOT NULL DEFAULT '[]',
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX projects_portfolio ON projects(portfolio_id);

CREATE TABLE project_actors (
    org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('lead','partner','funder')),
    PRIMARY KEY (project_id, actor_id, role)
);
CREATE INDEX project_actors_actor ON project_actors(actor_id);

CREATE TABLE project_themes (
    org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, theme_id)
);
CREATE INDEX project_themes_theme ON project_themes(theme_id);

CREATE TABLE project_relations (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    from_project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    to_project_id   INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('related','overlaps','continues','depends_on')),
    CHECK (from_project_id <> to_project_id),
    UNIQUE (from_project_id, to_project_id, kind)
);

-- The history: one row per change, numbered per portfolio. Written only by the write path.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    revision     BIGINT NOT NULL,
    at           BIGINT NOT NULL,
    who          TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    BIGINT NOT NULL,
    op           TEXT NOT NULL,
    before_json  TEXT,
    after_json   TEXT,
    UNIQUE (portfolio_id, revision)
);
