package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"afterloop/backend/apperr"
)

// Erasure is one entry of the erasure log: who erased which buyer and when.
// The buyer key is kept only as a fingerprint (a buyer key is often the
// username itself): KeyFingerprint of a key tells whether it was erased.
type Erasure struct {
	BuyerKey string `json:"buyerKey"` // KeyFingerprint of the key
	By       string `json:"by"`
	At       int64  `json:"at"`
	Orders   int    `json:"orders"`
	Tickets  int    `json:"tickets"`
	Reviews  int    `json:"reviews"`
	Comments int    `json:"comments"`
	Backups  int    `json:"backups"` // backups the erasure was also applied to
}

const erasureLogKey = "privacy.erasures"

// erasedText stands in for a buyer's words, so a ticket still reads as a
// ticket and the scorecard still counts it.
const erasedText = "[erased]"

// EraseBuyer removes a buyer's personal data everywhere it is kept: name and
// username on the customer and orders, recipient, the buyer's messages and
// notes, ticket texts and the replies on them, review texts, public comments
// under their username and the copies of all this kept for undoing imports.
// The rows themselves stay (ids, times, amounts, ratings, categories), so
// every count the scorecard makes is unchanged. The customer's key is
// replaced too, so nothing in the file names the buyer afterwards.
func (s *Store) EraseBuyer(ctx context.Context, buyerKey, by string, now time.Time) (Erasure, error) {
	key := strings.TrimSpace(buyerKey)
	e := Erasure{BuyerKey: KeyFingerprint(key), By: by, At: now.Unix()}
	if key == "" {
		return e, apperr.New(apperr.CodeInvalidInput, "Give the buyer's key (the buyer ID or username shown on their orders).")
	}
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		var err error
		e.Orders, e.Tickets, e.Reviews, e.Comments, err = eraseInTx(ctx, tx, key)
		return err
	})
	if err != nil {
		return e, err
	}
	if e.Orders == 0 && e.Comments == 0 {
		return e, apperr.Newf(apperr.CodeNotFound, "No buyer with the key %q was found. Copy the key from the buyer's order.", key)
	}
	// Old text can linger in free pages and the write-ahead log: rewrite
	// both so the erased words are gone from the file itself.
	if err := s.CompactAfterErase(ctx); err != nil {
		return e, err
	}
	return e, s.logErasure(ctx, e)
}

// KeyFingerprint is the erasure log's stand-in for a buyer key.
func KeyFingerprint(key string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(key)))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

func (s *Store) logErasure(ctx context.Context, e Erasure) error {
	log, err := s.Erasures(ctx)
	if err != nil {
		return err
	}
	return s.SaveJSONSetting(ctx, erasureLogKey, append(log, e))
}

// Erasures is the erasure log, oldest first.
func (s *Store) Erasures(ctx context.Context) ([]Erasure, error) {
	var log []Erasure
	if _, err := s.GetJSONSetting(ctx, erasureLogKey, &log); err != nil {
		return nil, err
	}
	return log, nil
}

