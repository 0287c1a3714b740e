package store

import (
	"context"
	"testing"
)

// TestChangeCounterSeesEveryCommit: a commit on the writer, and one from a
// second Store on the same file (another process, such as the CLI), both
// move the counter; reads do not.
func TestChangeCounterSeesEveryCommit(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	c, err := s.Changes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v0, _ := c.Version(ctx)
	if _, err := s.read.ExecContext(ctx, "SELECT count(*) FROM orders"); err != nil {
		t.Fatal(err)
	}
	if v, _ := c.Version(ctx); v != v0 {
		t.Fatalf("a read moved the counter %d -> %d", v0, v)
	}
	if err := s.SaveJSONSetting(ctx, "x", 1); err != nil {
		t.Fatal(err)
	}
	v1, _ := c.Version(ctx)
	if v1 == v0 {
		t.Fatal("a commit on the writer did not move the counter")
	}
	other, err := Open(ctx, s.Path(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.write.ExecContext(ctx, "INSERT INTO team_members(name, role, created_at) VALUES ('A', 'owner', 0)"); err != nil {
		t.Fatal(err)
	}
	if v2, _ := c.Version(ctx); v2 == v1 {
		t.Fatal("a commit from another store did not move the counter")
	}
	if again, _ := s.Changes(ctx); again != c {
		t.Fatal("one counter per store")
	}
}
