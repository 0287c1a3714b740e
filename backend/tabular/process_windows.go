//go:build windows

package tabular

import "os"

// processRunning: on Windows FindProcess opens the process and fails when
// it does not exist.
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