func eraseInTx(ctx context.Context, tx *sql.Tx, key string) (orders, tickets, reviews, comments int, err error) {
	exec := func(q string, args ...any) (int, error) {
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return 0, fmt.Errorf("erase buyer: %w", err)
		}
		n, _ := res.RowsAffected()
		return int(n), nil
	}
	// The buyer's names, for the public comments signed with them.
	var names []string
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT lower(name) FROM (
		SELECT display_name AS name FROM customers WHERE buyer_key = ?1
		UNION SELECT buyer_username FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE buyer_key = ?1)
		UNION SELECT ?1) WHERE name != ''`, key)
	if err != nil {
		return 0, 0, 0, 0, fmt.Errorf("erase buyer: %w", err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err == nil {
			names = append(names, n)
		}
	}
	rows.Close()
	steps := []struct {
		count *int
		query string
	}{
		{nil, `CREATE TEMP TABLE erase_orders AS SELECT id, external_id FROM orders
			WHERE customer_id IN (SELECT id FROM customers WHERE buyer_key = ?1)`},
		{nil, `CREATE TEMP TABLE erase_tickets AS SELECT id FROM tickets WHERE order_id IN (SELECT id FROM erase_orders)`},
		{&orders, `UPDATE orders SET buyer_username = '', recipient = '', buyer_message = '', seller_note = '',
			search_text = lower(external_id) || ' ' || coalesce((SELECT group_concat(lower(seller_sku || ' ' || sku_id || ' ' || product_name), ' ')
				FROM order_lines l WHERE l.order_id = orders.id), '')
			WHERE id IN (SELECT id FROM erase_orders)`},
		{nil, `UPDATE returns SET buyer_note = '' WHERE order_id IN (SELECT id FROM erase_orders)`},
		{nil, `UPDATE timeline_actions SET sent_text = '', reason = '' WHERE order_id IN (SELECT id FROM erase_orders)`},
		{&tickets, `UPDATE tickets SET buyer_text = '` + erasedText + `',
			search_text = lower(coalesce(external_id, '')) || ' ' || coalesce((SELECT lower(external_id) FROM orders o WHERE o.id = tickets.order_id), '')
			WHERE id IN (SELECT id FROM erase_tickets)`},
		{nil, `UPDATE ticket_events SET body = '` + erasedText + `' WHERE body != '' AND ticket_id IN (SELECT id FROM erase_tickets)`},
		{nil, `UPDATE disputes SET notes = '' WHERE ticket_id IN (SELECT id FROM erase_tickets)`},
		{&reviews, `UPDATE reviews SET body = '' WHERE order_external_id IN (SELECT external_id FROM erase_orders)`},
		{nil, `UPDATE import_changes SET before_json = json_set(before_json, '$.row.buyer_username', '', '$.row.recipient', '',
			'$.row.buyer_message', '', '$.row.seller_note', '', '$.row.search_text', '', '$.row.buyer_note', '')
			WHERE before_json IS NOT NULL AND ((entity = 'order' AND entity_id IN (SELECT id FROM erase_orders))
				OR (entity = 'return' AND entity_id IN (SELECT id FROM returns WHERE order_id IN (SELECT id FROM erase_orders))))`},
		{nil, `UPDATE import_changes SET before_json = json_set(before_json, '$.row.display_name', '', '$.row.buyer_key', 'erased-' || entity_id)
			WHERE before_json IS NOT NULL AND entity = 'customer' AND entity_id IN (SELECT id FROM customers WHERE buyer_key = ?1)`},
		{nil, `UPDATE customers SET display_name = '', buyer_key = 'erased-' || id WHERE buyer_key = ?1`},
		{nil, `DROP TABLE erase_orders`},
		{nil, `DROP TABLE erase_tickets`},
	}
	for _, st := range steps {
		args := []any{}
		if strings.Contains(st.query, "?1") {
			args = append(args, key)
		}
		n, err := exec(st.query, args...)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st.count != nil {
			*st.count = n
		}
	}
	for _, name := range names {
		n, err := exec(`UPDATE public_comments SET author = '', body = '`+erasedText+`', reply = '' WHERE lower(author) = ?`, name)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		comments += n
	}
	return orders, tickets, reviews, comments, nil
}

// EraseBuyerInBackups applies the erasure to every backup in dir (those
// made before it still hold the buyer's data) and returns how many held
// the buyer. Each backup stays a checked, private copy.
func EraseBuyerInBackups(ctx context.Context, dir, buyerKey, by string, now time.Time) (int, error) {
	list, err := ListBackups(dir)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, b := range list {
		st, err := open(ctx, b.Path, nil, false)
		if err != nil {
			return n, fmt.Errorf("open backup %s: %w", b.Name, err)
		}
		_, err = st.EraseBuyer(ctx, buyerKey, by, now)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil && apperr.From(err).Code != apperr.CodeNotFound {
			return n, fmt.Errorf("erase in backup %s: %w", b.Name, err)
		}
		if err == nil {
			n++
		}
		if err := os.Chmod(b.Path, 0o600); err != nil {
			return n, err
		}
	}
	return n, nil
}

// BuyerKeyOfOrder is the key of the buyer who placed the order.
func (s *Store) BuyerKeyOfOrder(ctx context.Context, orderID int64) (string, error) {
	var key string
	err := s.read.QueryRowContext(ctx, `SELECT c.buyer_key FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`, orderID).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", apperr.New(apperr.CodeNotFound, "This order has no buyer to erase.")
	}
	if err != nil {
		return "", fmt.Errorf("find the order's buyer: %w", err)
	}
	return key, nil
}

// EraseAgainInTx keeps an erasure in force when the buyer comes back in an
// import: every customer whose key is on the erasure log (by fingerprint)
// is erased again inside the importing transaction, so the re-imported
// name, messages and username are never visible. It returns how many
// buyers were erased again; with an empty log it reads nothing else.
func EraseAgainInTx(ctx context.Context, tx *sql.Tx) (int, error) {
	var raw string
	err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", erasureLogKey).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the erasure log: %w", err)
	}
	var log []Erasure
	if err := json.Unmarshal([]byte(raw), &log); err != nil {
		return 0, fmt.Errorf("the erasure log is not valid JSON: %w", err)
	}
	erased := make(map[string]bool, len(log))
	for _, e := range log {
		erased[e.BuyerKey] = true
	}
	if len(erased) == 0 {
		return 0, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT buyer_key FROM customers WHERE buyer_key NOT LIKE 'erased-%'")
	if err != nil {
		return 0, fmt.Errorf("read buyer keys: %w", err)
	}
	var back []string
	for rows.Next() {
		var key string
		if err := rows.Scan(&key); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read buyer keys: %w", err)
		}
		if strings.TrimSpace(key) != "" && erased[KeyFingerprint(key)] {
			back = append(back, key)
		}
	}
	if err := closeRows(rows); err != nil {
		return 0, fmt.Errorf("read buyer keys: %w", err)
	}
	for _, key := range back {
		if _, _, _, _, err := eraseInTx(ctx, tx, strings.TrimSpace(key)); err != nil {
			return 0, err
		}
	}
	return len(back), nil
}

// CompactAfterErase rewrites the write-ahead log and the free pages, where
// erased words can linger after the transaction that replaced them.
func (s *Store) CompactAfterErase(ctx context.Context) error {
	if _, err := s.write.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("flush after erasing: %w", err)
	}
	if _, err := s.write.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("compact after erasing: %w", err)
	}
	return nil
}
