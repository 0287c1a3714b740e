package clock

import (
	"testing"
	"time"
)

func TestParseAcceptsDaysAndInstants(t *testing.T) {
	cases := map[string]time.Time{
		"2026-03-18":                 time.Date(2026, 3, 18, 0, 0, 0, 0, time.UTC),
		"2026-03-18T14:05":           time.Date(2026, 3, 18, 14, 5, 0, 0, time.UTC),
		"2026-03-18T14:05:09":        time.Date(2026, 3, 18, 14, 5, 9, 0, time.UTC),
		" 2026-03-18T14:05:09+09:00": time.Date(2026, 3, 18, 5, 5, 9, 0, time.UTC),
	}
	for in, want := range cases {
		got, err := Parse(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := Parse("18/03/2026"); err == nil {
		t.Error("a day in another layout must be refused, not read as the real time")
	}
}

func TestOffsetStartsAtTheFixedInstantAndRunsForward(t *testing.T) {
	real := time.Date(2026, 12, 7, 19, 0, 0, 0, time.UTC)
	got := mustOffset("2026-03-18T14:00:00Z", real)
	if want := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC); !real.Add(got).Equal(want) {
		t.Fatalf("clock starts at %v, want %v", real.Add(got), want)
	}
	if mustOffset("", real) != 0 {
		t.Fatal("without AFTERLOOP_NOW the clock is the computer's")
	}
}
