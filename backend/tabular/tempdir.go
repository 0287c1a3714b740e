package tabular

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Temporary copies of a workbook's sheets hold buyer names, phones and
// addresses. They live only in this process's own folder under the system
// temporary folder, named after the process, so that the next start can
// remove whatever a crash or a kill left behind.
const tempPrefix = "afterloop-tmp-"

var (
	tempOnce sync.Once
	tempPath string
	tempErr  error
)

// tempDir is this process's temporary folder, created on first use.
func tempDir() (string, error) {
	tempOnce.Do(func() {
		tempPath = filepath.Join(os.TempDir(), fmt.Sprintf("%s%d", tempPrefix, os.Getpid()))
		tempErr = os.MkdirAll(tempPath, 0o700)
	})
	return tempPath, tempErr
}

// Cleanup removes the temporary folders of Afterloop processes that are no
// longer running (the app or the CLI killed mid-import). The app and the
// command-line tool call it once at start; folders of running processes
// are left alone.
func Cleanup() error {
	return cleanupIn(os.TempDir(), processRunning)
}

func cleanupIn(root string, running func(pid int) bool) error {
	entries, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), tempPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(rest)
		if err == nil && (pid == os.Getpid() || running(pid)) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(root, e.Name())); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
