package safefile

import (
	"path/filepath"
	"sync"
)

// The files this process has written. Opening a file in its viewer is only
// allowed for these, so a request from the UI cannot open (and so run) an
// arbitrary file on the computer. It is process-wide on purpose: the set
// means "written since the app started".
var (
	writtenMu sync.Mutex
	written   = map[string]bool{}
)

func remember(path string) {
	writtenMu.Lock()
	defer writtenMu.Unlock()
	written[clean(path)] = true
}

// WrittenSinceStart tells whether this process wrote path.
func WrittenSinceStart(path string) bool {
	writtenMu.Lock()
	defer writtenMu.Unlock()
	return written[clean(path)]
}

func clean(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
