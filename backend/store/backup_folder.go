package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"afterloop/backend/safefile"
)

// BackupOptions are kept in the backups folder itself (not in the
// database), so restoring an older backup does not forget them.
type BackupOptions struct {
	// SecondFolder, when set, receives a copy of every backup (a USB stick
	// or a synced folder: a copy there is fine, the live file is not).
	SecondFolder string `json:"secondFolder"`
}

const backupOptionsFile = "options.json"

// ReadBackupOptions reads the options of the backups folder dir.
func ReadBackupOptions(dir string) (BackupOptions, error) {
	var o BackupOptions
	b, err := os.ReadFile(filepath.Join(dir, backupOptionsFile))
	if os.IsNotExist(err) {
		return o, nil
	}
	if err != nil {
		return o, fmt.Errorf("read backup options: %w", err)
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return BackupOptions{}, fmt.Errorf("backup options are not valid JSON: %w", err)
	}
	return o, nil
}

// SaveBackupOptions stores the options of the backups folder dir.
func SaveBackupOptions(dir string, o BackupOptions) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create backups folder: %w", err)
	}
	b, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		return err
	}
	return safefile.WriteFile(filepath.Join(dir, backupOptionsFile), b, safefile.ModeBackup)
}

// copyToSecondFolder copies a fresh backup to the second folder, if set.
func copyToSecondFolder(dir, backup string) error {
	o, err := ReadBackupOptions(dir)
	if err != nil || o.SecondFolder == "" {
		return err
	}
	if err := os.MkdirAll(o.SecondFolder, 0o700); err != nil {
		return fmt.Errorf("the backup was made, but the second folder %s cannot be used: %w", o.SecondFolder, err)
	}
	if err := safefile.Copy(backup, filepath.Join(o.SecondFolder, filepath.Base(backup)), safefile.ModeBackup); err != nil {
		return fmt.Errorf("the backup was made, but copying it to %s failed: %w", o.SecondFolder, err)
	}
	return nil
}
