package store

import (
	"path/filepath"
	"strings"
)

// syncedFolders are folder names that sync services use. A live SQLite file
// in one of them can be overwritten by another computer's copy mid-write
// (and its journal synced apart from it), which corrupts it.
var syncedFolders = []struct{ folder, service string }{
	{"dropbox", "Dropbox"},
	{"onedrive", "OneDrive"},
	{"icloud drive", "iCloud Drive"},
	{"iclouddrive", "iCloud Drive"},
	{"mobile documents", "iCloud Drive"},
	{"google drive", "Google Drive"},
	{"googledrive", "Google Drive"},
	{"my drive", "Google Drive"},
}

// SyncedFolderService names the sync service whose folder holds path
// ("" when none does).
func SyncedFolderService(path string) string {
	for _, part := range strings.FieldsFunc(filepath.ToSlash(path), func(r rune) bool { return r == '/' || r == '\\' }) {
		p := strings.ToLower(part)
		for _, s := range syncedFolders {
			// "OneDrive - Company" and "Dropbox (Personal)" are the same services.
			if p == s.folder || strings.HasPrefix(p, s.folder+" ") || strings.HasPrefix(p, s.folder+"-") {
				return s.service
			}
		}
	}
	return ""
}
