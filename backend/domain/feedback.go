package domain

import (
	"strings"
	"unicode/utf8"
)

// Review is one product review imported from the platform; the scorecard's
// star rating and review depth come from these.
type Review struct {
	ID              int64  `json:"id"`
	OrderExternalID string `json:"orderExternalId"`
	OrderID         int64  `json:"orderId"` // 0 until the order is in the database
	SKU             string `json:"sku"`     // line key: Seller SKU, else SKU ID
	Rating          int    `json:"rating"`  // 1 to 5 stars
	Body            string `json:"body"`
	WordCount       int    `json:"wordCount"`
	PostedAt        int64  `json:"postedAt"`
}

// CountWords counts runs of non-space characters, the words of the scorecard's
// review depth. Text without spaces (Japanese, Thai) counts as one word: that
// is the definition, not a tokenizer.
func CountWords(s string) int { return len(strings.Fields(s)) }

// Text limits keep one pasted novel from bloating the database.
const (
	maxReviewBody  = 20_000
	maxCommentBody = 5_000
	maxShortField  = 500
)

// Validate returns field -> problem; empty when valid.
func (r Review) Validate() map[string]string {
	p := map[string]string{}
	if r.Rating < 1 || r.Rating > 5 {
		p["rating"] = "Rating is a whole number of stars from 1 to 5."
	}
	if r.PostedAt <= 0 {
		p["postedAt"] = "Review Time is missing."
	}
	if utf8.RuneCountInString(r.Body) > maxReviewBody {
		p["body"] = "Review text is limited to 20,000 characters."
	}
	if len(r.SKU) > maxShortField || len(r.OrderExternalID) > maxShortField {
		p["sku"] = "Order ID and SKU are limited to 500 characters."
	}
	return p
}
