package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestTimelineDueMarkSentAndSkip(t *testing.T) {
	db := tempDB(t)
	tz := []string{"--db", db, "--tz", "America/Los_Angeles"}
	if code, _, stderr := run(t, append(tz, "import", "orders", samples+"SYNTHETIC_tiktok_orders_us_style.csv")...); code != ExitOK {
		t.Fatalf("import: %s", stderr)
	}
	due := func(day string) []map[string]any {
		t.Helper()
		code, stdout, stderr := run(t, append(tz, "timeline", "due", "--on", day, "--json")...)
		if code != ExitOK {
			t.Fatalf("due exit %d: %s", code, stderr)
		}
		var out []map[string]any
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatalf("not one JSON array: %v\n%s", err, stdout)
		}
		return out
	}
	got := due("2024-06-19") // delivered at 1:12 PM that day
	if len(got) != 1 || got[0]["order_id"] != "576900000000000001" || got[0]["stage"] != "delivery_day" ||
		!strings.HasPrefix(got[0]["due_at"].(string), "2024-06-19T13:12:09-07:00") || !strings.Contains(got[0]["text"].(string), "buyer_one") {
		t.Fatalf("due %v", got)
	}
	if w, ok := got[0]["warnings"].([]any); !ok || len(w) != 0 {
		t.Errorf("warnings %v", got[0]["warnings"])
	}
	if got := due("2024-06-15"); len(got) != 1 || got[0]["stage"] != "order_confirmation" {
		t.Errorf("06-15: %v", got)
	}
	if code, _, stderr := run(t, append(tz, "timeline", "mark-sent", "576900000000000001", "delivery_day")...); code != ExitOK {
		t.Fatalf("mark-sent: %s", stderr)
	}
	if got := due("2024-06-19"); len(got) != 0 {
		t.Errorf("still due after mark-sent: %v", got)
	}
	if code, _, stderr := run(t, append(tz, "timeline", "skip", "576900000000000001", "review_request", "--reason", "Buyer asked for no more messages")...); code != ExitOK {
		t.Fatalf("skip: %s", stderr)
	}
	if got := due("2024-06-27"); len(got) != 0 {
		t.Errorf("skipped review request still due: %v", got)
	}

	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"timeline"}, ExitWrongUsage},
		{[]string{"timeline", "due", "--on", "19/06/2024"}, ExitWrongUsage},
		{[]string{"timeline", "skip", "576900000000000001", "review_request"}, ExitWrongUsage},
		{[]string{"timeline", "mark-sent", "576900000000000001", "thank_you"}, ExitWrongUsage},
		{[]string{"timeline", "mark-sent", "123"}, ExitWrongUsage},
		{[]string{"timeline", "mark-sent", "999", "delivery_day"}, ExitBadInput},
		{[]string{"timeline", "mark-sent", "576900000000000002", "delivery_day"}, ExitBadInput}, // cancelled
	} {
		code, stdout, stderr := run(t, append(tz, c.args...)...)
		if code != c.code || stdout != "" || stderr == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, stdout, stderr)
		}
	}
}

func TestTimelineSkipBefore(t *testing.T) {
	db := tempDB(t)
	if code, _, stderr := run(t, "--db", db, "demo"); code != ExitOK {
		t.Fatalf("demo: %s", stderr)
	}
	if code, _, _ := run(t, "--db", db, "timeline", "skip-before", "2026-01-01"); code != ExitWrongUsage {
		t.Fatalf("no reason: exit %d", code)
	}
	if code, _, stderr := run(t, "--db", db, "timeline", "skip-before", "someday", "--reason", "old"); code != ExitBadInput || stderr == "" {
		t.Fatalf("bad date: exit %d %s", code, stderr)
	}
	today := time.Now().Format("2006-01-02")
	code, stdout, stderr := run(t, "--db", db, "timeline", "skip-before", today, "--reason", "Shipped before Afterloop", "--json")
	if code != ExitOK {
		t.Fatalf("skip-before: %s", stderr)
	}
	var res struct {
		Skipped int    `json:"skipped"`
		Cutoff  string `json:"cutoff"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || res.Skipped == 0 || res.Cutoff != today {
		t.Fatalf("%s %v", stdout, err)
	}
	code, stdout, _ = run(t, "--db", db, "timeline", "skip-before", today, "--reason", "again")
	if code != ExitOK || !strings.Contains(stdout, "Skipped 0 messages") {
		t.Fatalf("second run: %s", stdout)
	}
}
