// Package voc is the Voice-of-Customer log's logic:
// how often a recurring problem comes back, which problems have no entry yet,
// and whether a shipped fix moved the refund rate.
//
// Rules, in one place:
//
//   - Time: every week is an ISO week (Monday 00:00 to Sunday 24:00) in the
//     shop time zone, and every window is built from calendar days in that
//     zone (time.Date with day arithmetic), so a DST change never shifts a
//     boundary by an hour.
//   - "As of": counts run up to the newest thing a buyer did that the
//     database knows (order, ticket, return, review or comment), capped at
//     the clock. A shop that last imported two weeks ago sees its data as of
//     then, instead of empty weeks that look like the problem went away.
//   - Evidence for an entry (its frequency and linked items): tickets on its
//     SKUs whose subcategory or root cause is the entry's; counting returns
//     on its SKUs whose reason maps (MapReturnReason) to the entry's
//     subcategory or root cause; reviews of 1–2 stars on its SKUs, whatever
//     they say. A ticket is on a SKU when its own SKU is that one or, when it
//     names none, when its order has a line with it.
//   - Frequency per week: the mean of the last 4 complete weeks before the
//     week that holds the "as of" time (that week is still filling up). The
//     entry page (Weekly) and the table (Frequencies, one pass for every
//     entry) apply the same rules; a test holds them equal.
//   - Suggestions, impact windows and the verdict: see suggest.go and
//     impact.go.
package voc
