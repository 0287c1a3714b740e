package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"afterloop/backend/clock"
	"afterloop/backend/platform"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// App holds the lifecycle only: start, the UI's first paint, shutdown.
type App struct {
	started  time.Time
	store    *store.Store
	platform *platform.Wails
	log      *slog.Logger
	ctx      context.Context
}

// NewApp wires the lifecycle to its dependencies.
func NewApp(started time.Time, st *store.Store, p *platform.Wails, log *slog.Logger) *App {
	return &App{started: started, store: st, platform: p, log: log}
}

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	a.platform.SetContext(ctx)
	// Files dropped anywhere on the window go to the import screen.
	a.platform.OnFileDrop(func(paths []string) { a.platform.Emit(service.EventFilesDropped, paths) })
}

func (a *App) shutdown(context.Context) {
	if err := a.store.Close(); err != nil {
		a.log.Error("close database", "err", err)
	}
}

// Ready is called by the UI once its first screen with data has rendered.
// It logs the start-up time; with AFTERLOOP_EXIT_WHEN_READY set it prints
// "startup-ms: N" and quits, which is how the start-up benchmark measures.
func (a *App) Ready() int64 {
	ms := time.Since(a.started).Milliseconds()
	a.log.Info("interactive", "startup_ms", ms)
	if os.Getenv("AFTERLOOP_EXIT_WHEN_READY") != "" {
		fmt.Printf("startup-ms: %d\n", ms)
		go func() {
			time.Sleep(100 * time.Millisecond)
			wailsruntime.Quit(a.ctx)
		}()
	}
	return ms
}

// Now is the app clock in Unix milliseconds. The UI takes its "now" from here
// so its timers and "today" agree with the backend, also when a test or the
// demo fixes the clock with AFTERLOOP_NOW.
func (a *App) Now() int64 { return clock.Now().UnixMilli() }
