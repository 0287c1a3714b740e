package cli

import (
	"flag"
	"fmt"
	"strconv"

	"afterloop/backend/imports"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// runUndo undoes one import (by its id in stats/import history), after a
// safety backup, as Settings → Import history does.
func runUndo(e *env, args []string) error {
	fs := flag.NewFlagSet("undo", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"undo needs the import's id: undo IMPORT_ID"}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("import id must be a positive number, not %q", pos[0])}
	}
	if err := service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreUndo); err != nil {
		return err
	}
	res, err := imports.New(e.shop.Store).Undo(e.ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Undid import %d: %d rows removed, %d put back.\n", res.BatchID, res.Deleted, res.Restored)
	return nil
}
