package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sync"
	"time"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"afterloop/backend/desktop"
	"afterloop/backend/platform"
	"afterloop/backend/service"
)

// Set by release builds: -ldflags "-X main.version=1.4.0 -X main.buildDate=2026-12-07".
var (
	version   = ""
	buildDate = ""
)

// The window's default and smallest sizes.
var (
	defaultWindow = desktop.Size{Width: 1280, Height: 800}
	minimumWindow = desktop.Size{Width: 1024, Height: 640}
)

// aboutThisBuild is the About data of the running binary.
func aboutThisBuild() desktop.About {
	return desktop.NewAbout(desktop.NormalizeBuild(version, buildDate))
}

// printVersion answers `afterloop --version` and reports whether it did.
func printVersion(args []string, about desktop.About) bool {
	for _, a := range args {
		if a == "--version" || a == "-version" {
			fmt.Printf("%s %s (built %s, %s)\n", about.Name, about.Version, about.BuildDate, about.OS)
			return true
		}
	}
	return false
}

// shell is the desktop side of the app around the window: the menu, the
// remembered window place, one instance per database, files opened with
// the app and the log file.
type shell struct {
	about    desktop.About
	dataDir  string
	logDir   string
	log      *slog.Logger
	platform *platform.Wails
	handover *desktop.Handover
	service  *service.DesktopService

	mu  sync.Mutex
	ctx context.Context
}

// newShell opens the log file in the data folder's logs/ and returns a
// logger writing there and to stderr. A log file that cannot be opened only
// costs the file: the app still starts.
func newShell(about desktop.About, dbPath string, stderr *slog.Logger) (*shell, *slog.Logger) {
	s := &shell{about: about, dataDir: filepath.Dir(dbPath), log: stderr}
	s.logDir = filepath.Join(s.dataDir, desktop.LogFolder)
	s.handover = desktop.NewHandover(func(event string, data any) {
		if s.platform != nil {
			s.platform.Emit(event, data)
		}
	})
	if platform.GeneratingBindings {
		return s, stderr
	}
	header := desktop.LogHeader(desktop.Build{Version: about.Version, BuildDate: about.BuildDate}, desktop.OSVersion(), time.Now())
	file, err := desktop.OpenLog(s.logDir, header)
	if err != nil {
		stderr.Warn("no log file", "err", err)
		return s, stderr
	}
	s.log = slog.New(slog.NewTextHandler(io.MultiWriter(os.Stderr, file), &slog.HandlerOptions{Level: slog.LevelInfo}))
	return s, s.log
}

// attach connects the shell to the window's platform and returns the bound
// desktop service. Files named on this launch's command line ("Open with →
// Afterloop" on Windows and Linux) wait for the UI's import preview.
func (s *shell) attach(shop *service.Shop, p *platform.Wails) *service.DesktopService {
	s.platform = p
	s.service = service.NewDesktopService(shop, p, s.about, s.logDir, s.handover, desktop.Updater{})
	if wd, err := os.Getwd(); err == nil {
		s.handover.Open(desktop.FilesFromArgs(os.Args[1:], wd))
	}
	return s.service
}

func (s *shell) context() context.Context {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ctx
}

func (s *shell) startup(ctx context.Context) {
	s.mu.Lock()
	s.ctx = ctx
	s.mu.Unlock()
}

// statePath is the remembered window places, beside the database.
func (s *shell) statePath() string { return filepath.Join(s.dataDir, desktop.WindowStateFile) }

// startSize sizes the window before it is shown, from the last screen setup.
func (s *shell) startSize() (desktop.Size, options.WindowStartState) {
	states := desktop.LoadWindowStates(s.statePath())
	st, ok := states.For(states.Last)
	if !ok || !st.Valid() {
		return defaultWindow, options.Normal
	}
	size := desktop.Size{Width: max(st.Width, minimumWindow.Width), Height: max(st.Height, minimumWindow.Height)}
	if st.Maximised {
		return size, options.Maximised
	}
	return size, options.Normal
}

func (s *shell) screens(ctx context.Context) []desktop.Screen {
	all, err := wailsruntime.ScreenGetAll(ctx)
	if err != nil {
		return nil
	}
	out := make([]desktop.Screen, 0, len(all))
	for _, sc := range all {
		size := desktop.Size{Width: sc.Size.Width, Height: sc.Size.Height}
		if size.Width == 0 {
			//nolint:staticcheck // Size is zero on platforms whose Wails runtime fills only the deprecated fields
			size = desktop.Size{Width: sc.Width, Height: sc.Height}
		}
		out = append(out, desktop.Screen{Size: size, Primary: sc.IsPrimary, Current: sc.IsCurrent})
	}
	return out
}

