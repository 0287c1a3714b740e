// Package imports is the one import engine above the table readers: it
// recognises what kind of export a file is from its headers (orders,
// returns, support log, reviews, comments), previews it, imports it into one
// import-history entry with one result shape, and undoes any import.
package imports

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/importer"
)

// fieldSignal is one field a kind's files carry, with the header names
// that mean it (normalized: lower case, single spaces, no _ or -).
type fieldSignal struct {
	label   string
	headers []string
}

// kindDefinition tells a kind of file by its headers: every required field
// must be there. Optional fields document what else such files carry.
type kindDefinition struct {
	kind     string
	noun     string // how the seller calls such a file
	required []fieldSignal
	optional []fieldSignal
}

var (
	sigOrderID   = fieldSignal{"Order ID", []string{"order id", "注文id"}}
	sigReturnID  = fieldSignal{"Return Order ID", []string{"return order id", "return id", "返品注文id"}}
	sigTicketKey = fieldSignal{"Ticket ID or Buyer Message", []string{"ticket id", "buyer message"}}
	sigOpenedAt  = fieldSignal{"Opened At", []string{"opened at"}}
	sigRating    = fieldSignal{"Rating", []string{"rating", "star rating", "stars", "product rating"}}
	sigReviewAt  = fieldSignal{"Review Time", []string{"review time", "reviewed at", "review date", "review created time"}}
	sigNegative  = fieldSignal{"Negative", []string{"negative", "is negative", "negative?"}}
	sigPostedAt  = fieldSignal{"Posted At", []string{"posted at", "posted", "posted time", "comment time"}}
	sigComment   = fieldSignal{"Text", []string{"text", "comment", "comment text", "body", "message", "content"}}
)

// kindDefinitions are tried in this order, most specific first: the first
// whose required fields are all there wins (a support log and a returns
// export also have an Order ID column).
var kindDefinitions = []kindDefinition{
	{kind: domain.KindReturns, noun: "a returns export", required: []fieldSignal{sigReturnID},
		optional: []fieldSignal{{"Return Status", []string{"return status"}}, {"Return unit price", []string{"return unit price"}}}},
	{kind: domain.KindTickets, noun: "a support log", required: []fieldSignal{sigTicketKey, sigOpenedAt},
		optional: []fieldSignal{{"Category", []string{"category"}}, {"First Response At", []string{"first response at"}},
			{"Root Cause", []string{"root cause"}}, {"Channel", []string{"channel"}}}},
	{kind: domain.KindReviews, noun: "a reviews export", required: []fieldSignal{sigRating},
		optional: []fieldSignal{sigReviewAt, {"Review Text", []string{"review text", "review", "review content"}}}},
	{kind: domain.KindComments, noun: "a comments file", required: []fieldSignal{sigNegative, sigComment},
		optional: []fieldSignal{sigPostedAt, {"Video", []string{"video", "video title"}}, {"Author", []string{"author", "username"}}}},
	{kind: domain.KindOrders, noun: "an order export", required: []fieldSignal{sigOrderID},
		optional: []fieldSignal{{"Created Time", []string{"created time", "created at", "注文作成日時"}},
			{"Order Status", []string{"order status", "注文ステータス", "financial status"}},
			{"SKU ID", []string{"sku id"}}, {"Order Amount", []string{"order amount", "total"}},
			{"Lineitem name", []string{"lineitem name"}}}},
	{kind: domain.KindOrders, noun: "a Shopify orders export", required: []fieldSignal{{"Name", []string{"name"}},
		{"Lineitem name", []string{"lineitem name", "lineitem quantity"}}}},
}

// Detection is which kind a file looks like and why.
type Detection struct {
	Kind   string `json:"kind"`   // "" when no kind matched
	Reason string `json:"reason"` // e.g. `columns "Ticket ID" and "Opened At" make it a support log`
}

// normalizeHeader matches headers forgivingly: case, spacing, _ and -.
func normalizeHeader(h string) string {
	return importer.NormalizeHeader(strings.NewReplacer("_", " ", "-", " ").Replace(h))
}

// DetectKind recognises the kind from a header row.
func DetectKind(headers []string) Detection {
	have := map[string]string{} // normalized -> as written
	for _, h := range headers {
		if n := normalizeHeader(h); n != "" {
			if _, dup := have[n]; !dup {
				have[n] = h
			}
		}
	}
	find := func(s fieldSignal) string {
		for _, name := range s.headers {
			if h, ok := have[name]; ok {
				return h
			}
		}
		return ""
	}
	best, bestFound := "", []string(nil)
	var bestDef kindDefinition
	for _, def := range kindDefinitions {
		var found []string
		ok := true
		for _, s := range def.required {
			h := find(s)
			if h == "" {
				ok = false
				break
			}
			found = append(found, h)
		}
		if !ok {
			continue
		}
		best, bestFound, bestDef = def.kind, found, def
		break
	}
	if best == "" {
		return Detection{Reason: "no column says which kind of export this is"}
	}
	quoted := make([]string, len(bestFound))
	for i, h := range bestFound {
		quoted[i] = fmt.Sprintf("%q", h)
	}
	col := "the column " + quoted[0] + " makes"
	if len(quoted) > 1 {
		col = "the columns " + strings.Join(quoted, " and ") + " make"
	}
	return Detection{Kind: best, Reason: fmt.Sprintf("%s it %s", col, bestDef.noun)}
}

// errHeaderRead stops reading once the header row is in hand.
var errHeaderRead = errors.New("header read")

// readHeaders returns the file's first non-blank row.
func readHeaders(ctx context.Context, path string) ([]string, error) {
	var headers []string
	err := importer.ReadTable(ctx, path, importer.TableKind{
		Expected: "an order, returns, support log, reviews or comments export",
		Hint:     "Export the file from Seller Center (or your support log) as .xlsx or .csv and import it again.",
	}, func(_ int, cells []string, _ string) error {
		for _, c := range cells {
			if c != "" {
				headers = cells
				return errHeaderRead
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, errHeaderRead) {
		return nil, err
	}
	return headers, nil
}
