package feedback

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// Review fields.
const (
	FieldOrderID    = "order_id"
	FieldSellerSKU  = "seller_sku"
	FieldSKUID      = "sku_id"
	FieldRating     = "rating"
	FieldReviewText = "review_text"
	FieldReviewTime = "review_time"
)

var reviewSpec = spec{
	kind:      KindReviews,
	timeField: FieldReviewTime,
	table: importer.TableKind{
		Expected: "a reviews file (columns Order ID, Seller SKU or SKU ID, Rating, Review Text, Review Time)",
		Hint:     "In Seller Center open the product ratings page, export the reviews, and import the .xlsx or .csv file.",
	},
	fields: []field{
		{FieldOrderID, "Order ID", false, []string{"order id", "order number", "order no", "order no.", "order"}},
		{FieldSellerSKU, "Seller SKU", false, []string{"seller sku", "seller sku id", "merchant sku"}},
		{FieldSKUID, "SKU ID", false, []string{"sku id", "sku", "platform sku id"}},
		{FieldRating, "Rating", true, []string{"rating", "star rating", "stars", "star", "score", "product rating"}},
		{FieldReviewText, "Review Text", false, []string{"review text", "review", "review content", "content", "text", "comment"}},
		{FieldReviewTime, "Review Time", true, []string{"review time", "reviewed at", "review date", "review created time", "created time", "date", "time"}},
	},
}

// ImportReviews reads a reviews file and writes its reviews in one
// transaction, without an import-history entry. Bad rows are skipped with
// their row number and reason; a file without Rating and Review Time
// columns is refused and nothing is written.
func ImportReviews(ctx context.Context, st *store.Store, path string, opts Options) (Result, error) {
	rows, res, err := PrepareReviews(ctx, path, opts)
	if err != nil {
		return res, err
	}
	w, err := st.ImportReviews(ctx, rows)
	if err != nil {
		return newResult(KindReviews), err
	}
	ApplyWrite(&res, w)
	return res, nil
}

// ApplyWrite adds what the store did to a result.
func ApplyWrite(res *Result, w store.FeedbackImportResult) {
	res.Created, res.Updated, res.Unchanged = w.Created, w.Updated, w.Unchanged
	if len(w.UnknownOrders) > 0 {
		res.UnknownValues = unknownOrders(w.UnknownOrders)
	}
}

// PrepareReviews reads a reviews file without writing: the rows to write
// and the result so far (rows read, skipped rows, date order and why).
func PrepareReviews(ctx context.Context, path string, opts Options) ([]store.FeedbackImportRow[domain.Review], Result, error) {
	p, err := parse(ctx, path, reviewSpec, opts)
	if err != nil {
		return nil, newResult(KindReviews), err
	}
	res := p.res
	rows := make([]store.FeedbackImportRow[domain.Review], 0, len(p.rows))
	for _, r := range p.rows {
		get := func(key string) string { return p.lay.get(r.cells, key) }
		orderID := get(FieldOrderID)
		if importer.IsExcelMangledID(orderID) {
			res.skip(r.row, "Order ID", fmt.Sprintf("Order ID %s was turned into a rounded number by Excel; export the file again and import it without opening it in Excel", orderID))
			continue
		}
		if problem := importer.PlatformIDProblem(orderID); orderID != "" && problem != "" {
			res.skip(r.row, "Order ID", fmt.Sprintf("Order ID %q %s", orderID, problem))
			continue
		}
		rating, ok := parseRating(get(FieldRating))
		if !ok {
			res.skip(r.row, "Rating", fmt.Sprintf("Rating %q is not 1 to 5 stars", get(FieldRating)))
			continue
		}
		v := domain.Review{OrderExternalID: orderID, SKU: domain.ProductKey(get(FieldSellerSKU), get(FieldSKUID)),
			Rating: rating, Body: get(FieldReviewText), PostedAt: r.at}
		if msg := firstProblem(v.Validate()); msg != "" {
			res.skip(r.row, "", msg)
			continue
		}
		// The order, SKU and time identify a review; without an order ID
		// the text stands in for it.
		key := importKey("review", orderID, v.SKU, strconv.FormatInt(v.PostedAt, 10))
		if orderID == "" {
			key = importKey("review", "", v.SKU, strconv.FormatInt(v.PostedAt, 10), v.Body)
		}
		rows = append(rows, store.FeedbackImportRow[domain.Review]{Row: r.row, ImportKey: key, Value: v})
	}
	return rows, res, nil
}

// parseRating reads 1–5 stars written as 4, 4.0, "4 stars", "4/5" or ★★★★☆.
func parseRating(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	if stars := strings.Count(s, "★"); stars > 0 && strings.Trim(s, "★☆ ") == "" {
		return stars, stars <= 5
	}
	for _, suffix := range []string{"stars", "star", "/5", "/ 5"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int(f)) || f < 1 || f > 5 || !utf8.ValidString(s) {
		return 0, false
	}
	return int(f), true
}
