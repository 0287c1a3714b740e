package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"afterloop/backend/internal/benchdb"
)

// BenchmarkBackup makes a checked backup (VACUUM INTO, then
// integrity_check) of the 1,000,000-line benchmark shop, as "Back up now"
// and the backups before imports do. Target: under 5 s. Run with
//
//	go test -run '^$' -bench Backup -benchtime 3x ./backend/store/
func BenchmarkBackup(b *testing.B) {
	st, _, _ := benchdb.Open(b)
	ctx := context.Background()
	dir := b.TempDir()
	var size int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		target := filepath.Join(dir, "backup.db")
		os.Remove(target)
		if err := st.BackupTo(ctx, target); err != nil {
			b.Fatal(err)
		}
		info, err := os.Stat(target)
		if err != nil {
			b.Fatal(err)
		}
		size = info.Size()
	}
	b.ReportMetric(float64(size)/(1<<20), "MB")
}
