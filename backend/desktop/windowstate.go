package desktop

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Size is a width and height in the window system's logical pixels.
type Size struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

// WindowState is where the window was and how big, on one screen setup.
// X and Y are what the window runtime reports: the top-left corner relative
// to the screen the window is on.
type WindowState struct {
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	Maximised bool `json:"maximised"`
}

// Valid says whether the state has a usable size.
func (s WindowState) Valid() bool { return s.Width > 0 && s.Height > 0 }

// ScreenKey names a screen setup by the sizes of its screens, the primary
// first: the same monitors give the same key, so a laptop alone and the
// laptop on its desk with two monitors each keep their own window place.
func ScreenKey(primary Size, others []Size) string {
	rest := make([]string, 0, len(others))
	for _, s := range others {
		rest = append(rest, strconv.Itoa(s.Width)+"x"+strconv.Itoa(s.Height))
	}
	sort.Strings(rest)
	key := strconv.Itoa(primary.Width) + "x" + strconv.Itoa(primary.Height)
	if len(rest) > 0 {
		key += "+" + strings.Join(rest, "+")
	}
	return key
}

// ClampToScreen makes a remembered state fit the screen it is restored on:
// the size is at least the minimum and at most the screen, and the window
// lies wholly inside the screen, so a window saved on a monitor that is gone,
// or on a larger screen, never opens out of reach. A state without a size
// becomes the fallback size, centred.
func ClampToScreen(s WindowState, screen, minimum, fallback Size) WindowState {
	if screen.Width <= 0 || screen.Height <= 0 {
		return s
	}
	if !s.Valid() {
		s = WindowState{Width: fallback.Width, Height: fallback.Height, Maximised: s.Maximised}
		s.Width, s.Height = fit(s.Width, minimum.Width, screen.Width), fit(s.Height, minimum.Height, screen.Height)
		s.X, s.Y = (screen.Width-s.Width)/2, (screen.Height-s.Height)/2
		return s
	}
	s.Width = fit(s.Width, minimum.Width, screen.Width)
	s.Height = fit(s.Height, minimum.Height, screen.Height)
	s.X = between(s.X, 0, screen.Width-s.Width)
	s.Y = between(s.Y, 0, screen.Height-s.Height)
	return s
}

// fit keeps v at least lo and at most hi; when the screen is smaller than
// the minimum, the screen wins.
func fit(v, lo, hi int) int {
	if v < lo {
		v = lo
	}
	if v > hi {
		v = hi
	}
	return v
}

func between(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// WindowStates is the remembered window place per screen setup, plus which
// setup was seen last (its state sizes the window before the screens are
// known).
type WindowStates struct {
	Last    string                 `json:"last"`
	Screens map[string]WindowState `json:"screens"`
}

// For returns the state for a screen setup, else the last one seen.
func (w WindowStates) For(key string) (WindowState, bool) {
	if s, ok := w.Screens[key]; ok {
		return s, true
	}
	s, ok := w.Screens[w.Last]
	return s, ok
}

// Remember records the state for a screen setup. A maximised window keeps
// the normal size and place it had before, so un-maximising after a restart
// gives back that window rather than a screen-sized one.
func (w *WindowStates) Remember(key string, s WindowState) {
	if w.Screens == nil {
		w.Screens = map[string]WindowState{}
	}
	if s.Maximised {
		if before, ok := w.Screens[key]; ok && before.Valid() {
			before.Maximised = true
			s = before
		}
	}
	w.Screens[key] = s
	w.Last = key
}

// WindowStateFile is the file name, in the data folder, of the window states.
const WindowStateFile = "window-state.json"

// LoadWindowStates reads the states; a missing or damaged file means none.
func LoadWindowStates(path string) WindowStates {
	var w WindowStates
	b, err := os.ReadFile(path)
	if err != nil {
		return w
	}
	if json.Unmarshal(b, &w) != nil {
		return WindowStates{}
	}
	return w
}

// SaveWindowStates writes the states through a temporary file, so a crash
// mid-write leaves the previous file whole.
func SaveWindowStates(path string, w WindowStates) error {
	b, err := json.MarshalIndent(w, "", "  ")
	if err != nil {
		return fmt.Errorf("encode window state: %w", err)
	}
	return WriteFileAtomic(path, b)
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()           // already failing: the error returned matters more
			_ = os.Remove(tmp.Name()) // a leftover temporary file is harmless
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", filepath.Base(path), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace %s: %w", filepath.Base(path), err)
	}
	done = true
	return nil
}
