package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"afterloop/backend/cards"
	"afterloop/backend/service"
)

// cardJSON is the documented `cards list --json` element.
type cardJSON struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	Size string `json:"size"`
}

// multiFlag collects a repeated flag (--sku A --sku B).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runCards(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"cards needs a subcommand: list, export or new"}
	}
	switch args[0] {
	case "list":
		return runCardsList(e, args[1:])
	case "export":
		return runCardsExport(e, args[1:])
	case "new":
		return runCardsNew(e, args[1:])
	}
	return usageError{fmt.Sprintf("unknown cards subcommand %q (list, export, new)", args[0])}
}

func runCardsList(e *env, args []string) error {
	fs := flag.NewFlagSet("cards list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"cards list takes no arguments"}
	}
	list, err := service.ListCards(e.ctx, e.shop)
	if err != nil {
		return err
	}
	out := make([]cardJSON, 0, len(list))
	for _, c := range list {
		out = append(out, cardJSON{ID: c.ID, Name: c.Name, Kind: c.Kind, Size: c.Size})
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	for _, c := range out {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\n", c.ID, c.Kind, c.Size, c.Name)
	}
	return nil
}

// runCardsNew adds a starter design: cards new KIND.
func runCardsNew(e *env, args []string) error {
	if len(args) != 1 {
		return usageError{"cards new needs a kind: " + strings.Join(cards.Kinds, ", ")}
	}
	v, err := service.CreateStarterCard(e.ctx, e.shop, args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d\n", v.ID)
	return nil
}

func runCardsExport(e *env, args []string) error {
	fs := flag.NewFlagSet("cards export", flag.ContinueOnError)
	var skus multiFlag
	fs.Var(&skus, "sku", "product key (Seller SKU or SKU ID); repeat for several")
	qty := fs.Int("qty", 1, "cards per SKU")
	layout := fs.String("layout", "", "single | letter | a4")
	crop := fs.Bool("crop-marks", false, "crop marks on print-shop pages (N-up sheets always have them)")
	output := fs.String("o", "", "PDF file to write")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"cards export needs one card ID"}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("card ID must be a number, not %q", pos[0])}
	}
	switch *layout {
	case cards.LayoutSingle, cards.LayoutLetter, cards.LayoutA4:
	default:
		return usageError{fmt.Sprintf("--layout must be single, letter or a4, not %q", *layout)}
	}
	if *output == "" {
		return usageError{"cards export needs -o OUT.pdf"}
	}
	if *qty < 1 {
		return usageError{"--qty must be 1 or more"}
	}
	req := service.CardExportRequest{DesignID: id, Layout: *layout, CropMarks: *crop}
	for _, k := range skus {
		req.SKUs = append(req.SKUs, service.CardSKUCount{Key: k, Qty: *qty})
	}
	if len(skus) == 0 {
		req.SKUs = []service.CardSKUCount{{Key: "", Qty: *qty}}
	}
	res, err := service.ExportCards(e.ctx, e.shop, req, *output)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s: %d cards on %d pages (%d per sheet).\n", res.Path, res.Cards, res.Pages, res.PerSheet)
	if res.Duplex != "" {
		fmt.Fprintf(e.stdout, "Print two-sided, flip on the %s.\n", res.Duplex)
	}
	for _, w := range res.Warnings {
		if w.Code != cards.WarnSampleData {
			fmt.Fprintf(e.stderr, "warning: %s\n", w.Message)
		}
	}
	return nil
}
