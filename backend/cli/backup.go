package cli

import (
	"flag"
	"fmt"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/store"
)

const backupUsage = "backup [-o FILE] [--json]: a checked copy of the database (default: the backups folder) | backups list [--json] | restore FILE [--json]"

// runBackup writes a backup now: to -o FILE, or to the backups folder
// beside the database (thinned out by the retention rule).
func runBackup(e *env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	out := fs.String("o", "", "write the backup to this file")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"backup takes no arguments; use -o FILE to choose where it goes"}
	}
	st := e.shop.Store
	var b store.Backup
	if *out != "" {
		if err := st.BackupTo(e.ctx, *out); err != nil {
			return err
		}
		b = store.DescribeBackup(*out)
	} else if b, err = st.Backup(e.ctx, store.BackupManual, clock.Now()); err != nil && b.Path == "" {
		return err
	} else if err != nil {
		fmt.Fprintln(e.stderr, "afterloop-cli:", oneLine(err))
	}
	if *asJSON {
		return writeJSON(e.stdout, b)
	}
	fmt.Fprintf(e.stdout, "Backed up to %s\n", b.Path)
	return nil
}

func runBackups(e *env, args []string) error {
	fs := flag.NewFlagSet("backups", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || pos[0] != "list" {
		return usageError{"backups list [--json]"}
	}
	list, err := store.ListBackups(e.shop.Store.BackupsDir())
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, list)
	}
	if len(list) == 0 {
		fmt.Fprintf(e.stdout, "No backups yet in %s. Run: afterloop-cli backup\n", e.shop.Store.BackupsDir())
	}
	for _, b := range list {
		fmt.Fprintf(e.stdout, "%s  %-11s %9d  %s\n", time.Unix(b.At, 0).Format("2006-01-02 15:04:05"), b.Reason, b.Size, b.Path)
	}
	return nil
}

// runRestore puts a backup in place of the database, after a safety copy.
func runRestore(e *env, args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"restore needs the backup file: restore FILE"}
	}
	if err := fileMustExist(pos[0]); err != nil {
		return apperr.From(err)
	}
	res, err := e.shop.Store.Restore(e.ctx, pos[0], clock.Now())
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Restored %s: %d orders, %d lines, %d returns.\nThe database as it was before is kept in %s\n",
		res.From.Name, res.Stats.Orders, res.Stats.OrderLines, res.Stats.Returns, res.SafetyCopy.Path)
	return nil
}
