//go:build !windows

package tabular

import (
	"errors"
	"os"
	"syscall"
)

// processRunning asks the system whether a process exists (signal 0 checks
// without sending anything).
func processRunning(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
