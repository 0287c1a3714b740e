package service

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/store"
	"afterloop/backend/voc"
)

// VocService is bound to the UI: the Voice-of-Customer log,
// its suggestions, the weekly frequency and the before/after impact of a fix.
type VocService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	// now is the clock; tests set it.
	now func() time.Time
}

// NewVocService creates the service.
func NewVocService(shop *Shop, p platform.Platform) *VocService {
	return &VocService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now}
}

func (s *VocService) engine() *voc.Engine {
	return voc.New(s.shop.Store, s.shop.Location(s.ctx), s.now())
}

// VocFilter is the log table's filter and sort as the UI sends it.
type VocFilter struct {
	Statuses []string `json:"statuses"`
	Category string   `json:"category"`
	// Owner is ops, creative, supplier, support or teammate (with
	// OwnerTeammateID, 0 = any teammate); "" = anyone.
	Owner           string `json:"owner"`
	OwnerTeammateID int64  `json:"ownerTeammateId"`
	SKU             string `json:"sku"`
	Search          string `json:"search"`
	// Sort: "frequency" (default, most frequent first), "updated" (newest
	// first), "shipped" (latest fix first, unshipped last) or "title".
	Sort string `json:"sort"`
}

// VocRow is one line of the log table. The fix verdict is not here: it
// costs a few refund-rate scans per entry, so the table asks for it with
// Verdicts after it has drawn.
type VocRow struct {
	domain.VocEntry
	FrequencyPerWeek float64 `json:"frequencyPerWeek"`
	LastFourWeeks    int     `json:"lastFourWeeks"`
	OwnerName        string  `json:"ownerName"`
}

// VocList is the log table.
type VocList struct {
	AsOf int64    `json:"asOf"` // counts run up to here (see voc.Engine.AsOf)
	Rows []VocRow `json:"rows"`
}

// List returns the entries matching f with their frequency per week.
func (s *VocService) List(f VocFilter) (VocList, error) {
	entries, err := s.shop.Store.ListVocEntries(s.ctx, store.VocFilter{Statuses: f.Statuses, Category: f.Category,
		Owner: f.Owner, OwnerTeammateID: f.OwnerTeammateID, SKU: f.SKU, Search: f.Search})
	if err != nil {
		return VocList{}, err
	}
	eng := s.engine()
	asOf, err := eng.AsOf(s.ctx)
	if err != nil {
		return VocList{}, err
	}
	freq, err := eng.Frequencies(s.ctx, entries)
	if err != nil {
		return VocList{}, err
	}
	names, err := s.teamNames()
	if err != nil {
		return VocList{}, err
	}
	out := VocList{AsOf: asOf.Unix(), Rows: make([]VocRow, 0, len(entries))}
	for _, e := range entries {
		out.Rows = append(out.Rows, VocRow{VocEntry: e, OwnerName: ownerName(e, names),
			FrequencyPerWeek: freq[e.ID].PerWeek, LastFourWeeks: freq[e.ID].LastFourWeeks})
	}
	sortRows(out.Rows, f.Sort)
	return out, nil
}

// VocVerdict is the fix verdict of one entry for the table.
type VocVerdict struct {
	ID      int64  `json:"id"`
	Verdict string `json:"verdict"` // "" when the fix has not shipped
	Message string `json:"message"`
}

// Verdicts returns the verdict over DefaultImpactWeeks for each entry ID,
// in the order asked; unknown or deleted IDs are skipped.
func (s *VocService) Verdicts(ids []int64) ([]VocVerdict, error) {
	eng := s.engine()
	out := make([]VocVerdict, 0, len(ids))
	for _, id := range ids {
		e, err := s.shop.Store.GetVocEntry(s.ctx, id)
		if errors.Is(err, apperr.ErrNotFound) || (err == nil && e.DeletedAt != 0) {
			continue
		}
		if err != nil {
			return out, err
		}
		v := VocVerdict{ID: id}
		if e.FixShippedOn != "" {
			im, err := eng.Impact(s.ctx, e, voc.DefaultImpactWeeks)
			if err != nil {
				return out, err
			}
			v.Verdict, v.Message = im.Verdict, im.Message
		}
		out = append(out, v)
	}
	return out, nil
}

