-- Afterloop schema, version 1.
-- Times are UTC Unix seconds (NULL = unknown). Money is integer minor units.
-- Platform IDs are TEXT, always.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE team_members (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    file_size   INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    platform    TEXT NOT NULL,
    rows        INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    lines       INTEGER NOT NULL DEFAULT 0,
    returns     INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    errors_json TEXT NOT NULL DEFAULT '[]',
    imported_at INTEGER NOT NULL,
    undone_at   INTEGER
) STRICT;
CREATE INDEX import_batches_sha256 ON import_batches(sha256);

-- Remembered column mappings, keyed by a signature of the file's headers.
CREATE TABLE column_mappings (
    header_signature TEXT PRIMARY KEY,
    kind             TEXT NOT NULL,
    platform         TEXT NOT NULL,
    mapping_json     TEXT NOT NULL,
    updated_at       INTEGER NOT NULL
) STRICT;

CREATE TABLE customers (
    id             INTEGER PRIMARY KEY,
    platform       TEXT NOT NULL,
    buyer_key      TEXT NOT NULL,
    display_name   TEXT NOT NULL DEFAULT '',
    created_batch_id INTEGER REFERENCES import_batches(id),
    UNIQUE (platform, buyer_key)
) STRICT;

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,        -- Seller SKU, else SKU ID
    sku_id      TEXT NOT NULL DEFAULT '',
    seller_sku  TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    variation   TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    created_batch_id INTEGER REFERENCES import_batches(id)
) STRICT;

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    customer_id     INTEGER REFERENCES customers(id),
    buyer_username  TEXT NOT NULL DEFAULT '',
    recipient       TEXT NOT NULL DEFAULT '',
    status_raw      TEXT NOT NULL DEFAULT '',
    substatus_raw   TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'unknown',
    currency        TEXT NOT NULL DEFAULT '',
    order_amount    INTEGER NOT NULL DEFAULT 0,
    refund_amount   INTEGER NOT NULL DEFAULT 0,
    shipping_fee    INTEGER NOT NULL DEFAULT 0,
    taxes           INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER,
    paid_at         INTEGER,
    rts_at          INTEGER,
    shipped_at      INTEGER,
    delivered_at    INTEGER,
    cancelled_at    INTEGER,
    tracking_id     TEXT NOT NULL DEFAULT '',
    carrier         TEXT NOT NULL DEFAULT '',
    delivery_option TEXT NOT NULL DEFAULT '',
    cancel_reason   TEXT NOT NULL DEFAULT '',
    buyer_message   TEXT NOT NULL DEFAULT '',
    seller_note     TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    -- lower-case order ID, buyer, recipient, SKUs and product names for search
    search_text     TEXT NOT NULL DEFAULT '',
    -- summary of lines for the table: first product name and counts
    items_summary   TEXT NOT NULL DEFAULT '',
    item_count      INTEGER NOT NULL DEFAULT 0,
    created_batch_id INTEGER REFERENCES import_batches(id),
    updated_batch_id INTEGER REFERENCES import_batches(id),
    UNIQUE (platform, external_id)
) STRICT;
CREATE INDEX orders_created_at ON orders(created_at);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_customer_created ON orders(customer_id, created_at);
CREATE INDEX orders_delivered_at ON orders(delivered_at);

CREATE TABLE order_lines (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no         INTEGER NOT NULL,
    product_key     TEXT NOT NULL,
    sku_id          TEXT NOT NULL DEFAULT '',
    seller_sku      TEXT NOT NULL DEFAULT '',
    product_name    TEXT NOT NULL DEFAULT '',
    variation       TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    quantity        INTEGER NOT NULL DEFAULT 1,
    return_quantity INTEGER NOT NULL DEFAULT 0,
    unit_price      INTEGER NOT NULL DEFAULT 0,
    subtotal_before INTEGER NOT NULL DEFAULT 0,
    subtotal_after  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (order_id, line_no)
) STRICT;
CREATE INDEX order_lines_product_key ON order_lines(product_key);

CREATE TABLE returns (
    id                INTEGER PRIMARY KEY,
    platform          TEXT NOT NULL,
    external_id       TEXT NOT NULL,           -- Return Order ID
    order_external_id TEXT NOT NULL,
    order_id          INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    product_key       TEXT NOT NULL,
    sku_id            TEXT NOT NULL DEFAULT '',
    seller_sku        TEXT NOT NULL DEFAULT '',
    product_name      TEXT NOT NULL DEFAULT '',
    return_type       TEXT NOT NULL DEFAULT '',
    reason            TEXT NOT NULL DEFAULT '',
    status_raw        TEXT NOT NULL DEFAULT '',
    substatus_raw     TEXT NOT NULL DEFAULT '',
    counts_as_refund  INTEGER NOT NULL DEFAULT 1,
    currency          TEXT NOT NULL DEFAULT '',
    refund_amount     INTEGER NOT NULL DEFAULT 0,
    quantity          INTEGER NOT NULL DEFAULT 0,
    requested_at      INTEGER,
    refunded_at       INTEGER,
    tracking_id       TEXT NOT NULL DEFAULT '',
    buyer_note        TEXT NOT NULL DEFAULT '',
    created_batch_id  INTEGER REFERENCES import_batches(id),
    updated_batch_id  INTEGER REFERENCES import_batches(id),
    UNIQUE (platform, external_id, product_key)
) STRICT;
CREATE INDEX returns_order_external ON returns(platform, order_external_id);
CREATE INDEX returns_order_id ON returns(order_id);

-- What each import did, so it can be undone: "created" rows are deleted,
-- "updated" rows get before_json back.
CREATE TABLE import_changes (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity      TEXT NOT NULL,   -- order | return | customer | product
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,   -- created | updated
    before_json TEXT
) STRICT;
CREATE INDEX import_changes_batch ON import_changes(batch_id);
CREATE INDEX import_changes_entity ON import_changes(entity, entity_id);