// restoreWindow puts the window where it was on this screen setup, never
// outside the screen it opens on.
func (s *shell) restoreWindow(ctx context.Context) {
	states := desktop.LoadWindowStates(s.statePath())
	if len(states.Screens) == 0 {
		return
	}
	screens := s.screens(ctx)
	if len(screens) == 0 {
		return
	}
	st := desktop.RestoreFor(states, screens, minimumWindow, defaultWindow)
	if st.Maximised {
		wailsruntime.WindowMaximise(ctx)
		return
	}
	wailsruntime.WindowSetSize(ctx, st.Width, st.Height)
	wailsruntime.WindowSetPosition(ctx, st.X, st.Y)
}

// saveWindow remembers the window's place for this screen setup. A
// minimised or full-screen window keeps what was remembered before.
func (s *shell) saveWindow(ctx context.Context) bool {
	if wailsruntime.WindowIsMinimised(ctx) || wailsruntime.WindowIsFullscreen(ctx) {
		return false
	}
	screens := s.screens(ctx)
	if len(screens) == 0 {
		return false
	}
	var st desktop.WindowState
	st.X, st.Y = wailsruntime.WindowGetPosition(ctx)
	st.Width, st.Height = wailsruntime.WindowGetSize(ctx)
	st.Maximised = wailsruntime.WindowIsMaximised(ctx)
	states := desktop.LoadWindowStates(s.statePath())
	states.Remember(desktop.KeyForScreens(screens), st)
	if err := desktop.SaveWindowStates(s.statePath(), states); err != nil {
		s.log.Warn("window place not saved", "err", err)
	}
	return false // never stops the window from closing
}

// bringForward shows the window in front, as a second launch expects.
func (s *shell) bringForward() {
	ctx := s.context()
	if ctx == nil {
		return
	}
	wailsruntime.WindowUnminimise(ctx)
	wailsruntime.Show(ctx)
	wailsruntime.WindowShow(ctx)
}

// singleInstance keeps one window per database: a second launch brings
// the first window forward and hands it the files it was given.
func (s *shell) singleInstance(dbPath string) *options.SingleInstanceLock {
	return &options.SingleInstanceLock{
		UniqueId: desktop.InstanceID(dbPath),
		OnSecondInstanceLaunch: func(data options.SecondInstanceData) {
			s.log.Info("second launch handed over", "files", len(desktop.FilesFromArgs(data.Args, data.WorkingDirectory)))
			s.bringForward()
			s.handover.SecondLaunch(data.Args, data.WorkingDirectory)
		},
	}
}

// macOptions hands files opened from Finder ("Open with → Afterloop") to
// the import preview and fills the App menu's About panel.
func (s *shell) macOptions(base *mac.Options) *mac.Options {
	base.OnFileOpen = func(path string) {
		s.bringForward()
		s.handover.Open(desktop.FilesFromArgs([]string{path}, ""))
	}
	base.About = &mac.AboutInfo{
		Title:   "Afterloop " + s.about.Version,
		Message: "Built " + s.about.BuildDate + "\n" + s.about.Copyright + "\nFonts: Liberation Sans/Serif, Carlito (SIL OFL 1.1).",
	}
	return base
}

// menu is the application menu; the Help commands about the data folder,
// the log and diagnostics run here so they work even if the page is stuck.
func (s *shell) menu() *menu.Menu {
	h := desktop.MenuHandler{
		Emit: s.platform.Emit,
		Native: map[desktop.Command]func(){
			desktop.CmdOpenDataFolder: func() { s.report(s.service.OpenDataFolder()) },
			desktop.CmdOpenLog:        func() { s.report(s.service.OpenLog()) },
			desktop.CmdCopyDiagnostics: func() {
				s.service.CopyDiagnosticsFromMenu()
			},
			desktop.CmdQuit: func() { s.withContext(wailsruntime.Quit) },
			desktop.CmdReload: func() {
				s.withContext(wailsruntime.WindowReloadApp)
			},
			desktop.CmdFullScreen: func() {
				s.withContext(func(ctx context.Context) {
					if wailsruntime.WindowIsFullscreen(ctx) {
						wailsruntime.WindowUnfullscreen(ctx)
					} else {
						wailsruntime.WindowFullscreen(ctx)
					}
				})
			},
		},
	}
	return desktop.BuildMenu(goruntime.GOOS, h.Run)
}

func (s *shell) withContext(fn func(context.Context)) {
	if ctx := s.context(); ctx != nil {
		fn(ctx)
	}
}

func (s *shell) report(err error) {
	if err != nil {
		s.log.Warn("menu command failed", "err", err)
	}
}
