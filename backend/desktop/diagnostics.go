package desktop

import (
	"fmt"
	"os"
	"strings"
)

// Count is one table's row count in the diagnostics.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// DiagnosticsInput is everything the diagnostics text reports.
type DiagnosticsInput struct {
	About         About
	OSVersion     string
	DatabasePath  string
	DatabaseBytes int64
	Counts        []Count
	LogLines      []string
}

// DiagnosticLogLines is how much of the log goes into the diagnostics.
const DiagnosticLogLines = 200

// FormatDiagnostics is the text a seller pastes into a support request:
// which build on which system, how big the database is and how much is in
// it, then the end of the log. Counts only, no shop or buyer content.
func FormatDiagnostics(in DiagnosticsInput) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Afterloop %s (built %s)\n", in.About.Version, in.About.BuildDate)
	fmt.Fprintf(&b, "System: %s %s\n", in.About.OS, in.OSVersion)
	fmt.Fprintf(&b, "Go: %s\n", in.About.GoVersion)
	fmt.Fprintf(&b, "Database: %s (%s)\n", in.DatabasePath, HumanBytes(in.DatabaseBytes))
	for _, c := range in.Counts {
		fmt.Fprintf(&b, "  %s: %d\n", c.Name, c.N)
	}
	fmt.Fprintf(&b, "\nLast %d log lines:\n", len(in.LogLines))
	for _, l := range in.LogLines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// DatabaseBytes is the size of the database with its write-ahead log.
func DatabaseBytes(path string) int64 {
	var total int64
	for _, p := range []string{path, path + "-wal"} {
		if info, err := os.Stat(p); err == nil {
			total += info.Size()
		}
	}
	return total
}

// HumanBytes writes a size the way a file manager does (1.4 MB).
func HumanBytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}
