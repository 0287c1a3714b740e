-- Support triage (PRODUCT.md §5). Keys (channel, category, status, root cause)
-- are the stable keys from backend/domain/support.go; labels live in code.

CREATE TABLE tickets (
    id                         INTEGER PRIMARY KEY,
    -- the platform's conversation or case ID when imported; NULL for tickets
    -- typed in by hand (UNIQUE allows many NULLs)
    external_id                TEXT UNIQUE,
    order_id                   INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    channel                    TEXT NOT NULL,
    category                   TEXT NOT NULL DEFAULT '',
    subcategory                TEXT NOT NULL DEFAULT '',
    status                     TEXT NOT NULL DEFAULT 'new',
    buyer_text                 TEXT NOT NULL DEFAULT '',
    assignee_id                INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
    opened_at                  INTEGER NOT NULL,
    first_response_at          INTEGER,
    closed_at                  INTEGER,
    root_cause                 TEXT NOT NULL DEFAULT '',
    resolution                 TEXT NOT NULL DEFAULT '',
    -- imported history closed without a root cause: kept as it was, and
    -- listed so someone tags one later
    flagged_missing_root_cause INTEGER NOT NULL DEFAULT 0,
    -- lower-case buyer text, external ID and order ID for inbox search
    search_text                TEXT NOT NULL DEFAULT '',
    created_at                 INTEGER NOT NULL,
    updated_at                 INTEGER NOT NULL
) STRICT;
-- The inbox lists newest first, filtered by one of these; each index ends in
-- opened_at so the filter and the sort come from the same index.
CREATE INDEX tickets_opened ON tickets(opened_at);
CREATE INDEX tickets_status_opened ON tickets(status, opened_at);
CREATE INDEX tickets_category_opened ON tickets(category, subcategory, opened_at);
CREATE INDEX tickets_assignee_opened ON tickets(assignee_id, opened_at);
CREATE INDEX tickets_channel_opened ON tickets(channel, opened_at);
CREATE INDEX tickets_order ON tickets(order_id);
-- unanswered tickets are the ones whose timers run
CREATE INDEX tickets_unanswered ON tickets(opened_at) WHERE first_response_at IS NULL;
CREATE INDEX tickets_flagged ON tickets(opened_at) WHERE flagged_missing_root_cause = 1;

-- What happened to a ticket: replies copied out, status changes, notes.
CREATE TABLE ticket_events (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('reply', 'status', 'note')),
    at          INTEGER NOT NULL,
    teammate_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
    -- the reply exactly as copied out, or "old -> new" for a status change
    body        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at);

CREATE TABLE saved_replies (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    subcategory    TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    fallbacks_json TEXT NOT NULL DEFAULT '{}',
    shortcut       TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX saved_replies_category ON saved_replies(category, subcategory);
CREATE UNIQUE INDEX saved_replies_shortcut ON saved_replies(shortcut) WHERE shortcut != '';
