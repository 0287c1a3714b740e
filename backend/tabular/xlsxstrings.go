package tabular

import (
	"strconv"
	"strings"
)

// readStringItem reads a shared or inline string (<si> or <is>) after its
// start tag as excelize does: the text of its <t>, then the text of its
// rich-text runs; phonetic guides and formatting are left out. The text is
// gathered in *buf, so a string costs one allocation.
func readStringItem(x *xmlScanner, container string, buf *[]byte, oversized *bool) (string, error) {
	*buf = (*buf)[:0]
	havePlain, haveRuns := false, false
	for {
		if err := x.nextTag(); err != nil {
			return "", errMalformed
		}
		switch {
		case x.end && x.is(container):
			return unescapeOOXML(string(*buf)), nil
		case x.end:
			return "", errUnrecognised
		case x.is("t"):
			// excelize puts the plain text first wherever it stands.
			if havePlain || haveRuns {
				return "", errUnrecognised
			}
			havePlain = true
			if x.selfClose {
				continue
			}
			if err := appendTextElement(x, "t", buf, oversized); err != nil {
				return "", err
			}
		case x.is("r") && !x.selfClose:
			haveRuns = true
			haveT := false
			for {
				if err := x.nextTag(); err != nil {
					return "", errMalformed
				}
				if x.end && x.is("r") {
					break
				}
				if x.end {
					return "", errUnrecognised
				}
				if !x.is("t") {
					if err := x.skipElement(); err != nil {
						return "", err
					}
					continue
				}
				if haveT {
					return "", errUnrecognised
				}
				haveT = true
				if x.selfClose {
					continue
				}
				if err := appendTextElement(x, "t", buf, oversized); err != nil {
					return "", err
				}
			}
		default:
			if err := x.skipElement(); err != nil {
				return "", err
			}
		}
	}
}

// appendTextElement appends the text of <name>text</name>, whose start tag
// was just read, to *buf; nested elements are not expected. Text past the
// cell limit is dropped and flagged, whatever the number of runs.
func appendTextElement(x *xmlScanner, name string, buf *[]byte, oversized *bool) error {
	var err error
	if *buf, err = x.readText(*buf); err != nil {
		return err
	}
	if x.oversized || len(*buf) > MaxCellBytes {
		*oversized = true
		*buf = (*buf)[:min(len(*buf), MaxCellBytes)]
	}
	if !x.end || !x.is(name) {
		return errUnrecognised
	}
	return nil
}

// unescapeOOXML decodes the _xHHHH_ escapes Office uses for characters XML
// cannot carry, as excelize does: _x005F_ is an underscore, a surrogate
// escape is dropped.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	i := indexEscape(s, 0)
	if i < 0 {
		return s
	}
	var b []byte
	last := 0
	for ; i >= 0; i = indexEscape(s, last) {
		b = append(b, s[last:i]...)
		v, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
		if s[i:i+7] == "_x005F_" {
			b = append(b, '_')
		} else if r := rune(v); r < 0xD800 || r > 0xDFFF {
			b = append(b, string(r)...)
		}
		last = i + 7
	}
	return string(append(b, s[last:]...))
}

// indexEscape finds the next _xHHHH_ at or after from, -1 when none.
func indexEscape(s string, from int) int {
	for i := from; i+7 <= len(s); i++ {
		if s[i] != '_' || s[i+1] != 'x' || s[i+6] != '_' {
			continue
		}
		ok := true
		for _, c := range []byte(s[i+2 : i+6]) {
			if (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
