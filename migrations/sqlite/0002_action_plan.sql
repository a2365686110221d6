-- The action plan (toimintasuunnitelma) and the findings users marked as known.

CREATE TABLE actions (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    status       TEXT NOT NULL CHECK (status IN ('open','in_progress','done')),
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX actions_portfolio ON actions(portfolio_id);

CREATE TABLE action_projects (
    org_id     INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    action_id  INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, project_id)
);

CREATE TABLE action_actors (
    org_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, actor_id)
);

-- "Known, not an overlap" (two projects) and "not an opportunity" (two actors); a < b.
CREATE TABLE dismissals (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id INTEGER NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('overlap','opportunity')),
    a            BIGINT NOT NULL,
    b            BIGINT NOT NULL,
    CHECK (a < b),
    UNIQUE (portfolio_id, kind, a, b)
);
