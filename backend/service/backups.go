package service

import (
	"context"
	"errors"
	"sync"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// Events about backups and the health of the database.
const (
	EventBackupsChanged  = "backups:changed"
	EventDatabaseDamaged = "database:damaged"
)

// BackupService is bound to the UI: Settings → Backups, and the start-up
// check of the database.
type BackupService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	now      func() time.Time

	// Notice is shown once after start-up when OpenStore had to put a
	// backup in place of a damaged file.
	Notice string

	mu      sync.Mutex
	health  Health
	started bool
}

// NewBackupService creates the service.
func NewBackupService(shop *Shop, p platform.Platform) *BackupService {
	return &BackupService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now}
}

// BackupList is what Settings → Backups shows.
type BackupList struct {
	Folder       string         `json:"folder"`
	DatabasePath string         `json:"databasePath"`
	SecondFolder string         `json:"secondFolder"`
	SyncedBy     string         `json:"syncedBy"` // the sync service whose folder holds the live database, if any
	Backups      []store.Backup `json:"backups"`
}

// List returns the backups, newest first, and the backup options.
func (s *BackupService) List() (BackupList, error) {
	st := s.shop.Store
	list, err := store.ListBackups(st.BackupsDir())
	if err != nil {
		return BackupList{}, err
	}
	opts, err := store.ReadBackupOptions(st.BackupsDir())
	if err != nil {
		return BackupList{}, err
	}
	return BackupList{Folder: st.BackupsDir(), DatabasePath: st.Path(), SecondFolder: opts.SecondFolder,
		SyncedBy: store.SyncedFolderService(st.Path()), Backups: list}, nil
}

// BackupNow makes a backup on demand.
func (s *BackupService) BackupNow() (store.Backup, error) {
	b, err := s.shop.Store.Backup(s.ctx, store.BackupManual, s.now())
	if b.Path != "" {
		s.platform.Emit(EventBackupsChanged, b)
	}
	if err != nil && b.Path != "" {
		return b, apperr.Wrap(apperr.CodeInvalidInput, err, err.Error())
	}
	return b, err
}

// Restore puts the backup at path in place of the database (after a
// safety copy of the current one) and tells the UI to reload everything.
func (s *BackupService) Restore(path string) (store.Restored, error) {
	if path == "" {
		return store.Restored{}, apperr.New(apperr.CodeInvalidInput, "Choose a backup to restore.")
	}
	res, err := s.shop.Store.Restore(s.ctx, path, s.now())
	if err != nil {
		return res, err
	}
	s.mu.Lock()
	s.health = Health{OK: true}
	s.mu.Unlock()
	s.platform.Emit(EventBackupsChanged, res)
	s.platform.Emit(EventDataChanged, "restore")
	return res, nil
}

// ChooseAndRestore lets the seller pick any backup file (one copied to a
// USB stick, say) and restores it; an empty result means cancelled.
func (s *BackupService) ChooseAndRestore() (store.Restored, error) {
	path, err := s.platform.OpenFile("Choose an Afterloop backup", []platform.FileFilter{{DisplayName: "Afterloop backups (*.db)", Pattern: "*.db"}})
	if err != nil || path == "" {
		return store.Restored{}, err
	}
	return s.Restore(path)
}

// OpenFolder shows the backups folder in the file manager.
func (s *BackupService) OpenFolder() error {
	return s.platform.OpenPath(s.shop.Store.BackupsDir())
}

// folderChooser is the platform's folder dialog, where it has one.
type folderChooser interface {
	ChooseFolder(title string) (string, error)
}

// ChooseSecondFolder asks for the folder each backup is also copied to and
// saves it; "" means cancelled.
func (s *BackupService) ChooseSecondFolder() (string, error) {
	fc, ok := s.platform.(folderChooser)
	if !ok {
		return "", apperr.New(apperr.CodeInvalidInput, "Choosing a folder is not available here.")
	}
	dir, err := fc.ChooseFolder("Also copy every backup to…")
	if err != nil || dir == "" {
		return "", err
	}
	return dir, s.SetSecondFolder(dir)
}

// SetSecondFolder saves the second folder ("" stops the copies).
func (s *BackupService) SetSecondFolder(dir string) error {
	return store.SaveBackupOptions(s.shop.Store.BackupsDir(), store.BackupOptions{SecondFolder: dir})
}

// Health is the result of the start-up check of the database file.
type Health struct {
	Checked bool         `json:"checked"`
	OK      bool         `json:"ok"`
	Message string       `json:"message"`
	Newest  store.Backup `json:"newest"` // the newest backup that passes its check, offered for restore
	Made    bool         `json:"made"`   // the daily backup was made now
	Notice  string       `json:"notice"` // a damaged file was replaced by a backup at start
}

// StartupCheck runs once, after the first screen is interactive: SQLite's
// quick_check of the live file, then the daily backup if due. A damaged
// file is reported with the newest good backup to restore instead.
func (s *BackupService) StartupCheck() Health {
	s.mu.Lock()
	if s.started {
		h := s.health
		s.mu.Unlock()
		return h
	}
	s.started = true
	s.mu.Unlock()
	h := Health{Checked: true, OK: true, Notice: s.Notice}
	if err := s.shop.Store.QuickCheck(s.ctx); err != nil {
		h.OK, h.Message = false, apperr.From(err).Message
		h.Newest, _ = NewestGoodBackup(s.ctx, s.shop.Store.BackupsDir())
		s.platform.Emit(EventDatabaseDamaged, h)
	} else if made, err := s.shop.Store.BackupIfDue(s.ctx, s.now()); err == nil && made {
		h.Made = true
		s.platform.Emit(EventBackupsChanged, nil)
	}
	s.mu.Lock()
	s.health = h
	s.mu.Unlock()
	return h
}

// NewestGoodBackup is the newest backup in dir that passes integrity_check.
func NewestGoodBackup(ctx context.Context, dir string) (store.Backup, error) {
	list, err := store.ListBackups(dir)
	if err != nil {
		return store.Backup{}, err
	}
	for _, b := range list {
		if store.CheckFile(ctx, b.Path, "integrity_check") == nil {
			return b, nil
		}
	}
	return store.Backup{}, errors.New("no good backup")
}
