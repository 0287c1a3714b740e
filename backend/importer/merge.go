package importer

import (
	"strconv"
	"strings"

	"afterloop/backend/domain"
)

// mergeOrder applies a re-imported order over the stored one. Exports
// overlap, so the newer file wins, but a value the file lacks (an empty
// cell) never erases a stored one. An older export imported after a newer
// one is recognized by its earlier status (awaiting shipment after
// delivered) and may then only fill gaps.
func mergeOrder(stored, incoming domain.Order, storedLines, incomingLines []domain.OrderLine) (domain.Order, []domain.OrderLine) {
	older := statusRank(incoming.Status) > 0 && statusRank(incoming.Status) < statusRank(stored.Status)
	if older {
		merged := fillOrder(stored, incoming)
		if len(storedLines) == 0 {
			return merged, incomingLines
		}
		return merged, storedLines
	}
	m := stored
	if incoming.StatusRaw != "" || incoming.Status != domain.StatusUnknown {
		m.StatusRaw, m.SubstatusRaw, m.Status = incoming.StatusRaw, incoming.SubstatusRaw, incoming.Status
	}
	for _, p := range orderStrings(&m, &incoming) {
		if *p.from != "" {
			*p.to = *p.from
		}
	}
	for _, p := range orderNumbers(&m, &incoming) {
		if *p.from != 0 {
			*p.to = *p.from
		}
	}
	if len(incomingLines) == 0 {
		return m, storedLines
	}
	return m, incomingLines
}

// fillOrder only fills the stored order's empty values.
func fillOrder(stored, incoming domain.Order) domain.Order {
	m := stored
	if m.StatusRaw == "" && incoming.StatusRaw != "" {
		m.StatusRaw, m.SubstatusRaw, m.Status = incoming.StatusRaw, incoming.SubstatusRaw, incoming.Status
	}
	for _, p := range orderStrings(&m, &incoming) {
		if *p.to == "" {
			*p.to = *p.from
		}
	}
	for _, p := range orderNumbers(&m, &incoming) {
		if *p.to == 0 {
			*p.to = *p.from
		}
	}
	return m
}

type stringPair struct{ to, from *string }
type numberPair struct{ to, from *int64 }

func orderStrings(to, from *domain.Order) []stringPair {
	return []stringPair{{&to.BuyerUsername, &from.BuyerUsername}, {&to.Recipient, &from.Recipient},
		{&to.Currency, &from.Currency}, {&to.TrackingID, &from.TrackingID}, {&to.Carrier, &from.Carrier},
		{&to.DeliveryOption, &from.DeliveryOption}, {&to.CancelReason, &from.CancelReason},
		{&to.BuyerMessage, &from.BuyerMessage}, {&to.SellerNote, &from.SellerNote}, {&to.Country, &from.Country},
		{&to.Region, &from.Region}, {&to.CancelBy, &from.CancelBy}, {&to.FulfillmentType, &from.FulfillmentType}}
}

func orderNumbers(to, from *domain.Order) []numberPair {
	return []numberPair{{&to.CustomerID, &from.CustomerID}, {&to.OrderAmount, &from.OrderAmount},
		{&to.RefundAmount, &from.RefundAmount}, {&to.ShippingFee, &from.ShippingFee}, {&to.Taxes, &from.Taxes},
		{&to.CreatedAt, &from.CreatedAt}, {&to.PaidAt, &from.PaidAt}, {&to.RTSAt, &from.RTSAt},
		{&to.ShippedAt, &from.ShippedAt}, {&to.DeliveredAt, &from.DeliveredAt}, {&to.CancelledAt, &from.CancelledAt}}
}

// linesEqual compares lines by content (database ids aside).
func linesEqual(a, b []domain.OrderLine) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		x.ID, x.OrderID, y.ID, y.OrderID = 0, 0, 0, 0
		if x != y {
			return false
		}
	}
	return true
}

// orderSummary builds the denormalized columns the order table searches and
// shows: search text (IDs, buyer, items and the buyer's message), "Basic Tee ×2 + 1 more", and the unit count.
func orderSummary(o *domain.Order, lines []domain.OrderLine) (search, summary string, units int64) {
	var b strings.Builder
	add := func(s string) {
		if s != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
		}
	}
	add(o.ExternalID)
	add(o.BuyerUsername)
	add(o.Recipient)
	// The buyer's note at checkout ("please gift wrap") is searchable too.
	add(o.BuyerMessage)
	for _, l := range lines {
		add(l.SellerSKU)
		add(l.SKUID)
		add(l.ProductName)
		add(l.Variation)
		units += l.Quantity
	}
	search = strings.ToLower(b.String())
	if len(lines) > 0 {
		summary = lines[0].ProductName
		if summary == "" {
			summary = lines[0].ProductKey
		}
		if lines[0].Quantity > 1 {
			summary += " ×" + strconv.FormatInt(lines[0].Quantity, 10)
		}
		if len(lines) > 1 {
			summary += " + " + strconv.Itoa(len(lines)-1) + " more"
		}
	}
	return search, summary, units
}
