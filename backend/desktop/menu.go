package desktop

import (
	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
)

// Command is one thing the application menu can ask for.
type Command string

// The menu's commands. Each one the UI carries out is sent to it as the
// event "menu:<command>"; the rest run in Go (see MenuHandler).
const (
	CmdImport          Command = "import"
	CmdBackupNow       Command = "backup-now"
	CmdExportScorecard Command = "export-scorecard"
	CmdSettings        Command = "settings"
	CmdShortcuts       Command = "shortcuts"
	CmdAbout           Command = "about"
	CmdOpenDataFolder  Command = "open-data-folder"
	CmdOpenLog         Command = "open-log"
	CmdCopyDiagnostics Command = "copy-diagnostics"
	CmdReload          Command = "reload"
	CmdFullScreen      Command = "full-screen"
	CmdQuit            Command = "quit"
)

// MenuEvent is the UI event a command is sent as.
func MenuEvent(c Command) string { return "menu:" + string(c) }

// MenuHandler carries out menu commands: those with a Go action run it (they
// must work even when the UI is in trouble, like opening the log); the
// others are sent to the UI.
type MenuHandler struct {
	Emit   func(event string, data any)
	Native map[Command]func()
}

// Run carries out one command.
func (h MenuHandler) Run(c Command) {
	if fn := h.Native[c]; fn != nil {
		fn()
		return
	}
	if h.Emit != nil {
		h.Emit(MenuEvent(c), nil)
	}
}

// BuildMenu is the application menu for an operating system ("darwin",
// "windows", "linux"). On macOS it uses the system's App, Edit and Window
// menus: the Edit menu is what makes Cmd+C, Cmd+V and Cmd+A work in text
// fields, so a custom menu must keep it. Windows and Linux text fields do
// that on their own, and the roles are macOS-only.
func BuildMenu(goos string, run func(Command)) *menu.Menu {
	do := func(c Command) menu.Callback { return func(*menu.CallbackData) { run(c) } }
	mac := goos == "darwin"
	app := menu.NewMenu()

	if mac {
		app.Append(menu.AppMenu())
	}

	file := app.AddSubmenu("File")
	file.AddText("Import…", keys.CmdOrCtrl("i"), do(CmdImport))
	file.AddText("Back Up Now", nil, do(CmdBackupNow))
	file.AddText("Export Scorecard…", nil, do(CmdExportScorecard))
	file.AddSeparator()
	file.AddText("Settings…", keys.CmdOrCtrl(","), do(CmdSettings))
	if !mac {
		// The App menu has Quit on macOS.
		file.AddSeparator()
		file.AddText("Quit", keys.CmdOrCtrl("q"), do(CmdQuit))
	}

	if mac {
		app.Append(menu.EditMenu())
	}

	view := app.AddSubmenu("View")
	view.AddText("Reload", keys.CmdOrCtrl("r"), do(CmdReload))
	if mac {
		view.AddText("Toggle Full Screen", keys.Combo("f", keys.CmdOrCtrlKey, keys.ControlKey), do(CmdFullScreen))
	} else {
		view.AddText("Toggle Full Screen", keys.Key("F11"), do(CmdFullScreen))
	}

	if mac {
		app.Append(menu.WindowMenu())
	}

	help := app.AddSubmenu("Help")
	// No accelerator: "?" typed into a text field must stay a question mark;
	// the UI itself opens the sheet on "?" outside text fields.
	help.AddText("Keyboard Shortcuts (?)", nil, do(CmdShortcuts))
	help.AddSeparator()
	help.AddText("Open Data Folder", nil, do(CmdOpenDataFolder))
	help.AddText("Check the Log", nil, do(CmdOpenLog))
	help.AddText("Copy Diagnostics", nil, do(CmdCopyDiagnostics))
	help.AddSeparator()
	help.AddText("About Afterloop", nil, do(CmdAbout))
	return app
}

// UICommands are the commands the app sends to the UI (the shell runs the
// rest: the data folder, the log, diagnostics, reload, full screen, quit).
var UICommands = []Command{CmdImport, CmdBackupNow, CmdExportScorecard, CmdSettings, CmdShortcuts, CmdAbout}
