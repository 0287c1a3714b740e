// Package platform keeps the operating-system and Wails runtime calls behind
// one interface: native dialogs, events to the UI, the clipboard, opening a
// file in its viewer. Services depend on the interface; the Wails
// implementation is used by the app, Recorder by tests.
package platform

// FileFilter limits a file dialog to some extensions.
type FileFilter struct {
	DisplayName string // "Spreadsheets (*.xlsx, *.csv)"
	Pattern     string // "*.xlsx;*.csv"
}

// Platform is everything the services need from the desktop.
type Platform interface {
	// OpenFile shows the native open dialog; "" means the user cancelled.
	OpenFile(title string, filters []FileFilter) (string, error)
	// SaveFile shows the native save dialog; "" means the user cancelled.
	SaveFile(title, defaultName string, filters []FileFilter) (string, error)
	// Emit sends an event to the UI.
	Emit(event string, data any)
	// SetClipboard puts text on the system clipboard.
	SetClipboard(text string) error
	// OpenPath opens a file with the system's default program.
	OpenPath(path string) error
}
