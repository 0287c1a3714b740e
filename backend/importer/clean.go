package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCellBytes bounds one cell. Exports never come close (a long buyer
// message is a few KB); a bigger cell is damage or an attack, and refusing it
// keeps memory flat.
const maxCellBytes = 1 << 20

// cleanCell strips what exports and spreadsheet apps add around values: TABs
// (TikTok appends one to IDs and times so Excel keeps them as text), the BOM,
// zero-width characters, NUL, surrounding spaces and the leading apostrophe
// Excel uses to force text. Cells that need none of this are returned as they
// are, without allocating: that is nearly every cell.
func cleanCell(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\t', 0, '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', utf8.RuneError:
			continue
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	out = strings.TrimPrefix(out, "'")
	return strings.TrimSpace(out)
}

// CleanCell applies the export cell rules of PRODUCT.md §2 (TABs, BOM,
// zero-width characters, NUL, a leading apostrophe) for other readers of
// seller spreadsheets, such as the support-log import.
func CleanCell(s string) string { return cleanCell(s) }

// needsCleaning is the fast check behind cleanCell: one pass over the bytes.
func needsCleaning(s string) bool {
	if s == "" {
		return false
	}
	if isEdgeSpace(s[0]) || isEdgeSpace(s[len(s)-1]) || s[0] == '\'' {
		return true
	}
	nonASCII := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == 0 {
			return true
		}
		if c < 0x80 {
			continue
		}
		nonASCII = true
		// U+200B..U+200D and U+2060 are E2 80 8B..8D and E2 81 A0; the BOM
		// is EF BB BF.
		if i+2 < len(s) {
			if c == 0xE2 && (s[i+1] == 0x80 && s[i+2] >= 0x8B && s[i+2] <= 0x8D || s[i+1] == 0x81 && s[i+2] == 0xA0) {
				return true
			}
			if c == 0xEF && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	if nonASCII {
		if !utf8.ValidString(s) {
			return true
		}
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		return unicode.IsSpace(first) || unicode.IsSpace(last)
	}
	return false
}

func isEdgeSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isExcelMangledID reports IDs that Excel turned into scientific notation
// (5.82315E+17): the digits after the sixth are gone for good.
func isExcelMangledID(s string) bool {
	e := strings.IndexAny(s, "eE")
	if e <= 0 || e == len(s)-1 {
		return false
	}
	mantissa, exp := s[:e], s[e+1:]
	if exp[0] == '+' || exp[0] == '-' {
		exp = exp[1:]
	}
	if exp == "" || !allDigits(exp) {
		return false
	}
	whole, frac, _ := strings.Cut(mantissa, ".")
	return whole != "" && allDigits(whole) && allDigits(frac)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// looksLikeDescription tells a row of field descriptions ("Platform unique
// order ID.") from data: platform order IDs never contain spaces.
func looksLikeDescription(orderIDCell string) bool {
	if !strings.ContainsAny(orderIDCell, " ") {
		return false
	}
	for _, r := range orderIDCell {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x2E80 {
			return true
		}
	}
	return false
}

// normalizeHeader makes header matching forgiving about case, spacing and
// the junk cleanCell removes.
func normalizeHeader(h string) string {
	h = strings.ToLower(cleanCell(h))
	return strings.Join(strings.Fields(h), " ")
}
