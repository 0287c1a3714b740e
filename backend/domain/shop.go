package domain

import (
	"strings"
	"time"
)

// Settings are the shop-wide preferences.
type Settings struct {
	ShopName       string `json:"shopName"`
	TimeZone       string `json:"timeZone"` // IANA name
	Currency       string `json:"currency"` // ISO 4217
	ProcessingDays int    `json:"processingDays"`
}

// DefaultSettings are used before the seller saves anything.
func DefaultSettings(systemZone string) Settings {
	if systemZone == "" || systemZone == "Local" {
		systemZone = "UTC"
	}
	return Settings{ShopName: "", TimeZone: systemZone, Currency: "USD", ProcessingDays: 2}
}

// Validate returns a map of field -> problem; empty when valid.
func (s Settings) Validate() map[string]string {
	problems := map[string]string{}
	if len(s.ShopName) > 120 {
		problems["shopName"] = "Shop name is limited to 120 characters."
	}
	if _, err := time.LoadLocation(s.TimeZone); err != nil || s.TimeZone == "" {
		problems["timeZone"] = "Choose a time zone from the list."
	}
	if len(strings.TrimSpace(s.Currency)) != 3 {
		problems["currency"] = "Currency is a three-letter code such as USD or JPY."
	}
	if s.ProcessingDays < 0 || s.ProcessingDays > 30 {
		problems["processingDays"] = "Processing time is between 0 and 30 business days."
	}
	return problems
}

// Team roles.
var TeamRoles = []string{"owner", "support", "operations", "creative"}

// TeamMember is a teammate used for assignment.
type TeamMember struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

// Validate returns a map of field -> problem; empty when valid.
func (m TeamMember) Validate() map[string]string {
	problems := map[string]string{}
	name := strings.TrimSpace(m.Name)
	if name == "" {
		problems["name"] = "Enter the teammate's name."
	} else if len(name) > 80 {
		problems["name"] = "Names are limited to 80 characters."
	}
	ok := false
	for _, r := range TeamRoles {
		if r == m.Role {
			ok = true
		}
	}
	if !ok {
		problems["role"] = "Choose a role."
	}
	return problems
}

// ImportBatch records one imported file.
type ImportBatch struct {
	ID         int64      `json:"id"`
	FileName   string     `json:"fileName"`
	FileSize   int64      `json:"fileSize"`
	SHA256     string     `json:"sha256"`
	Kind       string     `json:"kind"` // orders | returns | tickets | reviews | comments
	Platform   string     `json:"platform"`
	Rows       int        `json:"rows"`
	Orders     int        `json:"orders"`
	Lines      int        `json:"lines"`
	Returns    int        `json:"returns"`
	Created    int        `json:"created"`
	Updated    int        `json:"updated"`
	Unchanged  int        `json:"unchanged"`
	Skipped    int        `json:"skipped"`
	Errors     []RowError `json:"errors"`
	ImportedAt int64      `json:"importedAt"`
	UndoneAt   int64      `json:"undoneAt"`
	DateOrder  string     `json:"dateOrder"`  // how slash dates were read: dmy | mdy | ymd, "" when none
	DateReason string     `json:"dateReason"` // why that order
}

// RowError is one skipped row: its 1-based row number in the file and why.
type RowError struct {
	Row     int    `json:"row"`
	Column  string `json:"column,omitempty"`
	Message string `json:"message"`
}

// Import kinds.
const (
	KindOrders   = "orders"
	KindReturns  = "returns"
	KindTickets  = "tickets"
	KindReviews  = "reviews"
	KindComments = "comments"
)

// ImportKinds lists every kind of file the importer reads.
var ImportKinds = []string{KindOrders, KindReturns, KindTickets, KindReviews, KindComments}
