package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"afterloop/backend/safefile"
)

// Restored says what a restore put in place.
type Restored struct {
	From       Backup `json:"from"`       // the backup now live
	SafetyCopy Backup `json:"safetyCopy"` // the database as it was just before
	Stats      Stats  `json:"stats"`      // what the restored shop holds
}

// Restore makes the backup at file the live database. The file is checked
// first (an Afterloop database that passes integrity_check), the current
// database is backed up ("pre-restore"), and the swap happens in place so
// the app keeps running on the restored data. The backup file itself stays
// where it is.
func (s *Store) Restore(ctx context.Context, file string, now time.Time) (Restored, error) {
	var out Restored
	if err := CheckFile(ctx, file, "integrity_check"); err != nil {
		return out, err
	}
	out.From = DescribeBackup(file)
	safety, err := s.Backup(ctx, BackupPreRestore, now)
	if err != nil && safety.Path == "" {
		return out, fmt.Errorf("back up the current database before restoring: %w", err)
	}
	out.SafetyCopy = safety
	tmp := safefile.TempPath(filepath.Dir(s.path), ".db")
	if err := copyFile(file, tmp); err != nil {
		_ = os.Remove(tmp) // a leftover temporary file is harmless
		return out, fmt.Errorf("copy the backup: %w", err)
	}
	if err := s.Replace(ctx, tmp); err != nil {
		_ = os.Remove(tmp) // a leftover temporary file is harmless
		return out, err
	}
	out.Stats, err = s.GetStats(ctx)
	return out, err
}

// DescribeBackup describes a backup file that may live outside the backups
// folder (restore FILE from the command line).
func DescribeBackup(path string) Backup {
	if b, ok := describeBackup(path); ok {
		return b
	}
	b := Backup{Path: path, Name: filepath.Base(path)}
	if st, err := os.Stat(path); err == nil {
		b.Size, b.At = st.Size(), st.ModTime().Unix()
	}
	return b
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer func() { _ = in.Close() }() // read only, or already written and checked: closing loses nothing
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close() // already failing: the error returned matters more
		return err
	}
	if err := out.Sync(); err != nil {
		_ = out.Close() // already failing: the error returned matters more
		return err
	}
	return out.Close()
}
