package cards

import (
	"strings"
	"unicode/utf8"
)

// wrap breaks one paragraph into lines no wider than width (mm), using the
// face's real advance widths. Runs of spaces become one space; a word wider
// than the line is broken between letters. An empty paragraph is one empty
// line.
func wrap(face *Face, sizePt, width float64, text string) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	space := face.Width(" ", sizePt)
	var lines []string
	var cur strings.Builder
	curW := 0.0
	for _, w := range words {
		ww := face.Width(w, sizePt)
		if cur.Len() > 0 && curW+space+ww <= width+1e-9 {
			cur.WriteByte(' ')
			cur.WriteString(w)
			curW += space + ww
			continue
		}
		if cur.Len() > 0 {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		for ww > width+1e-9 && utf8.RuneCountInString(w) > 1 {
			head, rest := splitToWidth(face, sizePt, width, w)
			lines = append(lines, head)
			w = rest
			ww = face.Width(w, sizePt)
		}
		cur.WriteString(w)
		curW = ww
	}
	return append(lines, cur.String())
}

// splitToWidth returns the longest prefix of word (at least one letter)
// that fits in width, and the rest.
func splitToWidth(face *Face, sizePt, width float64, word string) (string, string) {
	w := 0.0
	k := ptToMm(sizePt)
	for i, r := range word {
		w += face.Advance(r) * k
		if w > width+1e-9 {
			if i == 0 {
				_, n := utf8.DecodeRuneInString(word)
				return word[:n], word[n:]
			}
			return word[:i], word[i:]
		}
	}
	return word, ""
}
