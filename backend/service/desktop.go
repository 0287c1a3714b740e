package service

import (
	"context"
	"fmt"
	"path/filepath"

	"afterloop/backend/apperr"
	"afterloop/backend/desktop"
	"afterloop/backend/platform"
)

// EventDiagnosticsCopied tells the UI the diagnostics are on the clipboard
// (the menu copies them without asking the UI).
const EventDiagnosticsCopied = "diagnostics:copied"

// DesktopService is bound to the UI: the About box, the data folder and the
// log, diagnostics for a support request, files opened with the app, and
// the update check.
type DesktopService struct {
	shop     *Shop
	platform platform.Platform
	about    desktop.About
	logDir   string
	handover *desktop.Handover
	updater  desktop.Updater
	ctx      context.Context
}

// NewDesktopService creates the service. logDir is the log folder; files
// opened with the app reach the UI through handover.
func NewDesktopService(shop *Shop, p platform.Platform, about desktop.About, logDir string, handover *desktop.Handover, updater desktop.Updater) *DesktopService {
	return &DesktopService{shop: shop, platform: p, about: about, logDir: logDir, handover: handover, updater: updater, ctx: context.Background()}
}

// About returns the version, build date and credits.
func (s *DesktopService) About() desktop.About { return s.about }

// DataFolder is the folder holding the database, backups and logs.
func (s *DesktopService) DataFolder() string { return filepath.Dir(s.shop.Store.Path()) }

// UIReady is called by the UI once it listens for opened files; files given
// on the command line or by the OS before that are sent now.
func (s *DesktopService) UIReady() {
	if s.handover != nil {
		s.handover.UIReady()
	}
}

// OpenDataFolder shows the data folder in the file manager.
func (s *DesktopService) OpenDataFolder() error {
	if err := s.platform.OpenPath(s.DataFolder()); err != nil {
		return apperr.Wrap(apperr.CodeInternal, err, "The data folder could not be opened: "+s.DataFolder())
	}
	return nil
}

// OpenLog opens the current log file in the system's text viewer.
func (s *DesktopService) OpenLog() error {
	path := filepath.Join(s.logDir, desktop.LogFileName)
	if err := s.platform.OpenPath(path); err != nil {
		return apperr.Wrap(apperr.CodeInternal, err, "The log could not be opened: "+path)
	}
	return nil
}

// Diagnostics is the text for a support request.
func (s *DesktopService) Diagnostics() (string, error) {
	rows, err := s.shop.Store.CountRows(s.ctx)
	if err != nil {
		return "", fmt.Errorf("count rows: %w", err)
	}
	counts := make([]desktop.Count, 0, len(rows))
	for _, r := range rows {
		counts = append(counts, desktop.Count{Name: r.Table, N: r.N})
	}
	path := s.shop.Store.Path()
	return desktop.FormatDiagnostics(desktop.DiagnosticsInput{
		About:         s.about,
		OSVersion:     desktop.OSVersion(),
		DatabasePath:  path,
		DatabaseBytes: desktop.DatabaseBytes(path),
		Counts:        counts,
		LogLines:      desktop.TailLines(s.logDir, desktop.DiagnosticLogLines),
	}), nil
}

// DiagnosticsCopied says how much was put on the clipboard.
type DiagnosticsCopied struct {
	Chars    int `json:"chars"`
	LogLines int `json:"logLines"`
}

// CopyDiagnostics puts the diagnostics on the clipboard.
func (s *DesktopService) CopyDiagnostics() (DiagnosticsCopied, error) {
	text, err := s.Diagnostics()
	if err != nil {
		return DiagnosticsCopied{}, err
	}
	if err := s.platform.SetClipboard(text); err != nil {
		return DiagnosticsCopied{}, apperr.Wrap(apperr.CodeInternal, err, "The diagnostics could not be put on the clipboard.")
	}
	return DiagnosticsCopied{Chars: len(text), LogLines: len(desktop.TailLines(s.logDir, desktop.DiagnosticLogLines))}, nil
}

// CopyDiagnosticsFromMenu copies and tells the UI, which shows the result.
func (s *DesktopService) CopyDiagnosticsFromMenu() {
	res, err := s.CopyDiagnostics()
	if err != nil {
		s.platform.Emit(EventDiagnosticsCopied, map[string]any{"ok": false, "message": apperr.From(err).Message})
		return
	}
	s.platform.Emit(EventDiagnosticsCopied, map[string]any{"ok": true, "chars": res.Chars, "logLines": res.LogLines})
}

// CheckForUpdates asks the release address for a newer version; without one
// configured it answers "not checked" and calls out nowhere.
func (s *DesktopService) CheckForUpdates() (desktop.UpdateCheck, error) {
	return s.updater.CheckForUpdates(s.ctx, s.about.Version)
}
