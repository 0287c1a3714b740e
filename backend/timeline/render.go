package timeline

import (
	"net/url"
	"regexp"
	"sort"
	"strings"

	"afterloop/backend/policy"
)

var placeholderRe = regexp.MustCompile(`\{\{\s*([a-zA-Z0-9_]+)\s*\}\}`)

// Rendered is a filled template.
type Rendered struct {
	Text string `json:"text"`
	// Unfilled lists placeholders with neither data nor a fallback; they stay
	// in the text as {{name}} and the message cannot be marked sent.
	Unfilled []string `json:"unfilled"`
	// Ignore are the byte spans filled from platform data, for the policy guard.
	Ignore []policy.Span `json:"-"`
}

// UsedPlaceholders returns the placeholder names a template uses, unknown
// ones included, in order of first use.
func UsedPlaceholders(body string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range placeholderRe.FindAllStringSubmatch(body, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	return out
}

// Render fills body's {{placeholders}} from in; an empty value falls back to
// fallbacks[name].
func Render(body string, fallbacks map[string]string, in Input) Rendered {
	vals := values(in)
	fromPlatform := map[string]bool{}
	for _, p := range Placeholders {
		fromPlatform[p.Key] = p.FromPlatform
	}
	var b strings.Builder
	out := Rendered{Unfilled: []string{}}
	unfilled := map[string]bool{}
	last := 0
	for _, loc := range placeholderRe.FindAllStringSubmatchIndex(body, -1) {
		b.WriteString(body[last:loc[0]])
		last = loc[1]
		name := body[loc[2]:loc[3]]
		value, usedFallback := vals[name], false
		if strings.TrimSpace(value) == "" {
			value, usedFallback = strings.TrimSpace(fallbacks[name]), true
		}
		if value == "" {
			unfilled[name] = true
			b.WriteString("{{" + name + "}}")
			continue
		}
		start := b.Len()
		b.WriteString(value)
		if fromPlatform[name] && !usedFallback {
			out.Ignore = append(out.Ignore, policy.Span{Start: start, End: b.Len()})
		}
	}
	b.WriteString(body[last:])
	out.Text = strings.TrimSpace(b.String())
	for name := range unfilled {
		out.Unfilled = append(out.Unfilled, name)
	}
	sort.Strings(out.Unfilled)
	return out
}

// carrierLinks maps a carrier name fragment (lower case) to its tracking page.
var carrierLinks = []struct{ match, pattern string }{
	{"usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s"},
	{"ups", "https://www.ups.com/track?tracknum=%s"},
	{"fedex", "https://www.fedex.com/fedextrack/?trknbr=%s"},
	{"dhl", "https://www.dhl.com/global-en/home/tracking.html?tracking-id=%s"},
	{"ontrac", "https://www.ontrac.com/tracking/?number=%s"},
	{"yamato", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=%s"},
	{"ヤマト", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=%s"},
	{"sagawa", "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=%s"},
	{"佐川", "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=%s"},
	{"japan post", "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s"},
	{"日本郵便", "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s"},
	{"j&t", "https://t.17track.net/en#nums=%s"},
	{"jt express", "https://t.17track.net/en#nums=%s"},
	{"canada post", "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s"},
	{"royal mail", "https://www.royalmail.com/track-your-item#/tracking-results/%s"},
}

// TrackingLink is the carrier's tracking page for number, or "" for a
// carrier we do not know (the template's fallback is used then).
func TrackingLink(carrier, number string) string {
	c := strings.ToLower(carrier)
	for _, l := range carrierLinks {
		if l.match == "ups" && strings.Contains(c, "usps") {
			continue
		}
		if strings.Contains(c, l.match) {
			return strings.Replace(l.pattern, "%s", url.QueryEscape(number), 1)
		}
	}
	return ""
}
