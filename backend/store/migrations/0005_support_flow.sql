-- Support triage, part two (PRODUCT.md §5): the flow checklist, tags, the SKU a
-- ticket is about, disputes and public comments.

-- The line key (Seller SKU, else SKU ID) the ticket is about; '' = the whole
-- order or unknown. Voice-of-Customer and the scorecard group tickets by it.
ALTER TABLE tickets ADD COLUMN sku TEXT NOT NULL DEFAULT '';
-- The flow checklist as JSON: proof items ticked, diagnose answers, when the
-- resolution was confirmed in writing (domain.TicketFlow).
ALTER TABLE tickets ADD COLUMN flow_json TEXT NOT NULL DEFAULT '{}';
CREATE INDEX tickets_sku_opened ON tickets(sku, opened_at);

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX ticket_tags_tag ON ticket_tags(tag, ticket_id);

-- A ticket that became a platform dispute (one per ticket).
CREATE TABLE disputes (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL UNIQUE REFERENCES tickets(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,            -- domain.Dispute* keys
    opened_at     INTEGER NOT NULL,
    deadline_at   INTEGER NOT NULL,         -- response due (working days)
    evidence_json TEXT NOT NULL DEFAULT '[]', -- evidence item keys ticked
    return_id     INTEGER REFERENCES returns(id) ON DELETE SET NULL,
    outcome       TEXT NOT NULL DEFAULT '', -- '' = open; domain.Outcome* keys
    outcome_at    INTEGER,
    notes         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX disputes_open ON disputes(deadline_at) WHERE outcome = '';

-- Public comments under videos and reviews (logged by hand or imported).
CREATE TABLE public_comments (
    id          INTEGER PRIMARY KEY,
    video       TEXT NOT NULL DEFAULT '',   -- video title or link
    author      TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    posted_at   INTEGER NOT NULL,           -- "logged in week W" uses this
    negative    INTEGER NOT NULL DEFAULT 1,
    -- the defect it names (a subcategory key), suggested from the words and
    -- confirmed by the seller; comments sharing one are a cluster
    subcategory TEXT NOT NULL DEFAULT '',
    sku         TEXT NOT NULL DEFAULT '',
    hidden      INTEGER NOT NULL DEFAULT 0,
    reported    INTEGER NOT NULL DEFAULT 0,
    reply       TEXT NOT NULL DEFAULT '',   -- the reply as copied out
    replied_at  INTEGER,
    ticket_id   INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    -- hash of video, author, text and time, so re-importing a file adds nothing twice
    import_key  TEXT UNIQUE,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX public_comments_posted ON public_comments(posted_at);
CREATE INDEX public_comments_subcategory ON public_comments(subcategory, posted_at);
