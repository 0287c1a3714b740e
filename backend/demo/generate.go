package demo

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// File names written by Generate and GenerateLarge.
const (
	OrdersFileName      = "demo_orders.csv"
	ReturnsFileName     = "demo_returns.csv"
	LargeOrdersFileName = "demo_orders_large.csv"
)

// Generate writes dir/demo_orders.csv and dir/demo_returns.csv: the shop's
// history from cfg.Now minus cfg.Months up to cfg.Now, in TikTok Shop's US
// export format. Orders are listed newest first, as Seller Center exports them.
func Generate(dir string, shop ShopSpec, cfg Config) (Files, error) {
	e, err := newEnv(shop, cfg)
	if err != nil {
		return Files{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Files{}, fmt.Errorf("demo: create folder: %w", err)
	}
	orders := simulate(e)
	returns := simulateReturns(e, orders)

	files := Files{Orders: filepath.Join(dir, OrdersFileName), Returns: filepath.Join(dir, ReturnsFileName)}
	err = writeFileAtomically(files.Orders, func(w *bufio.Writer) error {
		ow, err := newOrdersWriter(w, e)
		if err != nil {
			return err
		}
		for i := len(orders) - 1; i >= 0; i-- {
			if err := ow.write(orders[i]); err != nil {
				return err
			}
		}
		files.OrderCount, files.OrderLines = ow.orderCount, ow.lineCount
		return nil
	})
	if err != nil {
		return Files{}, err
	}
	err = writeFileAtomically(files.Returns, func(w *bufio.Writer) error {
		return writeReturns(w, e, returns)
	})
	if err != nil {
		return Files{}, err
	}
	files.ReturnLines = len(returns)
	files.SupportLog = filepath.Join(dir, SupportLogFileName)
	if err := writeSupportLog(files.SupportLog, e, simulateTickets(e, orders, returns)); err != nil {
		return Files{}, err
	}
	files.Reviews, files.Comments = filepath.Join(dir, ReviewsFileName), filepath.Join(dir, CommentsFileName)
	if err := writeReviews(files.Reviews, e, orders); err != nil {
		return Files{}, err
	}
	if err := writeComments(files.Comments, e); err != nil {
		return Files{}, err
	}
	return files, nil
}
