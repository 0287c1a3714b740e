package policy

import "regexp"

// A shop may not send TikTok buyers to its own website to buy: "Next time,
// order direct at juniperhome.com". A bare domain is enough; it does not
// need to be a link. Allow-listed hosts (TikTok itself) are fine.
var ownWebsiteRe = regexp.MustCompile(`\b((?:re-?order|order|buy|buying|purchase|shop|shopping|restock|refill|stock\s+up|` +
	`get\s+(?:your\s+)?(?:refills?|more|another|the\s+next)|find\s+(?:more|the\s+full\s+range|our\s+(?:full\s+)?(?:range|collection|products)))` +
	`\b[^.!?\n]{0,40}?\b(?:at|on|from|via)\s+((?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:` + tlds + `))\b)`)

var ownWebsiteHint = anyOf("order", "buy", "purchase", "shop", "stock", "refill", "get ", "find ")

// checkOwnWebsite blocks buying wording that points at a domain outside
// the allow-list.
func checkOwnWebsite(text, lower string, allow []string) []Finding {
	if !maybeLink(lower) || !ownWebsiteHint(lower) {
		return nil
	}
	var out []Finding
	for _, loc := range ownWebsiteRe.FindAllStringSubmatchIndex(lower, -1) {
		host := hostOf(lower[loc[4]:loc[5]])
		if allowedHost(host, allow) || allowedHost(host, []string{"tiktok.com"}) {
			continue
		}
		out = append(out, Finding{Rule: RuleOwnWebsite, Severity: SeverityBlock, Match: text[loc[2]:loc[3]],
			Start: loc[2], End: loc[3], Why: whyOwnSite})
	}
	return out
}

// ownSiteCovers reports whether a link warning is already part of an own-
// website block, so the same words are not flagged twice.
func ownSiteCovers(fs []Finding, start, end int) bool {
	for _, f := range fs {
		if f.Rule == RuleOwnWebsite && start < f.End && f.Start < end {
			return true
		}
	}
	return false
}
