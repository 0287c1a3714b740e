package importer

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"afterloop/backend/tabular"
)

func FuzzCleanCell(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.csv")
	for _, p := range paths {
		r, err := tabular.Open(p, tabular.Options{})
		if err != nil {
			f.Fatal(err)
		}
		for r.Next() {
			for _, c := range r.Cells() {
				f.Add(c)
			}
		}
		r.Close()
	}
	f.Add("\uFEFF'\u200B 5.82315E+17\t\x00")
	f.Fuzz(func(t *testing.T, s string) {
		out := cleanCell(s)
		if !needsCleaning(s) && out != s {
			t.Fatalf("fast path changed %q to %q", s, out)
		}
		if !utf8.ValidString(out) || len(out) > len(s) {
			t.Fatalf("cleanCell(%q) = %q", s, out)
		}
		if strings.ContainsAny(out, "\t\x00\uFEFF\u200B\u200C\u200D\u2060") {
			t.Fatalf("cleanCell(%q) kept junk: %q", s, out)
		}
		if out != "" {
			first, _ := utf8.DecodeRuneInString(out)
			lastRune, _ := utf8.DecodeLastRuneInString(out)
			if unicode.IsSpace(first) || unicode.IsSpace(lastRune) {
				t.Fatalf("cleanCell(%q) = %q is not trimmed", s, out)
			}
		}
		if needsCleaning(out) && cleanCell(out) != out && !strings.HasPrefix(out, "'") {
			t.Fatalf("cleanCell is not stable on %q -> %q -> %q", s, out, cleanCell(out))
		}
		// The value parsers must never panic on a cleaned cell.
		if tv, ok := parseTime(out); ok {
			tv.resolve(orderDMY, time.UTC)
			tv.resolve(orderMDY, time.UTC)
		}
		if mv, cur, ok := parseMoney(out, "USD"); ok {
			_ = mv.minor(cur) // only that it does not panic
		}
		_ = isExcelMangledID(out)
		_ = looksLikeDescription(out)
	})
}
