package demo

import (
	"testing"
)

func TestGenerateLarge(t *testing.T) {
	const lines = 20000
	files, err := GenerateLarge(t.TempDir(), DefaultShop(), DefaultConfig(testNow), lines)
	if err != nil {
		t.Fatal(err)
	}
	orders := readTable(t, files.Orders)
	if len(orders.records) != lines || files.OrderLines != lines || files.Returns != "" {
		t.Fatalf("%d lines parsed, %+v: want exactly %d and no returns file", len(orders.records), files, lines)
	}
	ids, statuses, buyers := map[string]bool{}, map[string]int{}, map[string]int{}
	for _, rec := range orders.records {
		id := orders.get(rec, "Order ID")
		checkTabbedID(t, "Order ID", id)
		if !ids[id] {
			ids[id] = true
			statuses[orders.get(rec, "Order Status")]++
			buyers[orders.get(rec, "Buyer Username")]++
		}
	}
	if len(ids) != files.OrderCount || statuses[statusCancelled] == 0 || statuses[statusCompleted] == 0 {
		t.Fatalf("%d orders (Files says %d), statuses %v", len(ids), files.OrderCount, statuses)
	}
	repeat := 0
	for _, n := range buyers {
		if n > 1 {
			repeat++
		}
	}
	if repeat == 0 {
		t.Fatal("no repeat buyers")
	}
}

func BenchmarkGenerateLarge(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if _, err := GenerateLarge(dir, DefaultShop(), DefaultConfig(testNow), 100000); err != nil {
			b.Fatal(err)
		}
	}
}
