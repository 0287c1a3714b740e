-- Product reviews imported from the platform (issue 7; read by the
-- scorecard and the Voice-of-Customer log).
CREATE TABLE reviews (
    id                INTEGER PRIMARY KEY,
    order_external_id TEXT NOT NULL DEFAULT '',
    order_id          INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    sku               TEXT NOT NULL DEFAULT '',  -- line key: Seller SKU, else SKU ID
    rating            INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body              TEXT NOT NULL DEFAULT '',
    word_count        INTEGER NOT NULL DEFAULT 0, -- runs of non-space characters
    posted_at         INTEGER NOT NULL,
    import_key        TEXT UNIQUE,                -- order, SKU, time: re-import adds nothing twice
    created_at        INTEGER NOT NULL
) STRICT;
CREATE INDEX reviews_posted ON reviews(posted_at);
CREATE INDEX reviews_sku_posted ON reviews(sku, posted_at);
CREATE INDEX reviews_order ON reviews(order_external_id);
