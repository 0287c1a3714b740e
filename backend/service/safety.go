package service

import (
	"context"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/store"
)

// SafetyBackup copies the database to the backups folder before a step
// that changes much at once (an import, an undo, a restore, an erase). If
// the copy cannot be made the step does not run: a seller would rather
// retry than lose the way back.
func SafetyBackup(ctx context.Context, st *store.Store, reason string) error {
	stats, err := st.GetStats(ctx)
	if err != nil {
		return err
	}
	if stats == (store.Stats{}) {
		return nil // an empty shop has nothing to lose
	}
	if _, err := st.Backup(ctx, reason, clock.Now()); err != nil {
		if e := apperr.From(err); e.Code != apperr.CodeInternal {
			return apperr.Wrap(e.Code, err, "Afterloop could not make a backup first, so nothing was changed. "+e.Message)
		}
		return apperr.Wrap(apperr.CodeInternal, err, "Afterloop could not make a backup first, so nothing was changed. Check the free space on the disk and try again.")
	}
	return nil
}
