package cli

import (
	"context"
	"encoding/json"
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
	var got []domain.Ticket
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || len(got) != 2 || got[0].BuyerText != "where is my order" {
		t.Fatalf("%v %s", err, stdout)
	}
	code, stdout, _ = run(t, "--db", db, "tickets", "list", "--status", "closed", "--json")
	if code != ExitOK || stdout != "[]\n" {
		t.Fatalf("closed: %d %q", code, stdout)
	}
	if code, _, _ := run(t, "--db", db, "tickets", "list", "--status", "nope"); code != ExitWrongUsage {
		t.Fatalf("bad status exit %d", code)
	}
}