func sortRows(rows []VocRow, by string) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		switch by {
		case "updated":
			return a.UpdatedAt > b.UpdatedAt
		case "title":
			return strings.ToLower(a.Title) < strings.ToLower(b.Title)
		case "shipped":
			if (a.FixShippedOn == "") != (b.FixShippedOn == "") {
				return a.FixShippedOn != ""
			}
			return a.FixShippedOn > b.FixShippedOn
		}
		if a.LastFourWeeks != b.LastFourWeeks {
			return a.LastFourWeeks > b.LastFourWeeks
		}
		return a.UpdatedAt > b.UpdatedAt
	})
}

func (s *VocService) teamNames() (map[int64]string, error) {
	team, err := s.shop.Store.ListTeam(s.ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64]string{}
	for _, m := range team {
		out[m.ID] = m.Name
	}
	return out, nil
}

func ownerName(e domain.VocEntry, team map[int64]string) string {
	if e.Owner == domain.OwnerTeammate {
		return team[e.OwnerTeammateID]
	}
	for _, o := range domain.VocOwners {
		if o.Key == e.Owner {
			return o.Label
		}
	}
	return ""
}

// VocCardRef is the insert card a fix links to.
type VocCardRef struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Deleted bool   `json:"deleted"`
}

// VocDetail is the entry page.
type VocDetail struct {
	Entry     domain.VocEntry `json:"entry"`
	OwnerName string          `json:"ownerName"`
	FixCard   *VocCardRef     `json:"fixCard"` // nil when no card is linked
	Series    voc.Series      `json:"series"`
	Linked    voc.Linked      `json:"linked"`
	// Impact over DefaultImpactWeeks; nil until the fix shipped. Call
	// Impact for another number of weeks.
	Impact *voc.Impact `json:"impact"`
}

// Get returns an entry with its weekly series, linked tickets, returns and
// low reviews, and the impact of its fix.
func (s *VocService) Get(id int64) (VocDetail, error) {
	e, err := s.shop.Store.GetVocEntry(s.ctx, id)
	if err != nil {
		return VocDetail{}, err
	}
	if e.DeletedAt != 0 {
		return VocDetail{}, apperr.Newf(apperr.CodeNotFound, "Voice-of-Customer entry %d was deleted.", id)
	}
	names, err := s.teamNames()
	if err != nil {
		return VocDetail{}, err
	}
	d := VocDetail{Entry: e, OwnerName: ownerName(e, names)}
	if e.FixCardID != 0 {
		if c, err := s.shop.Store.GetCardDesign(s.ctx, e.FixCardID); err == nil {
			d.FixCard = &VocCardRef{ID: c.ID, Name: c.Name, Deleted: c.DeletedAt != 0}
		}
	}
	eng := s.engine()
	w, err := eng.Weekly(s.ctx, e, voc.DefaultWeeks)
	if err != nil {
		return d, err
	}
	d.Series, d.Linked = w.Series, w.Linked
	if e.FixShippedOn != "" {
		im, err := eng.Impact(s.ctx, e, voc.DefaultImpactWeeks)
		if err != nil {
			return d, err
		}
		d.Impact = &im
	}
	return d, nil
}

// Create adds an entry (from scratch or from a suggestion's prefill).
func (s *VocService) Create(e domain.VocEntry) (domain.VocEntry, error) {
	e.ID = 0
	out, err := s.shop.Store.CreateVocEntry(s.ctx, e)
	if err != nil {
		return out, err
	}
	s.platform.Emit(EventDataChanged, "voc")
	return out, nil
}

