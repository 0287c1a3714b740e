package cli

import (
	"flag"
	"fmt"
	"os/user"
	"time"

	"afterloop/backend/clock"
	"afterloop/backend/store"
)

// runBuyer is "buyer erase KEY": remove a buyer's personal data everywhere,
// optionally also from the backups made before.
func runBuyer(e *env, args []string) error {
	fs := flag.NewFlagSet("buyer", flag.ContinueOnError)
	by := fs.String("by", "", "who asks for the erasure (default: the computer's user name)")
	backups := fs.Bool("backups", false, "also erase the buyer from existing backups")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 1 && pos[0] == "erasures" {
		return printErasures(e, *asJSON)
	}
	if len(pos) != 2 || pos[0] != "erase" {
		return usageError{"buyer erase KEY [--backups] [--by NAME] [--json] | buyer erasures [--json]"}
	}
	who := *by
	if who == "" {
		if u, err := user.Current(); err == nil {
			who = u.Username
		}
	}
	res, err := e.shop.Store.EraseBuyer(e.ctx, pos[1], who, clock.Now())
	if err != nil {
		return err
	}
	if *backups {
		if res.Backups, err = store.EraseBuyerInBackups(e.ctx, e.shop.Store.BackupsDir(), pos[1], who, clock.Now()); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Erased the buyer from %d orders, %d tickets, %d reviews and %d comments", res.Orders, res.Tickets, res.Reviews, res.Comments)
	if *backups {
		fmt.Fprintf(e.stdout, ", and from %d backups", res.Backups)
	}
	fmt.Fprintln(e.stdout, ".")
	return nil
}

// printErasures lists the erasure log, oldest first: when, by whom, the
// fingerprint of the buyer key and what was erased.
func printErasures(e *env, asJSON bool) error {
	log, err := e.shop.Store.Erasures(e.ctx)
	if err != nil {
		return err
	}
	if asJSON {
		if log == nil {
			log = []store.Erasure{}
		}
		return writeJSON(e.stdout, log)
	}
	if len(log) == 0 {
		fmt.Fprintln(e.stdout, "No buyer has been erased.")
		return nil
	}
	for _, x := range log {
		fmt.Fprintf(e.stdout, "%s  %-12s  %s  %d orders, %d tickets, %d reviews, %d comments\n",
			time.Unix(x.At, 0).UTC().Format("2006-01-02 15:04 UTC"), x.By, x.BuyerKey, x.Orders, x.Tickets, x.Reviews, x.Comments)
	}
	return nil
}
