package desktop

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// EventFilesOpened is the event the UI's import flow listens to for files
// dropped on the window; files opened with the app use the same event so
// they land in the same import preview.
const EventFilesOpened = "files:dropped"

// FilesFromArgs picks the files to import out of a command line: arguments
// that name an existing regular file. Flags (anything starting with "-",
// such as the process serial number older macOS versions add) and folders
// are skipped; relative paths are taken from the launching process's
// working folder.
func FilesFromArgs(args []string, workingDir string) []string {
	var out []string
	for _, a := range args {
		if a == "" || strings.HasPrefix(a, "-") {
			continue
		}
		p := a
		if !filepath.IsAbs(p) && workingDir != "" {
			p = filepath.Join(workingDir, p)
		}
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		out = append(out, p)
	}
	return out
}

// Handover passes files opened with the app (on its command line, by a
// second launch, or by the OS) to the UI's import preview. Until the UI says
// it listens, files wait; then they are sent in the order they came.
type Handover struct {
	emit func(event string, data any)

	mu      sync.Mutex
	ready   bool
	pending []string
}

// NewHandover sends files to the UI through emit.
func NewHandover(emit func(event string, data any)) *Handover {
	return &Handover{emit: emit}
}

// Open hands files to the UI now, or once it is ready.
func (h *Handover) Open(paths []string) {
	if len(paths) == 0 {
		return
	}
	h.mu.Lock()
	if !h.ready {
		h.pending = append(h.pending, paths...)
		h.mu.Unlock()
		return
	}
	h.mu.Unlock()
	h.emit(EventFilesOpened, append([]string(nil), paths...))
}

// SecondLaunch handles another start of the app while this one runs: the
// files on its command line go to this window's import preview.
func (h *Handover) SecondLaunch(args []string, workingDir string) {
	h.Open(FilesFromArgs(args, workingDir))
}

// UIReady is called once the UI listens for opened files; anything that
// arrived before is sent now.
func (h *Handover) UIReady() {
	h.mu.Lock()
	h.ready = true
	pending := h.pending
	h.pending = nil
	h.mu.Unlock()
	if len(pending) > 0 {
		h.emit(EventFilesOpened, pending)
	}
}
