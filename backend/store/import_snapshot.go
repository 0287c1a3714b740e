package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Snapshot is an import_changes.before_json document: a row as it was before
// an import updated it, plus an order's lines. Rows are read generically
// (SELECT *) so that columns added by later migrations are kept too.
type Snapshot struct {
	Row   map[string]any   `json:"row"`
	Lines []map[string]any `json:"lines,omitempty"`
}

// readRowMaps reads query results as column -> value maps.
func readRowMaps(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]map[string]any, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		m := make(map[string]any, len(cols))
		for i, c := range cols {
			if b, ok := vals[i].([]byte); ok {
				vals[i] = string(b)
			}
			m[c] = vals[i]
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// TakeSnapshot captures a row (and, for orders, its lines) as JSON.
func TakeSnapshot(ctx context.Context, tx *sql.Tx, table string, id int64) (string, error) {
	rows, err := readRowMaps(ctx, tx, "SELECT * FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return "", fmt.Errorf("snapshot %s %d: %w", table, id, err)
	}
	if len(rows) != 1 {
		return "", fmt.Errorf("snapshot %s %d: row not found", table, id)
	}
	s := Snapshot{Row: rows[0]}
	if table == "orders" {
		if s.Lines, err = readRowMaps(ctx, tx, "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no", id); err != nil {
			return "", fmt.Errorf("snapshot lines of order %d: %w", id, err)
		}
	}
	body, err := json.Marshal(s)
	return string(body), err
}

// ParseSnapshot reads a before_json document back.
func ParseSnapshot(body string) (Snapshot, error) {
	var s Snapshot
	dec := json.NewDecoder(bytes.NewReader([]byte(body)))
	dec.UseNumber() // keep 64-bit integers exact
	err := dec.Decode(&s)
	return s, err
}

// sqlValue turns a decoded JSON value back into what the column held.
func sqlValue(v any) any {
	n, ok := v.(json.Number)
	if !ok {
		return v
	}
	if i, err := n.Int64(); err == nil {
		return i
	}
	f, _ := n.Float64()
	return f
}

// columnsOf returns a row's columns in a stable order, refusing names that
// are not plain identifiers (the snapshot is data, never SQL).
func columnsOf(row map[string]any) ([]string, error) {
	cols := make([]string, 0, len(row))
	for c := range row {
		if c == "" || strings.Trim(c, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			return nil, fmt.Errorf("snapshot has an invalid column name %q", c)
		}
		cols = append(cols, c)
	}
	sort.Strings(cols)
	return cols, nil
}

// RestoreRow writes a snapshot row back over the row with the same id.
func RestoreRow(ctx context.Context, tx *sql.Tx, table string, row map[string]any) error {
	cols, err := columnsOf(row)
	if err != nil {
		return err
	}
	sets := make([]string, 0, len(cols))
	args := make([]any, 0, len(cols)+1)
	for _, c := range cols {
		if c == "id" {
			continue
		}
		sets = append(sets, `"`+c+`" = ?`)
		args = append(args, sqlValue(row[c]))
	}
	args = append(args, sqlValue(row["id"]))
	_, err = tx.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(sets, ", ")+" WHERE id = ?", args...)
	return err
}

// InsertSnapshotRow puts a snapshot row back with its original id.
func InsertSnapshotRow(ctx context.Context, tx *sql.Tx, table string, row map[string]any) error {
	cols, err := columnsOf(row)
	if err != nil {
		return err
	}
	quoted := make([]string, len(cols))
	args := make([]any, len(cols))
	for i, c := range cols {
		quoted[i] = `"` + c + `"`
		args[i] = sqlValue(row[c])
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO "+table+" ("+strings.Join(quoted, ", ")+") VALUES ("+
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")+")", args...)
	return err
}
