package desktop

import (
	"os"
	"path/filepath"
	"testing"
)

var (
	minSize  = Size{Width: 1024, Height: 640}
	fallback = Size{Width: 1280, Height: 800}
)

func TestClampKeepsAWindowThatFits(t *testing.T) {
	s := WindowState{X: 100, Y: 50, Width: 1300, Height: 850}
	got := ClampToScreen(s, Size{Width: 1920, Height: 1080}, minSize, fallback)
	if got != s {
		t.Fatalf("a window inside the screen moved: %+v", got)
	}
}

func TestClampBringsAWindowFromAGoneMonitorBack(t *testing.T) {
	// Saved on a second monitor to the right; now only the laptop screen.
	s := WindowState{X: 2500, Y: 200, Width: 1280, Height: 800}
	got := ClampToScreen(s, Size{Width: 1440, Height: 900}, minSize, fallback)
	if got.X+got.Width > 1440 || got.Y+got.Height > 900 || got.X < 0 || got.Y < 0 {
		t.Fatalf("window off screen: %+v", got)
	}
	if got.Width != 1280 || got.Height != 800 {
		t.Fatalf("size changed though it fits: %+v", got)
	}
	// Above and left of the screen.
	got = ClampToScreen(WindowState{X: -3000, Y: -400, Width: 1200, Height: 700}, Size{Width: 1440, Height: 900}, minSize, fallback)
	if got.X != 0 || got.Y != 0 {
		t.Fatalf("want top-left corner, got %+v", got)
	}
}

func TestClampShrinksAWindowLargerThanTheScreen(t *testing.T) {
	s := WindowState{X: 0, Y: 0, Width: 2560, Height: 1440}
	got := ClampToScreen(s, Size{Width: 1366, Height: 768}, minSize, fallback)
	if got.Width != 1366 || got.Height != 768 || got.X != 0 || got.Y != 0 {
		t.Fatalf("got %+v", got)
	}
	// A screen smaller than the minimum size: the screen wins.
	got = ClampToScreen(s, Size{Width: 800, Height: 600}, minSize, fallback)
	if got.Width != 800 || got.Height != 600 {
		t.Fatalf("got %+v", got)
	}
}

func TestClampRaisesATinyWindowToTheMinimum(t *testing.T) {
	got := ClampToScreen(WindowState{X: 10, Y: 10, Width: 200, Height: 100}, Size{Width: 1920, Height: 1080}, minSize, fallback)
	if got.Width != 1024 || got.Height != 640 {
		t.Fatalf("got %+v", got)
	}
}

func TestClampCentresTheDefaultWhenNothingWasSaved(t *testing.T) {
	got := ClampToScreen(WindowState{}, Size{Width: 1920, Height: 1080}, minSize, fallback)
	want := WindowState{X: 320, Y: 140, Width: 1280, Height: 800}
	if got != want {
		t.Fatalf("got %+v want %+v", got, want)
	}
}

func TestScreenKeyIgnoresTheOrderOfSecondaryScreens(t *testing.T) {
	a := ScreenKey(Size{1440, 900}, []Size{{2560, 1440}, {1920, 1080}})
	b := ScreenKey(Size{1440, 900}, []Size{{1920, 1080}, {2560, 1440}})
	if a != b {
		t.Fatalf("%q != %q", a, b)
	}
	if ScreenKey(Size{1440, 900}, nil) == a {
		t.Fatal("the laptop alone must be another setup")
	}
}

func TestWindowStatesArePerScreenSetupAndSurviveARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), WindowStateFile)
	var w WindowStates
	w.Remember("1440x900", WindowState{X: 0, Y: 0, Width: 1200, Height: 800})
	w.Remember("1440x900+2560x1440", WindowState{X: 1600, Y: 100, Width: 1800, Height: 1000})
	if err := SaveWindowStates(path, w); err != nil {
		t.Fatal(err)
	}
	got := LoadWindowStates(path)
	if s, ok := got.For("1440x900"); !ok || s.Width != 1200 {
		t.Fatalf("laptop state: %+v %v", s, ok)
	}
	if s, _ := got.For("1440x900+2560x1440"); s.Width != 1800 {
		t.Fatalf("desk state: %+v", s)
	}
	// An unknown setup starts from the last one seen.
	if s, ok := got.For("3840x2160"); !ok || s.Width != 1800 {
		t.Fatalf("unknown setup: %+v %v", s, ok)
	}
	// No temporary files left beside it.
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("want only the state file, got %d entries", len(entries))
	}
}

func TestMaximisedKeepsTheNormalSizeFromBefore(t *testing.T) {
	var w WindowStates
	w.Remember("k", WindowState{X: 40, Y: 30, Width: 1200, Height: 760})
	w.Remember("k", WindowState{X: 0, Y: 0, Width: 1920, Height: 1080, Maximised: true})
	s, _ := w.For("k")
	if !s.Maximised || s.Width != 1200 || s.X != 40 {
		t.Fatalf("got %+v", s)
	}
}

func TestDamagedStateFileMeansNoState(t *testing.T) {
	path := filepath.Join(t.TempDir(), WindowStateFile)
	os.WriteFile(path, []byte("{not json"), 0o644)
	if _, ok := LoadWindowStates(path).For("x"); ok {
		t.Fatal("want no state from a damaged file")
	}
}

func TestRestoreUsesTheStateOfThisScreenSetupInsideTheCurrentScreen(t *testing.T) {
	laptop := Size{Width: 1440, Height: 900}
	monitor := Size{Width: 2560, Height: 1440}
	var w WindowStates
	w.Remember(ScreenKey(laptop, []Size{monitor}), WindowState{X: 600, Y: 200, Width: 1800, Height: 1100})
	// At the desk: the window opens on the big monitor as it was.
	atDesk := []Screen{{Size: laptop, Primary: true}, {Size: monitor, Current: true}}
	if got := RestoreFor(w, atDesk, minSize, fallback); got != (WindowState{X: 600, Y: 200, Width: 1800, Height: 1100}) {
		t.Fatalf("at the desk: %+v", got)
	}
	// On the road: the same state, pulled inside the laptop screen.
	onRoad := []Screen{{Size: laptop, Primary: true, Current: true}}
	got := RestoreFor(w, onRoad, minSize, fallback)
	if got.X < 0 || got.Y < 0 || got.X+got.Width > laptop.Width || got.Y+got.Height > laptop.Height {
		t.Fatalf("on the road the window is off screen: %+v", got)
	}
}

func TestInstanceIDIsPerDatabase(t *testing.T) {
	a, b := InstanceID("/home/a/afterloop.db"), InstanceID("/tmp/e2e/afterloop.db")
	if a == b || a != InstanceID("/home/a/afterloop.db") {
		t.Fatalf("%q %q", a, b)
	}
}
