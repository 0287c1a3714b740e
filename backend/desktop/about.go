// Package desktop holds what makes Afterloop behave like a native desktop
// app, kept apart from the Wails runtime so it can be tested: the version and
// About data, the application menu, the window's remembered place, handing
// files from a second launch or the OS to the running window, the log file
// and the diagnostics a seller pastes into a support request.
package desktop

import (
	"runtime"
	"strings"
)

// DevVersion is what a build without a release version reports.
const DevVersion = "dev"

// Build identifies this binary. Release builds set the version and date with
// -ldflags "-X main.version=… -X main.buildDate=…".
type Build struct {
	Version   string `json:"version"`
	BuildDate string `json:"buildDate"`
}

// NormalizeBuild fills what the linker left empty and drops a leading "v"
// from a tag-shaped version, so "v1.4.0" and "1.4.0" read the same.
func NormalizeBuild(version, buildDate string) Build {
	v := strings.TrimSpace(version)
	if v == "" {
		v = DevVersion
	}
	if len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9' {
		v = v[1:]
	}
	d := strings.TrimSpace(buildDate)
	if d == "" {
		d = "unknown"
	}
	return Build{Version: v, BuildDate: d}
}

// Credit names one bundled font or library and its licence.
type Credit struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Licence string `json:"licence"`
	Note    string `json:"note"`
}

// About is what the About box shows.
type About struct {
	Name      string   `json:"name"`
	Version   string   `json:"version"`
	BuildDate string   `json:"buildDate"`
	OS        string   `json:"os"`
	GoVersion string   `json:"goVersion"`
	Copyright string   `json:"copyright"`
	Fonts     []Credit `json:"fonts"`
	Libraries []Credit `json:"libraries"`
}

// bundledFonts are the faces shipped inside the binary for insert cards.
var bundledFonts = []Credit{
	{Name: "Liberation Sans", Version: "2.1.5", Licence: "SIL Open Font License 1.1", Note: "© 2012 Red Hat, Inc."},
	{Name: "Liberation Serif", Version: "2.1.5", Licence: "SIL Open Font License 1.1", Note: "© 2012 Red Hat, Inc."},
	{Name: "Carlito", Licence: "SIL Open Font License 1.1", Note: "© 2010-2013 tyPoland Łukasz Dziedzic"},
}

// mainLibraries are the libraries compiled into the app that a user of it
// benefits from knowing about (the licences ask for their notices).
var mainLibraries = []Credit{
	{Name: "Wails", Version: "2.16.0", Licence: "MIT"},
	{Name: "modernc.org/sqlite", Version: "1.60.1", Licence: "BSD-3-Clause"},
	{Name: "excelize", Version: "2.11.0", Licence: "BSD-3-Clause"},
	{Name: "gofpdf", Version: "1.16.2", Licence: "MIT"},
	{Name: "barcode", Version: "1.1.0", Licence: "MIT"},
	{Name: "Vue", Version: "3.5", Licence: "MIT"},
	{Name: "Naive UI", Version: "2.45", Licence: "MIT"},
	{Name: "Pinia, Vue Router, Vue I18n", Licence: "MIT"},
	{Name: "Ionicons (via @vicons)", Licence: "MIT"},
}

// NewAbout assembles the About data for this build.
func NewAbout(b Build) About {
	return About{
		Name:      "Afterloop",
		Version:   b.Version,
		BuildDate: b.BuildDate,
		OS:        runtime.GOOS + "/" + runtime.GOARCH,
		GoVersion: runtime.Version(),
		Copyright: "Copyright © 2026 Afterloop",
		Fonts:     append([]Credit(nil), bundledFonts...),
		Libraries: append([]Credit(nil), mainLibraries...),
	}
}
