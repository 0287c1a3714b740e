package service

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/imports"
	"afterloop/backend/platform"
	"afterloop/backend/safefile"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// EventDemoProgress reports the demo shop load.
const EventDemoProgress = "demo:progress"

// DemoService is bound to the UI: loads the demo shop on first run.
type DemoService struct {
	shop     *Shop
	importer *importer.Importer
	platform platform.Platform
	ctx      context.Context
}

// NewDemoService creates the service.
func NewDemoService(shop *Shop, im *importer.Importer, p platform.Platform) *DemoService {
	return &DemoService{shop: shop, importer: im, platform: p, ctx: context.Background()}
}

// DemoResult says what the demo shop load created.
type DemoResult struct {
	ShopName string `json:"shopName"`
	Orders   int    `json:"orders"`
	Lines    int    `json:"lines"`
	Returns  int    `json:"returns"`
	Tickets  int    `json:"tickets"`
	Reviews  int    `json:"reviews"`
	Comments int    `json:"comments"`
}

// Load generates about six months of a fictional shop, ending today, and
// imports it through the normal import pipeline, so it appears in the import
// history and can be undone like any import. Only an empty shop can load it.
func (s *DemoService) Load() (DemoResult, error) {
	return LoadDemo(s.ctx, s.shop, s.importer, clock.Now(), func(p importer.Progress) {
		s.platform.Emit(EventDemoProgress, p)
	})
}

// LoadDemo is Load without the UI, shared with the CLI. The demo is built
// in a copy of the database beside it and swapped in only when complete,
// so the shop gets all of it or none of it, even if the app is killed
// half-way. (Its importer argument is not used: the copy has its own.)
func LoadDemo(ctx context.Context, shop *Shop, _ *importer.Importer, now time.Time, progress func(importer.Progress)) (DemoResult, error) {
	stats, err := shop.Store.GetStats(ctx)
	if err != nil {
		return DemoResult{}, err
	}
	if stats.Orders > 0 || stats.Returns > 0 {
		return DemoResult{}, apperr.New(apperr.CodeConflict,
			"The demo shop can only be loaded into an empty shop. Undo your imports in Settings → Import history first, or use a separate database.")
	}
	side := safefile.TempPath(filepath.Dir(shop.Store.Path()), ".db")
	defer func() { _ = os.Remove(side) }() // a leftover temporary file is harmless
	if err := shop.Store.BackupTo(ctx, side); err != nil {
		return DemoResult{}, err
	}
	sideStore, err := store.Open(ctx, side, nil)
	if err != nil {
		return DemoResult{}, err
	}
	res, err := loadDemoInto(ctx, &Shop{Store: sideStore}, now, progress)
	if cerr := sideStore.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return DemoResult{}, err
	}
	if err := shop.Store.Replace(ctx, side); err != nil {
		return DemoResult{}, err
	}
	return res, nil
}

