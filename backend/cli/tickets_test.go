package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

func TestTicketsListJSON(t *testing.T) {
	db := tempDB(t)
	st, err := store.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	opened := time.Date(2025, 3, 7, 9, 0, 0, 0, time.UTC).Unix()
	for i, text := range []string{"lamp cracked", "where is my order"} {
		tk := domain.Ticket{Channel: domain.ChannelTikTokChat, BuyerText: text, OpenedAt: opened + int64(i)}
		if _, err := st.CreateTicket(context.Background(), tk); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	code, stdout, stderr := run(t, "--db", db, "tickets", "list", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The CLI's one dialect: snake_case keys, times in RFC 3339 in the shop
	// zone (UTC until a zone is set), "" for a time not reached yet.
	var got []map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got) != 2 || got[0]["buyer_text"] != "where is my order" {
		t.Fatalf("%v %s", err, stdout)
	}
	if got[0]["opened_at"] != "2025-03-07T09:00:01Z" || got[0]["first_response_at"] != "" || got[0]["status"] != "new" {
		t.Fatalf("ticket %v", got[0])
	}
	for key := range got[0] {
		if strings.ToLower(key) != key {
			t.Errorf("key %q is not snake_case", key)
		}
	}
	code, stdout, _ = run(t, "--db", db, "tickets", "list", "--status", "closed", "--json")
	if code != ExitOK || stdout != "[]\n" {
		t.Fatalf("closed: %d %q", code, stdout)
	}
	if code, _, _ := run(t, "--db", db, "tickets", "list", "--status", "nope"); code != ExitWrongUsage {
		t.Fatalf("bad status exit %d", code)
	}
}
