package demo

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// linesPerOrder is the average number of SKU lines per order in newOrder's
// mix; GenerateLarge spaces its orders with it.
const linesPerOrder = 1.34

// GenerateLarge writes dir/demo_orders_large.csv with exactly `lines` order
// lines spread over the configured months, for benchmarks of the import and
// of a million-line database. It streams: orders are made, written and
// forgotten one at a time, in one buffer, so memory stays flat. Repeat buyers,
// cancellations, all statuses and some returned lines are there; buyer
// messages and the returns file are not.
func GenerateLarge(dir string, shop ShopSpec, cfg Config, lines int) (Files, error) {
	if lines < 1 {
		return Files{}, fmt.Errorf("%w: lines is %d, expected at least 1", ErrInvalid, lines)
	}
	e, err := newEnv(shop, cfg)
	if err != nil {
		return Files{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Files{}, fmt.Errorf("demo: create folder: %w", err)
	}
	files := Files{Orders: filepath.Join(dir, LargeOrdersFileName)}
	err = writeFileAtomically(files.Orders, func(w *bufio.Writer) error {
		ow, err := newOrdersWriter(w, e)
		if err != nil {
			return err
		}
		if err := e.streamOrders(ow, lines); err != nil {
			return err
		}
		files.OrderCount, files.OrderLines = ow.orderCount, ow.lineCount
		return nil
	})
	if err != nil {
		return Files{}, err
	}
	return files, nil
}

// streamOrders writes orders oldest first until `lines` lines are out; the
// last order is cut short if needed.
func (e *env) streamOrders(ow *ordersWriter, lines int) error {
	r := e.rng(3)
	step := max(int64(float64(e.now.Sub(e.start))*linesPerOrder/float64(lines)), 2)
	created := e.start
	id, pkg := firstOrderID+r.Int64N(1e12), firstPackageID+r.Int64N(1e12)
	buyers := 0
	o := &order{}
	for ow.lineCount < lines {
		created = created.Add(time.Duration(1 + r.Int64N(2*step)))
		if created.After(e.now) {
			created = e.now
		}
		index := buyers
		if buyers > 0 && r.IntN(5) == 0 { // a returning buyer
			index = r.IntN(buyers)
		} else {
			buyers++
		}
		e.fillOrder(o, r, e.largeBuyer(index), created, nil)
		if left := lines - ow.lineCount; len(o.lines) > left {
			o.lines = o.lines[:left]
			o.price(r)
			o.settleReadably(r, e)
		}
		id += 1 + r.Int64N(1e9)
		o.id = id
		if !o.paid.IsZero() && o.status != statusCancelled {
			pkg += 1 + r.Int64N(1e9)
			o.packageID = pkg
		}
		if !o.delivered.IsZero() && r.IntN(16) == 0 {
			l := &o.lines[r.IntN(len(o.lines))]
			l.returnedQuantity = 1
			o.refund += l.after / l.quantity
			o.returnType = "Return/Refund"
		}
		if err := ow.write(o); err != nil {
			return err
		}
	}
	return nil
}

// largeBuyer derives buyer number index from the seed alone, so a returning
// buyer is rebuilt identically without keeping a million buyers in memory.
func (e *env) largeBuyer(index int) *buyer {
	r := rand.New(rand.NewPCG(uint64(e.seed), 1<<40+uint64(index)))
	return newBuyer(r, handle(r)+"_"+strconv.Itoa(index))
}
