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
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	started := time.Now()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	dbPath, err := store.DefaultPath()
	if platform.GeneratingBindings {
		dir, tempErr := os.MkdirTemp("", "afterloop-bindings-")
		if tempErr == nil {
			defer os.RemoveAll(dir)
		}
		dbPath, err = filepath.Join(dir, "bindings.db"), tempErr
	}
	if err != nil {
		fail(log, err)
	}
	st, notice, err := service.OpenStore(context.Background(), dbPath, log)
	if err != nil {
		fail(log, err)
	}
	log.Info("database opened", "path", dbPath)

	desktop := platform.NewWails()
	shop := &service.Shop{Store: st}
	imports := importer.New(st)
	backups := service.NewBackupService(shop, desktop)
	backups.Notice = notice
	app := NewApp(started, st, desktop, log)

	err = wails.Run(&options.App{
		Title:            "Afterloop",
		Width:            1280,
		Height:           800,
		MinWidth:         1024,
		MinHeight:        640,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 1},
		OnStartup:        app.startup,
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
			backups,
		},
		Windows: &windows.Options{Theme: windows.SystemDefault},
		Mac:     &mac.Options{Appearance: mac.DefaultAppearance},
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
