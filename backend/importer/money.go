package importer

import (
	"strings"
)

// moneyValue is an amount as written (digits and decimal places). It becomes
// minor units only once the currency is known, because a plain "120" means
// 12000 cents but 120 yen.
type moneyValue struct {
	mantissa int64
	scale    int8
	set      bool
}

// currencyMarkers maps the symbols and codes exports put around amounts.
var currencyMarkers = map[string]string{
	"$": "USD", "us$": "USD", "s$": "SGD", "rm": "MYR", "฿": "THB", "₫": "VND", "đ": "VND",
	"rp": "IDR", "₱": "PHP", "r$": "BRL", "¥": "JPY", "円": "JPY", "￥": "JPY", "£": "GBP",
	"€": "EUR", "mx$": "MXN", "a$": "AUD", "c$": "CAD", "₩": "KRW", "₹": "INR",
}

// currencyDecimals is the number of minor-unit digits (ISO 4217).
func currencyDecimals(code string) int8 {
	switch code {
	case "JPY", "KRW", "VND", "CLP", "ISK", "UGX", "PYG", "XAF", "XOF":
		return 0
	case "BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD":
		return 3
	}
	return 2
}

// parseMoney reads $19.99, 11,000 JPY, BRL 35,91, S$12.00, (5.00), -3 and
// plain numbers. currency is "" when the cell does not name one; hint is the
// currency known so far, used only to read a lone separator ("1.500").
func parseMoney(s, hint string) (mv moneyValue, currency string, ok bool) {
	if s == "" {
		return mv, "", true
	}
	start, end := -1, -1
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if start < 0 {
				start = i
			}
			end = i + 1
		}
	}
	if start < 0 {
		return mv, "", false
	}
	negative := false
	prefix, suffix := s[:start], s[end:]
	if strings.HasPrefix(prefix, "(") && strings.HasSuffix(suffix, ")") {
		negative, prefix, suffix = true, prefix[1:], suffix[:len(suffix)-1]
	}
	for _, part := range []*string{&prefix, &suffix} {
		p := strings.TrimSpace(*part)
		if strings.HasPrefix(p, "-") || strings.HasSuffix(p, "-") {
			negative = true
			p = strings.TrimSpace(strings.Trim(p, "-"))
		}
		*part = p
	}
	if prefix != "" && suffix != "" {
		return mv, "", false
	}
	if marker := prefix + suffix; marker != "" {
		if currency = currencyCode(marker); currency == "" {
			return mv, "", false
		}
		hint = currency
	}
	mv, ok = parseDecimal(s[start:end], hint)
	if negative {
		mv.mantissa = -mv.mantissa
	}
	return mv, currency, ok
}

func currencyCode(marker string) string {
	if code, ok := currencyMarkers[strings.ToLower(marker)]; ok {
		return code
	}
	if len(marker) != 3 {
		return ""
	}
	for i := 0; i < 3; i++ {
		if marker[i] < 'A' || marker[i] > 'Z' {
			return ""
		}
	}
	return marker
}

// commaDecimal lists currencies whose regions write 1.234,56.
func commaDecimal(code string) bool {
	switch code {
	case "EUR", "BRL", "IDR", "VND", "ARS", "CLP", "COP", "TRY", "RUB", "PLN", "DKK", "NOK", "SEK", "CZK", "HUF", "RON":
		return true
	}
	return false
}

// parseDecimal reads digits with thousands and decimal separators in either
// convention. With both ',' and '.', the last one is the decimal point. A
// lone separator followed by exactly three digits is read by the currency's
// convention (and groups thousands when there are no minor units or the
// currency is unknown); with other digit counts it is the decimal point.
func parseDecimal(s, currency string) (moneyValue, bool) {
	lastComma, lastDot := strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.')
	decimalAt := -1
	switch {
	case lastComma >= 0 && lastDot >= 0:
		decimalAt = max(lastComma, lastDot)
	case lastComma >= 0 || lastDot >= 0:
		sep, at := byte(','), lastComma
		if lastDot >= 0 {
			sep, at = '.', lastDot
		}
		switch {
		case strings.Count(s, string(sep)) > 1:
		case len(s)-at-1 != 3 || s[0] == '0':
			decimalAt = at
		case currency != "" && currencyDecimals(currency) > 0 && commaDecimal(currency) == (sep == ','):
			decimalAt = at
		}
	}
	var mv moneyValue
	digits, group := 0, -1 // group counts digits since the last grouping separator
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits >= 15 {
				return mv, false
			}
			mv.mantissa = mv.mantissa*10 + int64(c-'0')
			if mv.mantissa != 0 {
				digits++
			}
			if decimalAt >= 0 && i > decimalAt {
				mv.scale++
			} else if group >= 0 {
				group++
			}
		case i == decimalAt:
			if group >= 0 && group != 3 {
				return mv, false
			}
			group = -1
		case c == ',' || c == '.' || c == ' ' || c == '\'':
			// Groups of three, or two for Indian lakh grouping (1,23,456).
			if decimalAt >= 0 && i > decimalAt || group >= 0 && group != 3 && group != 2 {
				return mv, false
			}
			group = 0
		default:
			return mv, false
		}
	}
	if group >= 0 && group != 3 {
		return mv, false
	}
	mv.set = true
	return mv, true
}

// minor converts to integer minor units of currency, rounding half away
// from zero when the file has more decimals than the currency.
func (m moneyValue) minor(currency string) int64 {
	if !m.set {
		return 0
	}
	want := currencyDecimals(currency)
	v := m.mantissa
	for s := m.scale; s < want; s++ {
		v *= 10
	}
	if m.scale > want {
		div := int64(1)
		for s := want; s < m.scale; s++ {
			div *= 10
		}
		half := div / 2
		if v < 0 {
			half = -half
		}
		v = (v + half) / div
	}
	return v
}
