package service

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/safefile"
	"afterloop/backend/store"
)

// OpenStore opens the database at path. If the file is too damaged to open
// and a good backup exists, the damaged file is kept aside (renamed, never
// deleted) and the newest good backup is put in its place, so the app
// starts instead of failing; notice says what happened ("" when nothing).
// A file whose very first bytes are no longer a database's counts as
// damaged only when Afterloop backups of it sit beside it; anywhere else
// it is refused as not an Afterloop database.
func OpenStore(ctx context.Context, path string, log *slog.Logger) (st *store.Store, notice string, err error) {
	st, err = store.Open(ctx, path, log)
	if err == nil || apperr.From(err).Code != apperr.CodeDatabaseCorrupt && !store.HeaderDamaged(path) {
		return st, "", err
	}
	good, findErr := NewestGoodBackup(ctx, store.BackupsDir(path))
	if findErr != nil {
		return nil, "", err
	}
	aside := fmt.Sprintf("%s.damaged-%s", path, clock.Now().Format("20060102-150405"))
	if rerr := os.Rename(path, aside); rerr != nil {
		return nil, "", err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		_ = os.Rename(path+suffix, aside+suffix)
	}
	if cerr := safefile.Copy(good.Path, path, safefile.ModeBackup); cerr != nil {
		_ = os.Rename(aside, path)
		return nil, "", err
	}
	st, err = store.Open(ctx, path, log)
	if err != nil {
		return nil, "", err
	}
	notice = fmt.Sprintf("The database file was damaged, so Afterloop restored the backup from %s. The damaged file is kept as %s.",
		time.Unix(good.At, 0).Format("2006-01-02 15:04"), aside)
	if log != nil {
		log.Warn("damaged database replaced by its newest good backup", "backup", good.Path, "damaged", aside)
	}
	return st, notice, nil
}
