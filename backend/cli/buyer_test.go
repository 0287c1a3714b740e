package cli

import (
	"database/sql"
	"encoding/json"
	"strings"
	"testing"

	"afterloop/backend/store"
)

// `buyer erasures` lists each erasure with its fingerprint and counts, and
// never the buyer's key or name.
func TestBuyerErasuresListsTheLogWithoutPersonalData(t *testing.T) {
	db := tempDB(t)
	if code, _, errOut := run(t, "--db", db, "import", "orders", samples+"SYNTHETIC_tiktok_orders_us_style.csv"); code != ExitOK {
		t.Fatal(errOut)
	}
	if code, out, _ := run(t, "--db", db, "buyer", "erasures"); code != ExitOK || !strings.Contains(out, "No buyer has been erased") {
		t.Fatalf("empty log: %d %q", code, out)
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	var key string
	err = conn.QueryRow("SELECT buyer_key FROM customers WHERE buyer_key != '' LIMIT 1").Scan(&key)
	conn.Close()
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, "--db", db, "buyer", "erase", key, "--by", "Dana"); code != ExitOK {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, "--db", db, "buyer", "erasures", "--json")
	if code != ExitOK {
		t.Fatal(errOut)
	}
	var log []store.Erasure
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log) != 1 {
		t.Fatalf("log %s: %v", out, err)
	}
	if log[0].BuyerKey != store.KeyFingerprint(key) || log[0].By != "Dana" || log[0].Orders == 0 {
		t.Fatalf("entry %+v", log[0])
	}
	if _, text, _ := run(t, "--db", db, "buyer", "erasures"); strings.Contains(text, key) || !strings.Contains(text, "Dana") {
		t.Fatalf("the listing shows the key or misses the entry: %q", text)
	}
}
