package apperr

import "errors"

// Codes for problems with the database file itself.
const (
	CodeDatabaseBusy     Code = "database_busy"
	CodeDatabaseReadOnly Code = "database_read_only"
	CodeDiskFull         Code = "disk_full"
	CodeDatabaseCorrupt  Code = "database_corrupt"
	CodeDatabaseOpen     Code = "database_unavailable"
)

// coded is what SQLite driver errors look like: a result code beside the
// text. The code's low byte is the primary result (extended codes add
// detail in the high bits).
type coded interface {
	error
	Code() int
}

// SQLite primary result codes this package explains.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// fromDatabase turns a SQLite failure into a message that says what
// happened and what to do; nil when err is not one.
func fromDatabase(err error) *Error {
	var c coded
	if !errors.As(err, &c) {
		return nil
	}
	switch c.Code() & 0xff {
	case sqliteBusy, sqliteLocked:
		return Wrap(CodeDatabaseBusy, err,
			"The database is busy: another Afterloop window or the command-line tool is saving to it (a long import can take a minute). Nothing was changed; wait until it finishes and try again.")
	case sqliteReadOnly:
		return Wrap(CodeDatabaseReadOnly, err,
			"Afterloop cannot save: the database file or its folder is read-only (file permissions, a locked USB stick or a read-only share). Nothing was changed; make the file and its folder writable and try again.")
	case sqliteFull:
		return Wrap(CodeDiskFull, err,
			"The disk is full, so Afterloop could not save. Nothing was changed; free some space and try again.")
	case sqliteCorrupt, sqliteNotADB:
		return Wrap(CodeDatabaseCorrupt, err,
			"The database file is damaged. Restore the newest backup in Settings → Backups (or run afterloop-cli restore FILE).")
	case sqliteIOErr:
		return Wrap(CodeDatabaseOpen, err,
			"Reading or writing the database file failed (a disk or network drive error). Nothing was changed; check the drive and try again.")
	case sqliteCantOpen:
		return Wrap(CodeDatabaseOpen, err,
			"Afterloop cannot open the database file. Check that its folder exists and that you may write to it.")
	}
	return nil
}
