package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPolicyCheckJSON(t *testing.T) {
	db := tempDB(t)
	type doc struct {
		Blocked  bool `json:"blocked"`
		Findings []struct {
			Rule, Severity, Match, Why string
		} `json:"findings"`
	}
	read := func(args ...string) doc {
		t.Helper()
		code, stdout, stderr := run(t, append([]string{"--db", db, "policy", "check"}, args...)...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var d doc
		if err := json.Unmarshal([]byte(stdout), &d); err != nil {
			t.Fatalf("%v: not one JSON document: %v\n%s", args, err, stdout)
		}
		return d
	}
	d := read("--purpose", "support_reply", "--json", "Please cancel the order on your side and reorder.")
	if !d.Blocked || len(d.Findings) != 1 || d.Findings[0].Rule != "buyer_cancel" || d.Findings[0].Severity != "block" ||
		d.Findings[0].Match == "" || d.Findings[0].Why == "" {
		t.Fatalf("cancel: %+v", d)
	}
	d = read("--json", "--purpose", "review_request", "Leave a review and get cashback!")
	if !d.Blocked || d.Findings[0].Rule != "incentive" {
		t.Fatalf("cashback: %+v", d)
	}
	d = read("--purpose", "card", "--json", "Care: hand wash cold, lay flat to dry.")
	if d.Blocked || d.Findings == nil || len(d.Findings) != 0 {
		t.Fatalf("clean card: %+v", d)
	}
	d = read("--purpose", "marketing", "--json", "Running low? Reorder in the TikTok Shop app.")
	if d.Blocked || len(d.Findings) != 1 || d.Findings[0].Severity != "warn" {
		t.Fatalf("marketing: %+v", d)
	}
	// Without --json: a readable verdict, still exit 0 when blocked.
	code, stdout, _ := run(t, "--db", db, "policy", "check", "--purpose", "message", "Buy direct from juniperhome.com next time")
	if code != ExitOK || !strings.Contains(stdout, "blocked") || !strings.Contains(stdout, "own_website") {
		t.Fatalf("text output: %d %q", code, stdout)
	}
	for _, bad := range [][]string{
		{"policy", "check", "--purpose", "tweet", "hi"},
		{"policy", "check", "hi"},
		{"policy", "check", "--purpose", "message"},
		{"policy", "lint", "--purpose", "message", "hi"},
	} {
		if code, _, _ := run(t, append([]string{"--db", db}, bad...)...); code != ExitWrongUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, ExitWrongUsage)
		}
	}
}
