package importer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// newTestImporter opens a fresh database in the test's temp folder.
func newTestImporter(t testing.TB) (*Importer, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st), st
}

// sample returns a copy of a testdata file in a temp folder, so tests can
// import it under any name without touching the originals.
func sample(t testing.TB, name string) string {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, name, body)
}

func writeFile(t testing.TB, name string, body []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustImport(t testing.TB, im *Importer, path string, opts Options) *Result {
	t.Helper()
	res, err := im.Import(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("import %s: %v (cause: %v)", filepath.Base(path), apperr.JSON(err), errors.Unwrap(err))
	}
	return res
}

func stats(t testing.TB, st *store.Store) store.Stats {
	t.Helper()
	s, err := st.GetStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func order(t testing.TB, st *store.Store, platform, id string) store.OrderDetail {
	t.Helper()
	o, err := st.FindOrderByExternalID(context.Background(), platform, id)
	if err != nil {
		t.Fatalf("order %s: %v", id, err)
	}
	d, err := st.GetOrder(context.Background(), o.ID)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// appErr asserts err is a user-facing error with the code.
func appErr(t testing.TB, err error, code apperr.Code) *apperr.Error {
	t.Helper()
	var e *apperr.Error
	if !errors.As(err, &e) {
		t.Fatalf("want apperr %s, got %v", code, err)
	}
	if e.Code != code {
		t.Fatalf("want code %s, got %s: %s", code, e.Code, e.Message)
	}
	return e
}

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func unix(loc *time.Location, y int, m time.Month, d, h, min, s int) int64 {
	return time.Date(y, m, d, h, min, s, 0, loc).Unix()
}

var _ = domain.KindOrders

func storeQuery(search string) store.OrderQuery { return store.OrderQuery{Search: search} }
