-- The order table sorts by amount: an index in the same order as its
-- ORDER BY (amount, then id, the rowid) reads any page in index order, like
-- the created and status sorts (orders_created_at, orders_status_created).
CREATE INDEX orders_amount ON orders(order_amount);

-- Search also finds words of the buyer's message: add it to the search
-- text of orders imported before (new imports write it themselves).
UPDATE orders SET search_text = search_text || ' ' || lower(buyer_message)
WHERE buyer_message != '' AND instr(search_text, lower(buyer_message)) = 0;
