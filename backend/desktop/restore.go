package desktop

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
)

// Screen is one monitor as the window runtime reports it.
type Screen struct {
	Size    Size
	Primary bool
	Current bool // the window is on it
}

// KeyForScreens is ScreenKey for the runtime's screen list.
func KeyForScreens(screens []Screen) string {
	var primary Size
	var others []Size
	found := false
	for _, s := range screens {
		if s.Primary && !found {
			primary, found = s.Size, true
			continue
		}
		others = append(others, s.Size)
	}
	if !found && len(others) > 0 {
		primary, others = others[0], others[1:]
	}
	return ScreenKey(primary, others)
}

// screenOfWindow is the screen positions are relative to: the one the window
// is on, else the primary one.
func screenOfWindow(screens []Screen) Size {
	for _, s := range screens {
		if s.Current {
			return s.Size
		}
	}
	for _, s := range screens {
		if s.Primary {
			return s.Size
		}
	}
	if len(screens) > 0 {
		return screens[0].Size
	}
	return Size{}
}

// RestoreFor is where the window goes on this screen setup: what was
// remembered for it (or for the last setup seen), kept inside the screen.
func RestoreFor(states WindowStates, screens []Screen, minimum, fallback Size) WindowState {
	s, _ := states.For(KeyForScreens(screens))
	return ClampToScreen(s, screenOfWindow(screens), minimum, fallback)
}

// InstanceID names the single-instance lock. It differs per database file,
// so a test or a second shop opened with its own database runs beside the
// seller's app instead of being handed to it.
func InstanceID(dbPath string) string {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		abs = dbPath
	}
	sum := sha256.Sum256([]byte(abs))
	return "com.afterloop.app." + hex.EncodeToString(sum[:6])
}
