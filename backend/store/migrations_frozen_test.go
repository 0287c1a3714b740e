package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"testing"
)

// shippedMigrations are the SHA-256 sums of the migrations that have
// shipped. A database that already ran a migration never runs it again, so
// editing one changes nothing on the machines that have it and leaves the
// new install with a different schema. Fixes go in a new migration. When a
// new migration ships, its sum is added here once.
var shippedMigrations = map[string]string{
	"0001_init.sql":                     "df8e0ccddf456ca371832371ba8845818b26f33ccf1660367d9ed0a9deddc41a",
	"0002_timeline.sql":                 "e06c85c517a32bd051c1966464387c5fd7b42d1edbcc19c14ac13257d757b7dc",
	"0003_cards.sql":                    "65754741269e90a0d0d538b8e604793358eb0efd4dbc92f9d27dad03997bbf76",
	"0004_support.sql":                  "eb3645af2c93749a98ff7018199caeca43df16710067aa1e3f26ae51b8c98421",
	"0005_support_flow.sql":             "a413e315fab5ad067a0ffd7010e471e8779ac9639e85860e778c5bf8a9246159",
	"0006_reviews.sql":                  "4cc50580446be1881d3984c20086bbda0e00083263db2de823ce3163ab50f958",
	"0007_voc.sql":                      "1b6c14f261e9d91f08824b46a10ebe5e0aea26d7367ab59b4099d30fffd48732",
	"0008_scorecard.sql":                "80c56bb54b30daa5ca8d554cad502eb071fc4d95b626231ce12601f0fb1caa08",
	"0009_health.sql":                   "7c009ce1675dd3a1cddd871affd402578a2342567b6d7538d326ed89868ed009",
	"0010_product_box_items.sql":        "5d58f225c29295198f11bc4f208a795712590288eb9ecbb92a4a48d591c97389",
	"0011_orders_sort_search.sql":       "570d5397a0c1f679b9d5b924a8577af3f207800ecf2194517726fcd3b56da266",
	"0012_import_history_all_kinds.sql": "b94d998cb332961cacc400e350a59f4df341c9adf2ce666ff6db158c9b036b15",
}

func TestShippedMigrationsNeverChange(t *testing.T) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		found[name] = true
		body, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		// A checkout that turns line ends into CRLF (Git on Windows) ships
		// the same SQL, so the sum is taken over LF line ends.
		sum := sha256.Sum256(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n")))
		got := hex.EncodeToString(sum[:])
		want, shipped := shippedMigrations[name]
		switch {
		case !shipped:
			t.Errorf("migration %s is not in shippedMigrations: once it ships, add\n\t%q: %q,", name, name, got)
		case got != want:
			t.Errorf("migration %s changed (sha256 %s, shipped %s): a shipped migration never changes, since databases that ran it will not run it again; restore it and add a new migration instead", name, got, want)
		}
	}
	for name := range shippedMigrations {
		if !found[name] {
			t.Errorf("shipped migration %s is missing: databases that ran it expect it; restore it", name)
		}
	}
}
