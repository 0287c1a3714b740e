-- Shop health: estimates of the platform's own shop metrics (negative
-- review rate, non-buyer-fault returns, seller-fault cancellations, late
-- dispatch, on-time delivery, chat response rate) from the shop's data.

-- Who cancelled (Seller, User, System) and who ships (fulfilled by the
-- seller or by TikTok), as the order export says. '' = the export had no
-- such column; the cancellation is then judged from its reason.
ALTER TABLE orders ADD COLUMN cancel_by TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN fulfillment_type TEXT NOT NULL DEFAULT '';

-- Each metric counts orders by the time of one event inside a rolling
-- window. Orders delivered in a window, and orders paid in one, are read
-- from these two indexes alone (they carry every column the metrics
-- compute with), so a day's figures never touch the wide order rows. The
-- shipped and ready-to-ship indexes carry the paid time, so the rare order
-- shipped long after payment is found without reading rows either.
CREATE INDEX orders_health_delivered ON orders(delivered_at, paid_at, shipped_at, rts_at, cancelled_at, status,
    fulfillment_type, cancel_by, carrier);
CREATE INDEX orders_health_paid ON orders(paid_at, delivered_at, shipped_at, rts_at, cancelled_at, status,
    fulfillment_type, cancel_by, carrier);
CREATE INDEX orders_shipped_paid ON orders(shipped_at, paid_at);
CREATE INDEX orders_rts_paid ON orders(rts_at, paid_at);
-- The first review of each order.
CREATE INDEX reviews_order_id_posted ON reviews(order_id, posted_at);

-- Return reasons the seller classified by hand: the fault is 'seller'
-- (the seller's or the carrier's) or 'buyer'. The key is the reason in
-- lower case with spaces collapsed, so "Damaged  Item" and "damaged item"
-- are decided once.
CREATE TABLE return_reason_faults (
    reason_key TEXT PRIMARY KEY,
    reason     TEXT NOT NULL,           -- as first seen, for display
    fault      TEXT NOT NULL CHECK (fault IN ('seller', 'buyer')),
    decided_at INTEGER NOT NULL
) STRICT;
