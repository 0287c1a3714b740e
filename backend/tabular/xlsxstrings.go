package tabular

import (
	"strconv"
	"strings"
)

func readStringItem(x *xmlScanner, container string, buf *[]byte, oversized *bool) (string, error) {
	var plain, runs []byte
	havePlain := false
	for {
		if err := x.nextTag(); err != nil {
			return "", errMalformed
		}
		switch {
		case x.end && x.is(container):
			out := append(plain, runs...)
			if len(out) > MaxCellBytes {
				*oversized = true
				out = out[:MaxCellBytes]
			}
			return unescapeOOXML(string(out)), nil
		case x.end:
			return "", errUnrecognised
		case x.is("t"):
			if havePlain {
				return "", errUnrecognised
			}
			havePlain = true
			if x.selfClose {
				continue
			}
			text, err := readTextElement(x, "t", buf, oversized)
			if err != nil {
				return "", err
			}
			plain = append(plain[:0], text...)
		case x.is("r") && !x.selfClose:
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
				text, err := readTextElement(x, "t", buf, oversized)
				if err != nil {
					return "", err
				}
				runs = append(runs, text...)
			}
		default:
			if err := x.skipElement(); err != nil {
				return "", err
			}
		}
	}
}

// readTextElement reads <name>text</name> after its start tag; nested
// elements are not expected.
func readTextElement(x *xmlScanner, name string, buf *[]byte, oversized *bool) ([]byte, error) {
	var err error
	*buf = (*buf)[:0]
	if *buf, err = x.readText(*buf); err != nil {
		return nil, err
	}
	*oversized = *oversized || x.oversized
	if !x.end || !x.is(name) {
		return nil, errUnrecognised
	}
	return *buf, nil
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
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
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
