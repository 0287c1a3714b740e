package main

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"

	"afterloop/backend/apperr"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/service"
	"afterloop/backend/store"
	"afterloop/backend/tabular"
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	started := time.Now()
	about := aboutThisBuild()
	if printVersion(os.Args[1:], about) {
		return
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	// Temporary sheet copies left by a crash or a kill hold buyer data.
	if err := tabular.Cleanup(); err != nil {
		log.Warn("removing old temporary import files", "err", err)
	}

	dbPath, err := store.DefaultPath()
	if platform.GeneratingBindings {
		dir, tempErr := os.MkdirTemp("", "afterloop-bindings-")
		if tempErr == nil {
			defer func() { _ = os.RemoveAll(dir) }() // a leftover temporary file is harmless
		}
		dbPath, err = filepath.Join(dir, "bindings.db"), tempErr
	}
	if err != nil {
		fail(log, err)
	}
	sh, log := newShell(about, dbPath, log)
	st, notice, err := service.OpenStore(context.Background(), dbPath, log)
	if err != nil {
		fail(log, err)
	}
	log.Info("database opened", "path", dbPath)

	desktop := platform.NewWails()
	shop := &service.Shop{Store: st, Version: about.Version}
	imports := importer.New(st)
	backups := service.NewBackupService(shop, desktop)
	backups.Notice = notice
	app := NewApp(started, st, desktop, log)
	desktopService := sh.attach(shop, desktop)
	startSize, startState := sh.startSize()

	err = wails.Run(&options.App{
		Title:            "Afterloop",
		Width:            startSize.Width,
		Height:           startSize.Height,
		MinWidth:         minimumWindow.Width,
		MinHeight:        minimumWindow.Height,
		WindowStartState: startState,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 1},
		OnStartup:        func(ctx context.Context) { app.startup(ctx); sh.startup(ctx) },
		OnDomReady:       sh.restoreWindow,
		OnBeforeClose:    sh.saveWindow,
		Menu:             sh.menu(),
		OnShutdown:       app.shutdown,
		ErrorFormatter:   apperr.Formatter(log),
		DragAndDrop:      &options.DragAndDrop{EnableFileDrop: true, DisableWebViewDrop: true},
		Bind: []any{
			app,
			service.NewShopService(shop),
			service.NewOrderService(shop),
			service.NewImportService(shop, imports, desktop),
			service.NewDemoService(shop, imports, desktop),
			service.NewTimelineService(shop, desktop),
			service.NewProductService(shop, desktop),
			service.NewCardService(shop, desktop),
			service.NewSupportService(shop, desktop),
			service.NewVocService(shop, desktop),
			service.NewScorecardService(shop, desktop),
			service.NewHealthService(shop, desktop),
			desktopService,
			backups,
		},
		// One window per database; a second launch hands over to it.
		SingleInstanceLock: sh.singleInstance(dbPath),

		Windows: &windows.Options{Theme: windows.SystemDefault},
		Mac:     sh.macOptions(&mac.Options{Appearance: mac.DefaultAppearance}),
		Linux:   &linux.Options{ProgramName: "afterloop"},
	})
	if err != nil {
		fail(log, err)
	}
}

func fail(log *slog.Logger, err error) {
	log.Error("afterloop cannot start", "err", err)
	fmt.Fprintln(os.Stderr, "Afterloop cannot start:", err)
	os.Exit(1)
}
