// Package house holds the repository's house rules that no compiler checks:
// tests that read the source tree and fail naming the file and line that
// breaks a rule.
package house

import (
	"bufio"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// repoRoot is the folder holding go.mod, found upward from this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// skippedDirs are not our source: installed packages, generated Wails
// bindings and the built frontend.
var skippedDirs = map[string]bool{
	"node_modules":      true,
	"frontend/wailsjs":  true,
	"frontend/dist":     true,
	".git":              true,
	"build/bin":         true,
	"frontend/coverage": true,
}

// sourceFiles lists the repository's files ending in one of exts, as paths
// relative to the root with forward slashes.
func sourceFiles(t *testing.T, root string, exts ...string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, root+string(filepath.Separator)))
		if d.IsDir() {
			if skippedDirs[rel] || skippedDirs[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		for _, ext := range exts {
			if strings.HasSuffix(rel, ext) {
				files = append(files, rel)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no %v files found under %s", exts, root)
	}
	return files
}

// outsideReference matches a pointer to a text that is not in the
// repository: the product document's file name or an issue tracker's number.
var outsideReference = regexp.MustCompile(`PRODUCT\.md|(?i)\bissue #?\d+`)

// Comments state the rule the code follows in plain words. A comment that
// points to a section of the product document or to an issue number instead
// sends the reader to a text they cannot open from the code, and goes stale
// when that text changes.
func TestCommentsStateRulesInsteadOfCitingOutsideTexts(t *testing.T) {
	root := repoRoot(t)
	for _, rel := range sourceFiles(t, root, ".go", ".ts", ".vue") {
		f, err := os.Open(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
		for n := 1; sc.Scan(); n++ {
			if m := outsideReference.FindString(sc.Text()); m != "" {
				t.Errorf("%s:%d cites %q: state the rule itself in the comment", rel, n, m)
			}
		}
		err = sc.Err()
		_ = f.Close() // read only: a failed close loses nothing
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
	}
}

// sqlAllowed are the folders whose code may import database/sql, with why.
var sqlAllowed = map[string]string{
	"backend/store": "the store owns the SQLite file and every SQL statement",
	// The benchmark data generator bulk-inserts millions of rows with raw
	// statements; it is test tooling, never part of the app.
	"backend/internal/benchdb": "benchmark data generator",
}

// SQL lives in the store: every other package calls store functions (a
// transaction is passed on as *store.Tx), so a schema change touches one
// package and every statement is found in one place.
func TestOnlyTheStoreImportsDatabaseSQL(t *testing.T) {
	root := repoRoot(t)
	fset := token.NewFileSet()
	for _, rel := range sourceFiles(t, root, ".go") {
		if strings.HasSuffix(rel, "_test.go") {
			continue
		}
		dir := filepath.ToSlash(filepath.Dir(rel))
		if _, ok := sqlAllowed[dir]; ok || strings.HasPrefix(dir, "backend/store/") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(root, rel), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == "database/sql" {
				t.Errorf("%s:%d imports database/sql: put the SQL in backend/store and call it from here",
					rel, fset.Position(imp.Pos()).Line)
			}
		}
	}
}
