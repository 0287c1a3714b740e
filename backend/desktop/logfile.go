package desktop

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// The log lives in the data folder's logs/ folder: afterloop.log is the
// current run, afterloop.1.log the run before, and so on.
const (
	LogFolder   = "logs"
	LogFileName = "afterloop.log"
	logKeep     = 5       // files kept, the current one included
	logMaxBytes = 2 << 20 // a run that writes more starts a new file
)

// LogHeader is the first line of every log file: which build, on which
// system. Log lines name what happened (start, migrations, errors, timings)
// and never carry buyer names, addresses or messages.
func LogHeader(b Build, osVersion string, now time.Time) string {
	return fmt.Sprintf("Afterloop %s (built %s) on %s/%s %s, %s, started %s",
		b.Version, b.BuildDate, runtime.GOOS, runtime.GOARCH, osVersion, runtime.Version(), now.UTC().Format(time.RFC3339))
}

// RotatingLog is an io.Writer for the log file. Each start of the app begins
// a new file (the older ones shift down, the oldest is deleted), and so does
// a run whose file grows past the size limit; every file starts with the
// header line.
type RotatingLog struct {
	mu     sync.Mutex
	dir    string
	header string
	max    int64
	f      *os.File
	size   int64
}

// OpenLog starts a new log file in dir.
func OpenLog(dir, header string) (*RotatingLog, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create log folder: %w", err)
	}
	l := &RotatingLog{dir: dir, header: header, max: logMaxBytes}
	if err := l.rotate(); err != nil {
		return nil, err
	}
	return l, nil
}

// Path is the current log file.
func (l *RotatingLog) Path() string { return filepath.Join(l.dir, LogFileName) }

func logName(i int) string {
	if i == 0 {
		return LogFileName
	}
	return "afterloop." + strconv.Itoa(i) + ".log"
}

// rotate closes the current file, shifts the old ones and opens a new file
// beginning with the header.
func (l *RotatingLog) rotate() error {
	if l.f != nil {
		_ = l.f.Close() // the old log was written line by line; reopening matters, not this close
		l.f = nil
	}
	_ = os.Remove(filepath.Join(l.dir, logName(logKeep-1))) // rotation is best effort: a log that cannot rotate only grows
	for i := logKeep - 2; i >= 0; i-- {
		_ = os.Rename(filepath.Join(l.dir, logName(i)), filepath.Join(l.dir, logName(i+1))) // rotation is best effort: a log that cannot rotate only grows
	}
	f, err := os.OpenFile(l.Path(), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("open log file: %w", err)
	}
	n, err := f.WriteString(l.header + "\n")
	if err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return fmt.Errorf("write log file: %w", err)
	}
	l.f, l.size = f, int64(n)
	return nil
}

// Write appends to the current file, starting a new one when it is full.
// A log that cannot be written never stops the app: errors are swallowed.
func (l *RotatingLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return len(p), nil
	}
	if l.size+int64(len(p)) > l.max && l.size > int64(len(l.header))+1 {
		if err := l.rotate(); err != nil {
			return len(p), nil
		}
	}
	n, _ := l.f.Write(p)
	l.size += int64(n)
	return len(p), nil
}

// Close closes the file.
func (l *RotatingLog) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// TailLines returns the last n lines of the log: from the current file and,
// when it is short, the one before it.
func TailLines(dir string, n int) []string {
	var lines []string
	for i := 1; i >= 0; i-- {
		lines = append(lines, readLines(filepath.Join(dir, logName(i)))...)
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return lines
}

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer func() { _ = f.Close() }() // read only, or already written and checked: closing loses nothing
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
