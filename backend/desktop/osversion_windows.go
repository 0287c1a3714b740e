//go:build windows

package desktop

import (
	"fmt"

	"golang.org/x/sys/windows"
)

// OSVersion names the running system for the log and diagnostics. Windows 11
// still reports major version 10; its build numbers start at 22000.
func OSVersion() string {
	v := windows.RtlGetVersion()
	name := "Windows 10"
	if v.MajorVersion == 10 && v.BuildNumber >= 22000 {
		name = "Windows 11"
	} else if v.MajorVersion != 10 {
		name = fmt.Sprintf("Windows %d.%d", v.MajorVersion, v.MinorVersion)
	}
	return fmt.Sprintf("%s (build %d)", name, v.BuildNumber)
}
