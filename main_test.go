package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The release workflow stamps the version and build date into the binary
// with -ldflags; this builds the app the same way and asks it.
func TestVersionFromLdflagsReachesTheAboutData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the app binary")
	}
	bin := filepath.Join(t.TempDir(), "afterloop")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin,
		"-ldflags", "-X main.version=v7.8.9 -X main.buildDate=2026-11-30", ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").CombinedOutput()
	if err != nil {
		t.Fatalf("--version: %v\n%s", err, out)
	}
	if got := string(out); !strings.HasPrefix(got, "Afterloop 7.8.9 (built 2026-11-30, ") {
		t.Fatalf("--version printed %q", got)
	}
}

func TestUnstampedBuildIsADevBuild(t *testing.T) {
	about := aboutThisBuild()
	if version == "" && (about.Version != "dev" || about.BuildDate != "unknown") {
		t.Fatalf("got %+v", about)
	}
	if len(about.Fonts) == 0 || len(about.Libraries) == 0 {
		t.Fatal("the About box must credit the bundled fonts and libraries")
	}
}
