package desktop

import (
	"os"
	"strings"
	"testing"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
)

// find returns the item with that label anywhere in the menu.
func find(m *menu.Menu, label string) *menu.MenuItem {
	for _, it := range m.Items {
		if it.Label == label {
			return it
		}
		if it.SubMenu != nil {
			if got := find(it.SubMenu, label); got != nil {
				return got
			}
		}
	}
	return nil
}

func hasRole(m *menu.Menu, role menu.Role) bool {
	for _, it := range m.Items {
		if it.Role == role {
			return true
		}
	}
	return false
}

func click(t *testing.T, m *menu.Menu, label string) {
	t.Helper()
	it := find(m, label)
	if it == nil {
		t.Fatalf("no %q in the menu", label)
	}
	it.Click(&menu.CallbackData{MenuItem: it})
}

func TestMacMenuKeepsTheSystemRoles(t *testing.T) {
	m := BuildMenu("darwin", func(Command) {})
	for name, role := range map[string]menu.Role{"App": menu.AppMenuRole, "Edit": menu.EditMenuRole, "Window": menu.WindowMenuRole} {
		if !hasRole(m, role) {
			t.Errorf("the macOS menu lacks the %s role", name)
		}
	}
	for _, label := range []string{"File", "View", "Help"} {
		if find(m, label) == nil {
			t.Errorf("no %s menu", label)
		}
	}
	if find(m, "Quit") != nil {
		t.Error("Quit belongs to the App menu on macOS")
	}
}

func TestWindowsAndLinuxMenusHaveNoMacRoles(t *testing.T) {
	for _, goos := range []string{"windows", "linux"} {
		m := BuildMenu(goos, func(Command) {})
		for _, it := range m.Items {
			if it.Role != 0 || it.Label == "" {
				t.Errorf("%s: a role item would show as an empty menu: %+v", goos, it)
			}
		}
		if find(m, "Quit") == nil {
			t.Errorf("%s: no Quit", goos)
		}
	}
}

func TestMenuCommandsAndShortcuts(t *testing.T) {
	for _, goos := range []string{"darwin", "windows", "linux"} {
		var got []Command
		m := BuildMenu(goos, func(c Command) { got = append(got, c) })
		cases := []struct {
			label string
			cmd   Command
			acc   *keys.Accelerator
		}{
			{"Import…", CmdImport, keys.CmdOrCtrl("i")},
			{"Back Up Now", CmdBackupNow, nil},
			{"Export Scorecard…", CmdExportScorecard, nil},
			{"Settings…", CmdSettings, keys.CmdOrCtrl(",")},
			{"Keyboard Shortcuts (?)", CmdShortcuts, nil},
			{"Open Data Folder", CmdOpenDataFolder, nil},
			{"Check the Log", CmdOpenLog, nil},
			{"Copy Diagnostics", CmdCopyDiagnostics, nil},
			{"About Afterloop", CmdAbout, nil},
		}
		for _, c := range cases {
			got = nil
			click(t, m, c.label)
			if len(got) != 1 || got[0] != c.cmd {
				t.Errorf("%s %q ran %v, want %s", goos, c.label, got, c.cmd)
			}
			it := find(m, c.label)
			switch {
			case c.acc == nil && it.Accelerator != nil:
				t.Errorf("%s %q: unexpected shortcut %+v", goos, c.label, it.Accelerator)
			case c.acc != nil && (it.Accelerator == nil || it.Accelerator.Key != c.acc.Key || len(it.Accelerator.Modifiers) != 1 || it.Accelerator.Modifiers[0] != keys.CmdOrCtrlKey):
				t.Errorf("%s %q: shortcut %+v, want Cmd/Ctrl+%s", goos, c.label, it.Accelerator, c.acc.Key)
			}
		}
	}
}

func TestMenuHandlerRunsGoActionsAndSendsTheRestToTheUI(t *testing.T) {
	var e emitted
	opened := 0
	h := MenuHandler{Emit: e.emit, Native: map[Command]func(){CmdOpenDataFolder: func() { opened++ }}}
	h.Run(CmdOpenDataFolder)
	h.Run(CmdBackupNow)
	if opened != 1 {
		t.Fatalf("open data folder ran %d times", opened)
	}
	if len(e.events) != 1 || e.events[0].name != "menu:backup-now" {
		t.Fatalf("events: %+v", e.events)
	}
}

// The UI subscribes to the menu events by a list of its own; a command
// missing there would do nothing when clicked.
func TestTheUIListensToEveryMenuCommandItCarriesOut(t *testing.T) {
	b, err := os.ReadFile("../../frontend/src/api/desktop.ts")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	start := strings.Index(src, "MENU_COMMANDS = [")
	if start < 0 {
		t.Fatal("no MENU_COMMANDS list in the UI")
	}
	list := src[start : start+strings.Index(src[start:], "]")]
	for _, c := range UICommands {
		if !strings.Contains(list, "'"+string(c)+"'") {
			t.Errorf("the UI does not listen to menu:%s", c)
		}
	}
}