// Update applies a partial update: nil fields stay. Setting the fix shipped
// date on an open or fixing entry marks it shipped.
func (s *VocService) Update(id int64, patch store.VocPatch) (domain.VocEntry, error) {
	out, err := s.shop.Store.UpdateVocEntry(s.ctx, id, patch)
	if err != nil {
		return out, err
	}
	s.platform.Emit(EventDataChanged, "voc")
	return out, nil
}

// Delete removes an entry from the log; Restore undoes it.
func (s *VocService) Delete(id int64) error {
	if err := s.shop.Store.SetVocEntryDeleted(s.ctx, id, true); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "voc")
	return nil
}

// Restore brings a deleted entry back as it was.
func (s *VocService) Restore(id int64) (domain.VocEntry, error) {
	if err := s.shop.Store.SetVocEntryDeleted(s.ctx, id, false); err != nil {
		return domain.VocEntry{}, err
	}
	s.platform.Emit(EventDataChanged, "voc")
	return s.shop.Store.GetVocEntry(s.ctx, id)
}

// Suggest lists recurring problems without an entry, each with a prefill
// for Create.
func (s *VocService) Suggest() (voc.Suggestions, error) { return s.engine().Suggest(s.ctx) }

// Dismiss hides a suggestion until it has at least doubled.
func (s *VocService) Dismiss(key string) error {
	sug, err := s.engine().Suggest(s.ctx)
	if err != nil {
		return err
	}
	for _, it := range sug.Items {
		if it.Key == key {
			if err := s.shop.Store.DismissVocSuggestion(s.ctx, key, it.Count); err != nil {
				return err
			}
			s.platform.Emit(EventDataChanged, "voc_suggestions")
			return nil
		}
	}
	return apperr.New(apperr.CodeNotFound, "That suggestion is no longer in the list.").With("key", key)
}

// Undismiss brings a dismissed suggestion back (undo).
func (s *VocService) Undismiss(key string) error {
	if err := s.shop.Store.UndismissVocSuggestion(s.ctx, key); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "voc_suggestions")
	return nil
}

// Impact compares the weeks before and after the entry's fix shipped
// (weeks 0 = 4).
func (s *VocService) Impact(id int64, weeks int) (voc.Impact, error) {
	return EntryImpact(s.ctx, s.shop, s.shop.Location(s.ctx), s.now(), id, weeks)
}

// EntryImpact is Impact for the app and the CLI (which may pass --tz).
func EntryImpact(ctx context.Context, shop *Shop, loc *time.Location, now time.Time, id int64, weeks int) (voc.Impact, error) {
	e, err := shop.Store.GetVocEntry(ctx, id)
	if err != nil {
		return voc.Impact{}, err
	}
	if e.DeletedAt != 0 {
		return voc.Impact{}, apperr.Newf(apperr.CodeNotFound, "Voice-of-Customer entry %d was deleted.", id)
	}
	return voc.New(shop.Store, loc, now).Impact(ctx, e, weeks)
}

// VocOptions are the choice lists of the log's forms and filters.
type VocOptions struct {
	Statuses           []domain.Option   `json:"statuses"`
	FixKinds           []domain.Option   `json:"fixKinds"`
	Owners             []domain.Option   `json:"owners"`
	Categories         []domain.Category `json:"categories"`
	RootCauses         []domain.Option   `json:"rootCauses"`
	Verdicts           []domain.Option   `json:"verdicts"`
	DefaultImpactWeeks int               `json:"defaultImpactWeeks"`
	MaxImpactWeeks     int               `json:"maxImpactWeeks"`
}

// Options returns the static choice lists.
func (s *VocService) Options() VocOptions {
	return VocOptions{Statuses: domain.VocStatuses, FixKinds: domain.FixKinds, Owners: domain.VocOwners,
		Categories: domain.SupportTaxonomy, RootCauses: domain.RootCauses,
		Verdicts:           voc.Verdicts,
		DefaultImpactWeeks: voc.DefaultImpactWeeks, MaxImpactWeeks: voc.MaxImpactWeeks}
}
