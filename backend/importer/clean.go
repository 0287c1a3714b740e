package importer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// CleanCell applies the export cell rules (TABs, BOM,
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

// looksLikeDescription tells a row of field descriptions (row 2 of some
// exports, in the export's language: "Platform unique order ID.",
// "รหัสคำสั่งซื้อ…") from data: a platform ID always holds digits, so an ID
// cell with text but no digit is a description, whatever its script.
func looksLikeDescription(idCell string) bool {
	if idCell == "" {
		return false
	}
	for _, r := range idCell {
		if r >= '0' && r <= '9' || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// platformIDProblem says why a cell cannot be a platform's order, return or
// SKU ID ("" when it can): IDs are one token of letters and digits (with
// - _ # . / : as separators), hold at least one digit and fit in 64
// characters. Text such as "see note below" or a value broken by a line
// break would otherwise become an order nobody placed.
func platformIDProblem(id string) string {
	if len(id) > 64 {
		return "is longer than any platform ID"
	}
	digit := false
	for _, r := range id {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.IsLetter(r), strings.ContainsRune("-_#./:", r):
		case unicode.IsSpace(r):
			return "contains spaces or line breaks, which no platform ID has"
		default:
			return fmt.Sprintf("contains %q, which no platform ID has", r)
		}
	}
	if !digit {
		return "holds no digits, so it is not a platform ID"
	}
	return ""
}

// normalizeHeader makes header matching forgiving about case, spacing and
// the junk cleanCell removes.
func normalizeHeader(h string) string {
	h = strings.ToLower(cleanCell(h))
	return strings.Join(strings.Fields(h), " ")
}
