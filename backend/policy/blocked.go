package policy

import (
	"encoding/json"

	"afterloop/backend/apperr"
)

// BlockedError is the one error for text the guard blocks: invalid_input
// naming the first blocking finding, with every finding as JSON in
// details.findings so the UI can mark each one in the text.
func BlockedError(what string, findings []Finding) error {
	var first Finding
	for _, f := range findings {
		if f.Severity == SeverityBlock {
			first = f
			break
		}
	}
	b, err := json.Marshal(findings)
	if err != nil {
		b = []byte("[]") // findings are plain strings and numbers: this cannot fail
	}
	return apperr.Newf(apperr.CodeInvalidInput, "This %s breaks TikTok Shop's rules (%q): %s", what, first.Match, first.Why).
		With("findings", string(b))
}

// CheckWithFallbacks checks a saved text and the fallbacks of its
// placeholders under ctx. A fallback's findings point at nothing in the
// text (offsets -1) and name their placeholder in Match.
func CheckWithFallbacks(text string, fallbacks map[string]string, ctx Context) []Finding {
	out := Check(text, ctx)
	for key, v := range fallbacks {
		for _, f := range Check(v, ctx) {
			f.Match = "{{" + key + "}} fallback: " + f.Match
			f.Start, f.End = -1, -1
			out = append(out, f)
		}
	}
	return out
}
