package store

import "testing"

func TestSyncedFolderIsRecognised(t *testing.T) {
	cases := map[string]string{
		`C:\Users\Bob#1\Dropbox\Afterloop\afterloop.db`:                                  "Dropbox",
		`C:\Users\Ann\OneDrive - Juniper Ltd\Afterloop\afterloop.db`:                     "OneDrive",
		"/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/Afterloop/afterloop.db": "iCloud Drive",
		"/Users/ann/Google Drive/My Drive/afterloop.db":                                  "Google Drive",
		"/home/ann/.config/Afterloop/afterloop.db":                                       "",
		`C:\Users\Ann\AppData\Roaming\Afterloop\afterloop.db`:                            "",
	}
	for path, want := range cases {
		if got := SyncedFolderService(path); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}
