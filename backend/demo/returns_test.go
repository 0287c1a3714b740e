package demo

import (
	"strings"
	"testing"
	"time"
)

func TestReturnsExport(t *testing.T) {
	files, orders, returns := generateDefault(t)
	shop := DefaultShop()
	loc, _ := time.LoadLocation(shop.TimeZone)
	if len(returns.records) != files.ReturnLines || files.ReturnLines == 0 {
		t.Fatalf("%d returns parsed, Files says %d", len(returns.records), files.ReturnLines)
	}
	type orderLine struct{ order, sku string }
	delivered, created := map[string]time.Time{}, map[string]time.Time{}
	deliveredLines := map[string]int{} // by SKU ID
	known := map[orderLine]bool{}
	for _, rec := range orders.records {
		id, sku := orders.get(rec, "Order ID"), orders.get(rec, "SKU ID")
		known[orderLine{id, sku}] = true
		created[id] = parseTime(t, orders.get(rec, "Created Time"), loc)
		if d := parseTime(t, orders.get(rec, "Delivered Time"), loc); !d.IsZero() {
			delivered[id] = d
			deliveredLines[sku]++
		}
	}
	// fixed says whether a line's order came after its SKU's defect was fixed.
	fixedAt := map[string]time.Time{}
	for _, p := range shop.Products {
		if p.Defect != nil && p.Defect.FixedDaysAgo > 0 {
			fixedAt[p.SKUID+"\t"] = testNow.AddDate(0, 0, -p.Defect.FixedDaysAgo)
		}
	}
	fixed := func(orderID, sku string) bool { at, ok := fixedAt[sku]; return ok && !created[orderID].Before(at) }
	type period struct{ delivered, returned int }
	beforeFix, afterFix := map[string]*period{}, map[string]*period{}
	for _, rec := range orders.records {
		id, sku := orders.get(rec, "Order ID"), orders.get(rec, "SKU ID")
		if _, ok := delivered[id]; ok {
			m := beforeFix
			if fixed(id, sku) {
				m = afterFix
			}
			if m[sku] == nil {
				m[sku] = &period{}
			}
			m[sku].delivered++
		}
	}

	statuses, reasons := map[string]int{}, map[string]int{}
	returnedLines := map[string]int{} // by SKU ID
	missingParts := map[string]int{}  // by SKU ID
	seen := map[string]bool{}
	unknownOrders := 0
	for _, rec := range returns.records {
		if len(rec) != len(returnsHeader) {
			t.Fatalf("return with %d cells", len(rec))
		}
		id := returns.get(rec, "Return Order ID")
		if !strings.HasSuffix(id, "\t") || len(id) != 20 || seen[id] {
			t.Fatalf("Return Order ID %q is not 19 digits + TAB, or repeats", id)
		}
		seen[id] = true
		orderID, sku := returns.get(rec, "Order ID"), returns.get(rec, "SKU ID")
		checkTabbedID(t, "Order ID", orderID)
		status, reason := returns.get(rec, "Return Status"), returns.get(rec, "Return Reason")
		statuses[status]++
		reasons[reason]++
		requested := parseTime(t, returns.get(rec, "Time Requested"), loc)
		refunded := parseTime(t, returns.get(rec, "Refund Time"), loc)
		if (status == returnCompleted) != !refunded.IsZero() || (!refunded.IsZero() && !refunded.After(requested)) {
			t.Fatalf("return %s: status %s, requested %v, refunded %v", id, status, requested, refunded)
		}
		if requested.After(testNow) || refunded.After(testNow) {
			t.Fatalf("return %s lies in the future", id)
		}
		if parseMoney(t, returns.get(rec, "Return unit price")) <= 0 || returns.get(rec, "Return Quantity") == "0" {
			t.Fatalf("return %s refunds nothing", id)
		}
		if !known[orderLine{orderID, sku}] {
			unknownOrders++
			continue
		}
		if d, ok := delivered[orderID]; !ok || !requested.After(d) {
			t.Fatalf("return %s requested %v, before its order's delivery %v", id, requested, d)
		}
		returnedLines[sku]++
		if fixed(orderID, sku) {
			afterFix[sku].returned++
		} else {
			beforeFix[sku].returned++
		}
		if reason == "Missing parts" {
			missingParts[sku]++
		}
	}
	if unknownOrders < 3 || unknownOrders > 10 {
		t.Errorf("%d returns for orders outside the orders file, want a handful", unknownOrders)
	}
	for _, s := range []string{returnCompleted, returnRejected, returnCancelled} {
		if statuses[s] == 0 {
			t.Errorf("no return with status %q: %v", s, statuses)
		}
	}
	if statuses[returnCompleted]*10 < len(returns.records)*7 {
		t.Errorf("statuses %v: want mostly Completed", statuses)
	}
	for _, r := range []string{"Damaged item", "Missing parts", "Defective", "Wrong item", "No longer needed", "Size doesn't fit"} {
		if reasons[r] == 0 {
			t.Errorf("no return with reason %q: %v", r, reasons)
		}
	}

	totalDelivered, totalReturned := 0, 0
	for sku, n := range deliveredLines {
		totalDelivered += n
		totalReturned += returnedLines[sku]
	}
	rate := float64(totalReturned) / float64(totalDelivered)
	if rate < 0.06 || rate > 0.09 {
		t.Errorf("%.1f%% of delivered lines returned, want 6-9%%", 100*rate)
	}
	topMissing := ""
	for sku, n := range missingParts {
		if topMissing == "" || n > missingParts[topMissing] {
			topMissing = sku
		}
	}
	for _, p := range shop.Products {
		sku := p.SKUID + "\t"
		skuRate := float64(returnedLines[sku]) / float64(max(deliveredLines[sku], 1))
		before := beforeFix[sku]
		beforeRate := float64(before.returned) / float64(max(before.delivered, 1))
		if p.Defect != nil && beforeRate < rate*1.4 {
			t.Errorf("%s has a planted defect but only %.1f%% returns (shop %.1f%%)", p.Name, 100*beforeRate, 100*rate)
		}
		if after := afterFix[sku]; after != nil {
			afterRate := float64(after.returned) / float64(max(after.delivered, 1))
			if after.delivered < 50 || afterRate > beforeRate/2 {
				t.Errorf("%s: after its fix %.1f%% of %d lines returned, before %.1f%%: want a clear drop", p.Name, 100*afterRate, after.delivered, 100*beforeRate)
			}
		}
		if p.Defect != nil && p.Defect.Reason == "Missing parts" && sku != topMissing {
			t.Errorf("%s should lead the missing-parts returns: %v", p.Name, missingParts)
		}
		t.Logf("%-55s %4d delivered %3d returned %5.1f%%", p.Name+" "+p.Variation, deliveredLines[sku], returnedLines[sku], 100*skuRate)
	}
	t.Logf("%d returns, %.1f%% of delivered lines; statuses %v; reasons %v", len(returns.records), 100*rate, statuses, reasons)
}
