package desktop

import "context"

// UpdateCheck is the answer to "is there a newer version?".
type UpdateCheck struct {
	// Checked is false when no release address is configured: nothing was
	// asked and nothing is known.
	Checked bool   `json:"checked"`
	Latest  string `json:"latest"`
	URL     string `json:"url"`
	Newer   bool   `json:"newer"`
}

// Updater is where automatic updates will plug in. With no release address
// it does nothing at all: the app never calls out on its own.
type Updater struct {
	ReleaseURL string
	// Fetch asks the release address for the latest version; it is only
	// called when ReleaseURL is set.
	Fetch func(ctx context.Context, url string) (latest, downloadURL string, err error)
}

// CheckForUpdates compares the latest release with the running version.
func (u Updater) CheckForUpdates(ctx context.Context, current string) (UpdateCheck, error) {
	if u.ReleaseURL == "" || u.Fetch == nil {
		return UpdateCheck{}, nil
	}
	latest, url, err := u.Fetch(ctx, u.ReleaseURL)
	if err != nil {
		return UpdateCheck{}, err
	}
	return UpdateCheck{Checked: true, Latest: latest, URL: url, Newer: latest != "" && latest != current && current != DevVersion}, nil
}