// loadDemoInto generates the demo files and imports them into shop.
func loadDemoInto(ctx context.Context, shop *Shop, now time.Time, progress func(importer.Progress)) (DemoResult, error) {
	im := importer.New(shop.Store)
	settings, err := shop.Settings(ctx)
	if err != nil {
		return DemoResult{}, err
	}
	spec := demo.DefaultShop()
	settings.ShopName = spec.Name
	settings.Currency = spec.Currency
	settings.ProcessingDays = spec.ProcessingDays
	loc, err := time.LoadLocation(settings.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	dir, err := safefile.TempDir("afterloop-demo")
	if err != nil {
		return DemoResult{}, fmt.Errorf("make demo folder: %w", err)
	}
	defer func() { _ = os.RemoveAll(dir) }() // a leftover temporary file is harmless
	files, err := demo.Generate(dir, spec, demo.Config{Now: now, Location: loc, Months: 6, OrdersPerDay: 20, Seed: 7})
	if err != nil {
		return DemoResult{}, fmt.Errorf("generate demo shop: %w", err)
	}
	opts := importer.Options{Location: loc, Progress: progress}
	opts.Kind = domain.KindOrders
	orders, err := im.Import(ctx, files.Orders, opts)
	if err != nil {
		return DemoResult{}, err
	}
	opts.Kind = domain.KindReturns
	returns, err := im.Import(ctx, files.Returns, opts)
	if err != nil {
		return DemoResult{}, err
	}
	if err := shop.Store.SaveSettings(ctx, settings); err != nil {
		return DemoResult{}, err
	}
	if err := saveDemoContent(ctx, shop, spec); err != nil {
		return DemoResult{}, err
	}
	team, err := shop.Store.ListTeam(ctx)
	if err == nil && len(team) == 0 {
		for _, m := range spec.Team {
			if _, err := shop.Store.SaveTeamMember(ctx, domain.TeamMember{Name: m.Name, Role: m.Role}); err != nil {
				return DemoResult{}, err
			}
		}
	}
	// The support history names teammates, so it comes after the team.
	// Every demo file goes through the one import engine, so each has its
	// entry in Settings → Import history like a seller's own files.
	eng := imports.New(shop.Store)
	tickets, err := eng.Import(ctx, files.SupportLog, imports.Options{Kind: domain.KindTickets, Location: loc})
	if err != nil {
		return DemoResult{}, err
	}
	if err := demoDisputes(ctx, shop, loc, now); err != nil {
		return DemoResult{}, err
	}
	if err := demoVocEntries(ctx, shop, loc, now); err != nil {
		return DemoResult{}, err
	}
	// Reviews and the comment log go through their imports like a seller's files.
	reviews, err := eng.Import(ctx, files.Reviews, imports.Options{Kind: domain.KindReviews, Location: loc})
	if err != nil {
		return DemoResult{}, err
	}
	comments, err := eng.Import(ctx, files.Comments, imports.Options{Kind: domain.KindComments, Location: loc})
	if err != nil {
		return DemoResult{}, err
	}
	return DemoResult{ShopName: spec.Name, Orders: orders.Orders, Lines: orders.Lines, Returns: returns.Returns,
		Tickets: tickets.Records.Created, Reviews: reviews.Records.Created, Comments: comments.Records.Created}, nil
}

// saveDemoContent writes the demo products' content so the demo queue has
// every stage: setup steps, common issues (support check-in), review tips and
// replenishment for the consumables (serum, lip balm, pads, candle).
func saveDemoContent(ctx context.Context, shop *Shop, spec demo.ShopSpec) error {
	reviewTips := map[string]string{
		demo.CategoryApparel:     "the size you ordered and your usual size, how it fits after a wash, and a photo if you like.",
		demo.CategoryBeauty:      "your skin type, the texture and scent, and how long you have used it.",
		demo.CategoryHome:        "how it looks in your room, the size compared with what you expected, and a photo.",
		demo.CategoryElectronics: "how setup went, which phone or devices you use it with, and how it performs day to day.",
	}
	for _, p := range spec.Products {
		c := domain.ProductContent{
			ProductKey: domain.ProductKey(p.SellerSKU, p.SKUID), SetupSteps: p.SetupSteps, CommonIssue: p.CommonIssue,
			CommonFixes: p.CommonFixes, UsageCycleDays: p.UsageCycleDays, Replenishment: p.UsageCycleDays > 0,
			ReviewTips: reviewTips[p.Category], IncludedItems: parseIncluded(p.IncludedItems), CareTips: p.CareTips,
		}
		if p.Category == demo.CategoryElectronics {
			c.ReviewDelayDays = 10 // a gadget needs a little longer in use before a useful review
		}
		c = c.Normalize()
		if len(c.CommonFixes) > 3 {
			c.CommonFixes = c.CommonFixes[:3]
		}
		if problems := c.Validate(); len(problems) > 0 {
			return fmt.Errorf("demo content for %s: %v", c.ProductKey, problems)
		}
		if _, err := shop.Store.SaveProductContent(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// demoDisputes turns a few recent product tickets into disputes at different
// stages (one due soon, one with evidence half gathered, one won), so the
// Disputes tab has something to show.
func demoDisputes(ctx context.Context, shop *Shop, loc *time.Location, now time.Time) error {
	page, err := shop.Store.QueryTickets(ctx, store.TicketFilter{Category: domain.CategoryProduct, Limit: 40})
	if err != nil {
		return err
	}
	plans := []struct {
		kind, outcome string
		evidence      int
	}{{domain.DisputeDamaged, "", 1}, {domain.DisputeDefective, "", 0}, {domain.DisputeNotAsDescribed, domain.OutcomeWon, 3}}
	used := 0
	for _, t := range page.Tickets {
		if used == len(plans) || t.OrderID == 0 || now.Sub(time.Unix(t.OpenedAt, 0)) < 24*time.Hour {
			continue
		}
		p := plans[used]
		k, _ := domain.FindDisputeKind(p.kind)
		opened := time.Unix(t.OpenedAt, 0).Add(20 * time.Hour).In(loc)
		d := domain.Dispute{TicketID: t.ID, Kind: p.kind, OpenedAt: opened.Unix(), Outcome: p.outcome,
			DeadlineAt: support.AddWorkingDays(opened, 3, support.MondayToFriday).Unix(), Evidence: k.Evidence[:p.evidence]}
		if o, err := shop.Store.GetOrder(ctx, t.OrderID); err == nil && len(o.Returns) > 0 {
			d.ReturnID = o.Returns[0].ID
		}
		if _, err := shop.Store.SaveDispute(ctx, d, now); err != nil {
			return err
		}
		used++
	}
	return nil
}

// demoVocEntries logs the two planted problems the team already knows about:
// the serum's pump leak, fixed 42 days ago (its impact panel shows the drop),
// and the lamp's flicker, still being fixed with the supplier.
func demoVocEntries(ctx context.Context, shop *Shop, loc *time.Location, now time.Time) error {
	for _, e := range []domain.VocEntry{
		{Title: "Serum pump leaks in transit", Category: domain.CategoryProduct, Subcategory: domain.SubDamaged,
			RootCause: domain.RootCauseFragileComponent, SKUs: []string{"JP-SRM-VC30"}, FixKind: domain.FixPackaging,
			Fix: "Pump lock clip added and the bottle sleeved in bubble wrap", Owner: domain.OwnerSupplier,
			FixShippedOn: now.In(loc).AddDate(0, 0, -42).Format("2006-01-02"), Status: domain.VocShipped},
		{Title: "Lamp flickers after warming up", Category: domain.CategoryProduct, Subcategory: domain.SubDefective,
			RootCause: domain.RootCauseSupplierDefect, SKUs: []string{"JP-LMP-MSH-AMB"}, FixKind: domain.FixSupplier,
			Fix: "Supplier is testing a new dimmer board", Owner: domain.OwnerOps, Status: domain.VocFixing},
	} {
		if _, err := shop.Store.CreateVocEntry(ctx, e); err != nil {
			return fmt.Errorf("demo Voice-of-Customer entry %q: %w", e.Title, err)
		}
	}
	return nil
}

// parseIncluded reads the demo's box lists ("2 × AA battery") as items with quantities.
func parseIncluded(lines []string) []domain.IncludedItem {
	out := make([]domain.IncludedItem, 0, len(lines))
	for _, l := range lines {
		out = append(out, domain.ParseIncludedItem(l))
	}
	return out
}
