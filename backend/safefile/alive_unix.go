//go:build !windows

package safefile

import (
	"errors"
	"syscall"
)

// processAlive tells whether a process with this id still runs.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
