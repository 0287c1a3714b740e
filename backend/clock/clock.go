// Package clock is the app's one notion of "now".
//
// Every date window the seller sees (messages due today, the last complete
// week, "the last 4 weeks", backups once a day) is measured from Now. In normal
// use Now is the computer's time. When AFTERLOOP_NOW is set (the browser suite,
// the demo shop in screenshots, reproducible bug reports) the clock starts at
// that instant when the process starts and runs forward at normal speed, so
// timers still tick but every run sees the same calendar day and hour.
package clock

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// EnvNow names the variable that fixes the clock's starting instant.
const EnvNow = "AFTERLOOP_NOW"

// offset is added to the computer's time. It is decided once, when the
// process starts, and never changes afterwards.
var offset = mustOffset(os.Getenv(EnvNow), time.Now())

// Now is the app's current time.
func Now() time.Time { return time.Now().Add(offset) }

// Fixed reports whether AFTERLOOP_NOW moved the clock away from the
// computer's time.
func Fixed() bool { return offset != 0 }

// Layouts accepted in AFTERLOOP_NOW. A value without a zone is UTC, so a test
// run means the same instant on every machine.
var layouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"}

// Parse reads an AFTERLOOP_NOW value.
func Parse(value string) (time.Time, error) {
	value = strings.TrimSpace(value)
	for _, layout := range layouts {
		if t, err := time.Parse(layout, value); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%s=%q: expected a time like 2026-03-18T14:00:00Z or a day like 2026-03-18", EnvNow, value)
}

// mustOffset turns an AFTERLOOP_NOW value into the distance from the real
// time. A value that cannot be read stops the program at once: running a test
// suite or a demo on the real clock by accident is exactly what it prevents.
func mustOffset(value string, real time.Time) time.Duration {
	if strings.TrimSpace(value) == "" {
		return 0
	}
	fixed, err := Parse(value)
	if err != nil {
		fmt.Fprintln(os.Stderr, "Afterloop:", err)
		os.Exit(2)
	}
	return fixed.Sub(real)
}
