package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// A Thai export whose dates no cell settles: without --date-order the CLI
// says which order it used and why; --date-order overrides it.
const thaiExport = "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time,Delivered Time\n" +
	"รหัสคำสั่งซื้อที่ไม่ซ้ำกันของแพลตฟอร์ม,,,,,,,,,\n" +
	"583870900000000001\t,จัดส่งแล้ว,จัดส่งสำเร็จ,1730000000000000001\t,SERUM-A,Serum A,1,120,10/05/2026 22:05:43\t,12/05/2026 10:00:00\t\n" +
	"583870900000000002\t,ที่จะจัดส่ง,,1730000000000000001\t,SERUM-A,Serum A,1,99,11/05/2026 08:00:00\t,\t\n"

func TestImportReportsDateOrderAndListsOrders(t *testing.T) {
	db := tempDB(t)
	file := writeTemp(t, "th.csv", thaiExport)
	code, stdout, stderr := run(t, "--db", db, "--tz", "UTC", "import", "orders", file, "--dry-run")
	if code != ExitOK || !strings.Contains(stdout, "date order: dmy (") || !strings.Contains(stdout, "Thai") {
		t.Fatalf("dry run %d: %s %s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "--db", db, "--tz", "Asia/Bangkok", "import", "orders", file, "--date-order", "mdy", "--json")
	var res map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &res) != nil || res["date_order"] != "mdy" ||
		res["date_reason"] != "chosen in the import options" || res["rows"] != 2.0 {
		t.Fatalf("import %d %s", code, stdout)
	}
	// Read month first on request: 10/05 is 5 October.
	code, stdout, _ = run(t, "--db", db, "--tz", "Asia/Bangkok", "orders", "list", "--json")
	var orders []map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &orders) != nil || len(orders) != 2 {
		t.Fatalf("orders list %d %s", code, stdout)
	}
	first := orders[0]
	if first["order_id"] != "583870900000000001" || first["created_at"] != "2026-10-05T22:05:43+07:00" ||
		first["status"] != "delivered" || first["order_amount"] != "120.00" || first["delivered_at"] == "" {
		t.Fatalf("order %v", first)
	}
	if lines, _ := first["lines"].([]any); len(lines) != 1 {
		t.Fatalf("lines %v", first["lines"])
	}
	code, stdout, _ = run(t, "--db", db, "orders", "list", "--status", "awaiting_shipment", "--since", "2026-11-01", "--json")
	if code != ExitOK || json.Unmarshal([]byte(stdout), &orders) != nil || len(orders) != 1 || orders[0]["order_id"] != "583870900000000002" {
		t.Fatalf("filtered %d %s", code, stdout)
	}
	if code, _, _ := run(t, "--db", db, "orders", "list", "--since", "May 1"); code != ExitWrongUsage {
		t.Fatalf("bad --since exit %d", code)
	}
}

func TestImportsListAndUndoEveryKind(t *testing.T) {
	db := tempDB(t)
	reviews := writeTemp(t, "reviews.csv", "Order ID,Seller SKU,Rating,Review Text,Review Time\n"+
		"578200000000000001,LAMP-1,5,Great lamp,2026-01-27 18:03\n")
	if code, _, stderr := run(t, "--db", db, "import", "reviews", reviews); code != ExitOK {
		t.Fatal(stderr)
	}
	code, stdout, _ := run(t, "--db", db, "imports", "list", "--json")
	var list []map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &list) != nil || len(list) != 1 || list[0]["kind"] != "reviews" {
		t.Fatalf("imports list %d %s", code, stdout)
	}
	code, stdout, stderr := run(t, "--db", db, "imports", "undo", "1")
	if code != ExitOK || !strings.Contains(stdout, "1 rows deleted") {
		t.Fatalf("undo %d %s %s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "--db", db, "imports", "list", "--json")
	if code != ExitOK || json.Unmarshal([]byte(stdout), &list) != nil || list[0]["undone_at"] == nil {
		t.Fatalf("after undo %s", stdout)
	}
	if code, _, _ := run(t, "--db", db, "imports", "undo", "1"); code != ExitBadInput {
		t.Fatalf("second undo exit %d", code)
	}
	if code, _, _ := run(t, "--db", db, "imports", "undo", "x"); code != ExitWrongUsage {
		t.Fatalf("bad id exit %d", code)
	}
}
