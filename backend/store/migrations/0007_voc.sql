-- Voice-of-Customer log (PRODUCT.md §6, issue 6): recurring problems, their
-- root cause, the fix and when it shipped. Frequency and impact are never
-- stored: they are counted from tickets, returns and reviews when asked for.
-- Keys (category, subcategory, root cause) are the support keys of
-- backend/domain/support.go; status, fix kind and owner keys are in
-- backend/domain/voc.go.

CREATE TABLE voc_entries (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,             -- the issue, in the seller's words
    category          TEXT NOT NULL DEFAULT '',
    -- subcategory and root cause select the tickets and returns that make up
    -- the frequency: a ticket counts when it has either one
    subcategory       TEXT NOT NULL DEFAULT '',
    root_cause        TEXT NOT NULL DEFAULT '',
    root_cause_detail TEXT NOT NULL DEFAULT '',  -- why it happens, free text
    fix               TEXT NOT NULL DEFAULT '',  -- what was done about it
    fix_kind          TEXT NOT NULL DEFAULT '',  -- insert_card | listing | supplier | packaging | other
    fix_card_id       INTEGER REFERENCES card_designs(id) ON DELETE SET NULL,
    fix_reference     TEXT NOT NULL DEFAULT '',  -- listing link, supplier PO, ... as typed
    owner             TEXT NOT NULL DEFAULT '',  -- ops | creative | supplier | support | teammate
    owner_teammate_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
    -- The day the fix shipped as the seller picked it: a shop-local calendar
    -- date 'YYYY-MM-DD', not an instant. The impact windows are computed
    -- from it in the shop time zone at read time (midnight of that day
    -- starts the "after" window), so changing the zone setting never moves
    -- the date the seller chose. '' = not shipped.
    fix_shipped_on    TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open', -- open | fixing | shipped | verified | wont_fix
    notes             TEXT NOT NULL DEFAULT '',
    -- lower-case title, SKUs, fix, notes and root cause detail for search
    search_text       TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER                     -- set by delete, cleared by undo
) STRICT;
CREATE INDEX voc_entries_live ON voc_entries(deleted_at, status);

-- The affected SKUs (line keys: Seller SKU, else SKU ID) of an entry.
CREATE TABLE voc_entry_skus (
    entry_id INTEGER NOT NULL REFERENCES voc_entries(id) ON DELETE CASCADE,
    sku      TEXT NOT NULL,
    PRIMARY KEY (entry_id, sku)
) STRICT, WITHOUT ROWID;
CREATE INDEX voc_entry_skus_sku ON voc_entry_skus(sku, entry_id);

-- Suggestions the seller dismissed. The key names the SKU and the problem
-- (see backend/voc); the count it had when dismissed lets a problem that
-- has since doubled come back instead of staying hidden for ever.
CREATE TABLE voc_dismissed_suggestions (
    key          TEXT PRIMARY KEY,
    count        INTEGER NOT NULL,
    dismissed_at INTEGER NOT NULL
) STRICT;

-- Frequency and suggestions read returns by SKU and time, and public
-- comments by posting time (indexed in 0005).
CREATE INDEX returns_product_requested ON returns(product_key, requested_at);
