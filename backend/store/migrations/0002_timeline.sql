-- Communication timeline (PRODUCT.md §3). Stages are computed on demand from
-- the orders; only what people write or do is stored here.

-- What the seller writes once per SKU (keyed like order_lines.product_key, so
-- content can exist before the first order of a new SKU is imported).
CREATE TABLE product_content (
    product_key         TEXT PRIMARY KEY,
    setup_steps_json    TEXT NOT NULL DEFAULT '[]',
    common_issue        TEXT NOT NULL DEFAULT '',
    common_fixes_json   TEXT NOT NULL DEFAULT '[]',
    review_delay_days   INTEGER NOT NULL DEFAULT 0,   -- 0 = shop default
    usage_cycle_days    INTEGER NOT NULL DEFAULT 0,   -- 0 = not used up
    replenishment       INTEGER NOT NULL DEFAULT 0,   -- opt-in
    review_tips         TEXT NOT NULL DEFAULT '',
    included_items_json TEXT NOT NULL DEFAULT '[]',
    care_tips_json      TEXT NOT NULL DEFAULT '[]',
    updated_at          INTEGER NOT NULL
) STRICT;

-- Edited templates only: a stage without a row uses the built-in default,
-- and "reset to default" deletes the row.
CREATE TABLE message_templates (
    stage          TEXT NOT NULL,
    language       TEXT NOT NULL,
    body           TEXT NOT NULL,
    fallbacks_json TEXT NOT NULL DEFAULT '{}',
    updated_at     INTEGER NOT NULL,
    PRIMARY KEY (stage, language)
) STRICT;

-- One action per order and stage; undo deletes it.
CREATE TABLE timeline_actions (
    order_id      INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    stage         TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('sent', 'skipped', 'snoozed')),
    at            INTEGER NOT NULL,
    teammate_id   INTEGER,
    reason        TEXT NOT NULL DEFAULT '',
    snoozed_until INTEGER,
    -- the text exactly as it was copied out when marked sent
    sent_text     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, stage)
) STRICT;
CREATE INDEX timeline_actions_at ON timeline_actions(action, at);

-- The due queue scans every recent order's times and product keys, in ID
-- ranges read in parallel; these covering indexes let it read two narrow
-- indexes in ID order instead of the wide tables (measured: about half the
-- time of the queue at 100,000 orders).
CREATE INDEX orders_timeline ON orders(id, status, created_at, paid_at, rts_at, shipped_at, delivered_at);
CREATE INDEX order_lines_order_product ON order_lines(order_id, product_key);
