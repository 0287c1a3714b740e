// Package service holds the services bound to the UI: thin, one per area,
// turning UI calls into calls on the capabilities (store, importer, demo).
package service

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Version is the app version shown when the build names none.
const Version = "0.1.0"

// Shop gives every service the store and the shop's settings.
type Shop struct {
	Store *store.Store
	// Version is the running build's version (from the release build's
	// linker flags); empty means Version.
	Version string
}

func (s *Shop) version() string {
	if s.Version != "" {
		return s.Version
	}
	return Version
}

// Settings returns the saved settings with system defaults filled in.
func (s *Shop) Settings(ctx context.Context) (domain.Settings, error) {
	return s.Store.GetSettings(ctx, domain.DefaultSettings(SystemTimeZone()))
}

// Location is the shop time zone (UTC if the saved one is unknown).
func (s *Shop) Location(ctx context.Context) *time.Location {
	st, err := s.Settings(ctx)
	if err != nil {
		return time.UTC
	}
	loc, err := time.LoadLocation(st.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// SystemTimeZone guesses the IANA name of the computer's zone.
func SystemTimeZone() string {
	if tz := os.Getenv("TZ"); tz != "" {
		if _, err := time.LoadLocation(tz); err == nil {
			return tz
		}
	}
	if name := time.Local.String(); name != "Local" && name != "" {
		return name
	}
	if target, err := filepath.EvalSymlinks("/etc/localtime"); err == nil {
		if _, zone, ok := strings.Cut(target, "zoneinfo/"); ok {
			return zone
		}
	}
	return "UTC"
}

// ShopService is bound to the UI: settings, team, app status.
type ShopService struct {
	shop *Shop
	ctx  context.Context
}

// NewShopService creates the service.
func NewShopService(shop *Shop) *ShopService {
	return &ShopService{shop: shop, ctx: context.Background()}
}

// AppStatus tells the UI what to show on start.
type AppStatus struct {
	Version        string `json:"version"`
	DatabasePath   string `json:"databasePath"`
	Orders         int    `json:"orders"`
	Returns        int    `json:"returns"`
	ImportBatches  int    `json:"importBatches"`
	HasData        bool   `json:"hasData"`
	SystemTimeZone string `json:"systemTimeZone"`
	ShopName       string `json:"shopName"`
}

// Status returns counts and paths for the shell and the first-run screen.
func (s *ShopService) Status() (AppStatus, error) {
	stats, err := s.shop.Store.GetStats(s.ctx)
	if err != nil {
		return AppStatus{}, err
	}
	settings, err := s.shop.Settings(s.ctx)
	if err != nil {
		return AppStatus{}, err
	}
	return AppStatus{
		Version: s.shop.version(), DatabasePath: s.shop.Store.Path(), Orders: stats.Orders, Returns: stats.Returns,
		ImportBatches: stats.ImportBatches, HasData: stats.Orders > 0 || stats.Returns > 0,
		SystemTimeZone: SystemTimeZone(), ShopName: settings.ShopName,
	}, nil
}

// GetSettings returns the shop settings.
func (s *ShopService) GetSettings() (domain.Settings, error) { return s.shop.Settings(s.ctx) }

// SaveSettings validates and saves the settings.
func (s *ShopService) SaveSettings(v domain.Settings) (domain.Settings, error) {
	v.ShopName = strings.TrimSpace(v.ShopName)
	v.Currency = strings.ToUpper(strings.TrimSpace(v.Currency))
	if problems := v.Validate(); len(problems) > 0 {
		return v, invalid("Some settings need a fix before they can be saved.", problems)
	}
	if err := s.shop.Store.SaveSettings(s.ctx, v); err != nil {
		return v, err
	}
	return v, nil
}

// ListTimeZones returns common IANA zones plus the system's and the saved one.
func (s *ShopService) ListTimeZones() []string {
	seen := map[string]bool{}
	var out []string
	add := func(z string) {
		if z != "" && !seen[z] {
			if _, err := time.LoadLocation(z); err == nil {
				seen[z] = true
				out = append(out, z)
			}
		}
	}
	for _, z := range commonZones {
		add(z)
	}
	add(SystemTimeZone())
	if st, err := s.shop.Settings(s.ctx); err == nil {
		add(st.TimeZone)
	}
	sort.Strings(out)
	return out
}

// ListTeam returns the teammates.
func (s *ShopService) ListTeam() ([]domain.TeamMember, error) { return s.shop.Store.ListTeam(s.ctx) }

// SaveTeamMember adds (ID 0) or updates a teammate.
func (s *ShopService) SaveTeamMember(m domain.TeamMember) (domain.TeamMember, error) {
	m.Name = strings.TrimSpace(m.Name)
	if problems := m.Validate(); len(problems) > 0 {
		return m, invalid("The teammate needs a name and a role.", problems)
	}
	team, err := s.shop.Store.ListTeam(s.ctx)
	if err != nil {
		return m, err
	}
	for _, other := range team {
		if other.ID != m.ID && strings.EqualFold(other.Name, m.Name) {
			// Assignment and "sent by" show names, so two alike would be ambiguous.
			return m, invalid("There is already a teammate with that name.",
				map[string]string{"name": "Use a different name, for example with an initial."})
		}
	}
	return s.shop.Store.SaveTeamMember(s.ctx, m)
}

// DeleteTeamMember removes a teammate.
func (s *ShopService) DeleteTeamMember(id int64) error {
	return s.shop.Store.DeleteTeamMember(s.ctx, id)
}

func invalid(message string, problems map[string]string) error {
	e := apperr.New(apperr.CodeInvalidInput, message)
	for k, v := range problems {
		_ = e.With(k, v) // With adds the detail to the error itself
	}
	return e
}

var commonZones = []string{
	"UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
	"America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Vancouver", "America/Mexico_City",
	"America/Sao_Paulo", "America/Bogota", "America/Lima", "America/Santiago", "America/Argentina/Buenos_Aires",
	"Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Berlin",
	"Europe/Amsterdam", "Europe/Rome", "Europe/Warsaw", "Europe/Stockholm", "Europe/Athens", "Europe/Istanbul",
	"Europe/Moscow", "Africa/Lagos", "Africa/Johannesburg", "Africa/Cairo", "Asia/Dubai", "Asia/Riyadh",
	"Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Jakarta",
	"Asia/Kuala_Lumpur", "Asia/Singapore", "Asia/Manila", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Taipei",
	"Asia/Seoul", "Asia/Tokyo", "Australia/Perth", "Australia/Brisbane", "Australia/Sydney", "Pacific/Auckland",
}
