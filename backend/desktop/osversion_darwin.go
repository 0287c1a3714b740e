//go:build darwin

package desktop

import (
	"os/exec"
	"strings"
)

// OSVersion names the running system for the log and diagnostics.
func OSVersion() string {
	out, err := exec.Command("sw_vers", "-productVersion").Output()
	if err != nil {
		return "macOS"
	}
	return "macOS " + strings.TrimSpace(string(out))
}
