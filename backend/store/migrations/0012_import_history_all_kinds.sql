-- Every import (orders, returns, tickets, reviews, comments) keeps one history
-- entry that can be undone; import_changes now also names tickets, reviews
-- and comments. The entry remembers how the file's slash dates were read.
ALTER TABLE import_batches ADD COLUMN date_order TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batches ADD COLUMN date_reason TEXT NOT NULL DEFAULT '';
