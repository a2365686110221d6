-- The shared network map: where each node of a portfolio's network sits, so everyone sees the
-- same picture. Coordinates in thousandths of a layout unit (integers behave the same on
-- both databases); pinned is 0 or 1.
CREATE TABLE node_positions (
    org_id       BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    portfolio_id BIGINT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
    node         TEXT NOT NULL,
    x            BIGINT NOT NULL,
    y            BIGINT NOT NULL,
    pinned       BIGINT NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    PRIMARY KEY (portfolio_id, node)
);
