//go:build !windows && !darwin

package desktop

import (
	"os"
	"strings"
)

// OSVersion names the running system for the log and diagnostics.
func OSVersion() string {
	b, err := os.ReadFile("/etc/os-release")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "PRETTY_NAME="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}
