package platform

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"

	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// Wails implements Platform with the Wails runtime. Its context is set when
// the app starts; calls before that are ignored or fail politely.
//
// Test seam: when AFTERLOOP_TEST_OPEN_FILE (or AFTERLOOP_TEST_SAVE_FILE)
// names a file, the dialog is not shown and the path written in that file is
// returned instead. Browser tests write the path they want before clicking,
// so everything after the dialog is the real flow.
type Wails struct {
	mu  sync.RWMutex
	ctx context.Context
}

// NewWails returns a Platform that works once SetContext has been called.
func NewWails() *Wails { return &Wails{} }

// SetContext stores the Wails runtime context from OnStartup.
func (w *Wails) SetContext(ctx context.Context) {
	w.mu.Lock()
	w.ctx = ctx
	w.mu.Unlock()
}

func (w *Wails) context() context.Context {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.ctx
}

func seamPath(env string) (string, bool) {
	file := os.Getenv(env)
	if file == "" {
		return "", false
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", true
	}
	return strings.TrimSpace(string(b)), true
}

func toWailsFilters(filters []FileFilter) []wailsruntime.FileFilter {
	out := make([]wailsruntime.FileFilter, 0, len(filters))
	for _, f := range filters {
		out = append(out, wailsruntime.FileFilter{DisplayName: f.DisplayName, Pattern: f.Pattern})
	}
	return out
}

func (w *Wails) OpenFile(title string, filters []FileFilter) (string, error) {
	if p, ok := seamPath("AFTERLOOP_TEST_OPEN_FILE"); ok {
		return p, nil
	}
	ctx := w.context()
	if ctx == nil {
		return "", fmt.Errorf("the window is not ready yet")
	}
	return wailsruntime.OpenFileDialog(ctx, wailsruntime.OpenDialogOptions{Title: title, Filters: toWailsFilters(filters)})
}

func (w *Wails) SaveFile(title, defaultName string, filters []FileFilter) (string, error) {
	if p, ok := seamPath("AFTERLOOP_TEST_SAVE_FILE"); ok {
		return p, nil
	}
	ctx := w.context()
	if ctx == nil {
		return "", fmt.Errorf("the window is not ready yet")
	}
	return wailsruntime.SaveFileDialog(ctx, wailsruntime.SaveDialogOptions{Title: title, DefaultFilename: defaultName, Filters: toWailsFilters(filters)})
}

// ChooseFolder shows the native folder dialog; "" means the user cancelled.
func (w *Wails) ChooseFolder(title string) (string, error) {
	if p, ok := seamPath("AFTERLOOP_TEST_OPEN_FOLDER"); ok {
		return p, nil
	}
	ctx := w.context()
	if ctx == nil {
		return "", fmt.Errorf("the window is not ready yet")
	}
	return wailsruntime.OpenDirectoryDialog(ctx, wailsruntime.OpenDialogOptions{Title: title, CanCreateDirectories: true})
}

func (w *Wails) Emit(event string, data any) {
	if ctx := w.context(); ctx != nil {
		wailsruntime.EventsEmit(ctx, event, data)
	}
}

func (w *Wails) SetClipboard(text string) error {
	ctx := w.context()
	if ctx == nil {
		return fmt.Errorf("the window is not ready yet")
	}
	return wailsruntime.ClipboardSetText(ctx, text)
}

func (w *Wails) OpenPath(path string) error {
	if os.Getenv("AFTERLOOP_TEST_SAVE_FILE") != "" {
		return nil // tests check the file itself; no viewer on CI
	}
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	return cmd.Start()
}

// OnFileDrop forwards files dropped on the window to fn.
func (w *Wails) OnFileDrop(fn func(paths []string)) {
	if ctx := w.context(); ctx != nil {
		wailsruntime.OnFileDrop(ctx, func(_, _ int, paths []string) { fn(paths) })
	}
}
