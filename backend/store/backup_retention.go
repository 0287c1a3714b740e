package store

import (
	"fmt"
	"os"
	"time"
)

// How many copies are kept: the newest scheduled copy of each of the last
// 7 days, 4 weeks and 6 months that have one, and the 10 newest safety
// copies taken before an import, undo, restore, erase or demo load.
const (
	keepDays     = 7
	keepWeeks    = 4
	keepMonths   = 6
	keepPreSteps = 10
)

// PruneBackups deletes the backups in dir that the retention rule no longer
// keeps and returns their paths. The newest backup is always kept.
func PruneBackups(dir string, now time.Time) ([]string, error) {
	list, err := ListBackups(dir)
	if err != nil {
		return nil, err
	}
	keep := retained(list, now.Location())
	var removed []string
	for _, b := range list {
		if keep[b.Path] {
			continue
		}
		if err := os.Remove(b.Path); err != nil && !os.IsNotExist(err) {
			return removed, fmt.Errorf("remove old backup %s: %w", b.Name, err)
		}
		removed = append(removed, b.Path)
	}
	return removed, nil
}

// retained picks the backups to keep from a newest-first list.
func retained(list []Backup, loc *time.Location) map[string]bool {
	keep := map[string]bool{}
	if len(list) > 0 {
		keep[list[0].Path] = true
	}
	days, weeks, months := map[string]bool{}, map[string]bool{}, map[string]bool{}
	pre := 0
	for _, b := range list {
		if b.Reason != BackupDaily && b.Reason != BackupManual {
			if pre < keepPreSteps {
				keep[b.Path] = true
				pre++
			}
			continue
		}
		t := time.Unix(b.At, 0).In(loc)
		year, week := t.ISOWeek()
		for _, bucket := range []struct {
			seen  map[string]bool
			key   string
			limit int
		}{
			{days, t.Format("2006-01-02"), keepDays},
			{weeks, fmt.Sprintf("%d-W%02d", year, week), keepWeeks},
			{months, t.Format("2006-01"), keepMonths},
		} {
			if !bucket.seen[bucket.key] && len(bucket.seen) < bucket.limit {
				bucket.seen[bucket.key] = true
				keep[b.Path] = true
			}
		}
	}
	return keep
}
