package tabular

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// errUnrecognised means the workbook is valid as far as the fast reader can
// tell but shaped in a way it does not handle; the general reader takes over.
var errUnrecognised = errors.New("workbook structure not handled by the fast reader")

// errMalformed means the XML itself is broken (bad characters, a tag that
// never ends): the file is damaged.
var errMalformed = errors.New("malformed XML")

// xmlScanner is a small pull tokenizer for the XML a spreadsheet app writes:
// tags with attributes, text with entities, CDATA, comments. It knows
// nothing about DTDs or namespaces (prefixes are dropped) and reports
// anything exotic as errUnrecognised.
type xmlScanner struct {
	r   *bufio.Reader
	tag []byte // the current tag, between '<' and '>'
	own []byte // storage for a tag longer than the read buffer
	// Parsed from tag.
	name      []byte // local name
	end       bool   // </name>
	selfClose bool   // <name/>
	attrs     []byte // raw attribute text
	oversized bool   // the last text read was cut at MaxCellBytes
	first     bool   // nothing read yet: the XML declaration may follow
}

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: bufio.NewReaderSize(r, 64<<10), first: true}
}

// nextTag skips text up to the next element tag and reads it.
func (x *xmlScanner) nextTag() error {
	for {
		if _, err := x.r.ReadSlice('<'); err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			return err
		}
		isTag, err := x.afterLT(nil)
		if err != nil {
			return err
		}
		if isTag {
			return nil
		}
	}
}

// afterLT handles what follows a '<': a comment, processing instruction or
// CDATA section is consumed (CDATA text appended to text when text is not
// nil) and false returned; an element tag is read into x.tag.
func (x *xmlScanner) afterLT(text *[]byte) (bool, error) {
	b, err := x.r.Peek(1)
	if err != nil {
		return false, errMalformed
	}
	switch b[0] {
	case '!':
		head, _ := x.r.Peek(9)
		switch {
		case bytes.HasPrefix(head, []byte("!--")):
			return false, x.skipUntil([]byte("-->"), nil)
		case bytes.HasPrefix(head, []byte("![CDATA[")):
			_, _ = x.r.Discard(8)
			var raw []byte
			if err := x.skipUntil([]byte("]]>"), &raw); err != nil {
				return false, err
			}
			if text != nil {
				*text = append(*text, bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))...)
			}
			return false, nil
		}
		return false, errUnrecognised // DOCTYPE and friends
	case '?':
		var pi []byte
		if err := x.skipUntil([]byte("?>"), &pi); err != nil {
			return false, err
		}
		if x.first && bytes.HasPrefix(pi, []byte("?xml")) {
			if enc := attrValue(pi, "encoding"); enc != nil && !bytes.EqualFold(enc, []byte("utf-8")) {
				return false, errUnrecognised
			}
		}
		x.first = false
		return false, nil
	}
	x.first = false
	return true, x.readTag()
}

// skipUntil consumes input through marker; what comes before it is
// appended to keep when keep is not nil.
func (x *xmlScanner) skipUntil(marker []byte, keep *[]byte) error {
	var tail []byte
	last := marker[len(marker)-1]
	for {
		chunk, err := x.r.ReadSlice(last)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return errMalformed
		}
		tail = append(tail, chunk...)
		if len(tail) > maxTagBytes && keep == nil {
			tail = append(tail[:0], tail[len(tail)-len(marker):]...)
		}
		if err == nil && bytes.HasSuffix(tail, marker) {
			if keep != nil {
				*keep = append(*keep, tail[:len(tail)-len(marker)]...)
			}
			return nil
		}
		if keep != nil && len(tail) > MaxCellBytes+maxTagBytes {
			return errUnrecognised
		}
	}
}

// readTag reads up to the '>' that ends the tag (a '>' inside a quoted
// attribute value does not).
func (x *xmlScanner) readTag() error {
	chunk, err := x.r.ReadSlice('>')
	if err == nil && quotesBalanced(chunk) {
		// Nearly every tag: use it in place, valid until the next read.
		x.tag = chunk
	} else {
		x.tag = append(x.own[:0], chunk...)
		for err != nil || !quotesBalanced(x.tag) {
			if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
				return errMalformed
			}
			if chunk, err = x.r.ReadSlice('>'); err != nil && !errors.Is(err, bufio.ErrBufferFull) {
				return errMalformed
			}
			x.tag = append(x.tag, chunk...)
			if len(x.tag) > maxTagBytes {
				return errMalformed
			}
		}
		x.own = x.tag
	}
	t := x.tag[:len(x.tag)-1]
	x.end, x.selfClose = false, false
	if len(t) > 0 && t[0] == '/' {
		x.end, t = true, t[1:]
	}
	if len(t) > 0 && t[len(t)-1] == '/' {
		x.selfClose, t = true, t[:len(t)-1]
	}
	n := 0
	for n < len(t) && t[n] != ' ' && t[n] != '\t' && t[n] != '\r' && t[n] != '\n' {
		n++
	}
	x.name, x.attrs = t[:n], t[n:]
	if i := bytes.IndexByte(x.name, ':'); i >= 0 {
		x.name = x.name[i+1:]
	}
	if len(x.name) == 0 {
		return errMalformed
	}
	return nil
}

func quotesBalanced(b []byte) bool {
	if bytes.IndexByte(b, '"') < 0 && bytes.IndexByte(b, '\'') < 0 {
		return true
	}
	var q byte
	for _, c := range b {
		switch {
		case q == 0 && (c == '"' || c == '\''):
			q = c
		case c == q:
			q = 0
		}
	}
	return q == 0
}

func (x *xmlScanner) is(name string) bool { return string(x.name) == name }

// attr returns a raw attribute value of the current tag (nil when absent).
func (x *xmlScanner) attr(name string) []byte { return attrValue(x.attrs, name) }

// attrValue finds name="value" (any prefix, either quote) in raw attributes.
func attrValue(attrs []byte, name string) []byte {
	for i := 0; i < len(attrs); {
		for i < len(attrs) && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\r' || attrs[i] == '\n') {
			i++
		}
		eq := bytes.IndexByte(attrs[i:], '=')
		if eq < 0 {
			return nil
		}
		key := bytes.TrimSpace(attrs[i : i+eq])
		if c := bytes.IndexByte(key, ':'); c >= 0 {
			key = key[c+1:]
		}
		j := i + eq + 1
		for j < len(attrs) && (attrs[j] == ' ' || attrs[j] == '\t' || attrs[j] == '\r' || attrs[j] == '\n') {
			j++
		}
		if j >= len(attrs) || (attrs[j] != '"' && attrs[j] != '\'') {
			return nil
		}
		end := bytes.IndexByte(attrs[j+1:], attrs[j])
		if end < 0 {
			return nil
		}
		if string(key) == name {
			return attrs[j+1 : j+1+end]
		}
		i = j + 1 + end + 1
	}
	return nil
}

// readText appends the character data up to the next element tag to dst,
// decoded as Go's XML reader does (entities resolved, CR LF and lone CR
// read as LF), and reads that tag. Text beyond MaxCellBytes is dropped and
// flagged in x.oversized.
func (x *xmlScanner) readText(dst []byte) ([]byte, error) {
	x.oversized = false
	start := len(dst)
	for {
		chunk, err := x.r.ReadSlice('<')
		full := errors.Is(err, bufio.ErrBufferFull)
		if err != nil && !full {
			return dst, errMalformed
		}
		if !full {
			chunk = chunk[:len(chunk)-1]
		}
		if dst, err = x.appendText(dst, chunk, start, full); err != nil {
			return dst, err
		}
		if full {
			continue
		}
		isTag, err := x.afterLT(&dst)
		if err != nil {
			return dst, err
		}
		if isTag {
			return dst, checkText(dst[start:])
		}
	}
}

// appendText decodes one run of character data. A run cut by a full
// buffer may end inside an entity or a CR LF pair: the unfinished tail is
// pushed back by re-reading, which bufio cannot do, so such a file is left
// to the general reader.
func (x *xmlScanner) appendText(dst, chunk []byte, start int, partial bool) ([]byte, error) {
	if bytes.IndexByte(chunk, '&') < 0 && bytes.IndexByte(chunk, '\r') < 0 {
		return x.capped(dst, chunk, start), nil
	}
	if partial {
		if i := bytes.LastIndexByte(chunk, '&'); i >= 0 && bytes.IndexByte(chunk[i:], ';') < 0 {
			return dst, errUnrecognised
		}
		if chunk[len(chunk)-1] == '\r' {
			return dst, errUnrecognised
		}
	}
	for i := 0; i < len(chunk); i++ {
		c := chunk[i]
		switch c {
		case '\r':
			dst = x.capped(dst, []byte{'\n'}, start)
			if i+1 < len(chunk) && chunk[i+1] == '\n' {
				i++
			}
		case '&':
			semi := bytes.IndexByte(chunk[i:], ';')
			if semi < 0 {
				return dst, errMalformed
			}
			r, ok := entity(chunk[i+1 : i+semi])
			if !ok {
				return dst, errUnrecognised
			}
			var tmp [4]byte
			dst = x.capped(dst, tmp[:utf8.EncodeRune(tmp[:], r)], start)
			i += semi
		default:
			dst = x.capped(dst, chunk[i:i+1], start)
		}
	}
	return dst, nil
}

func (x *xmlScanner) capped(dst, b []byte, start int) []byte {
	room := MaxCellBytes - (len(dst) - start)
	if len(b) > room {
		x.oversized = true
		b = b[:max(room, 0)]
	}
	return append(dst, b...)
}

func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	if err != nil || !xmlChar(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// checkText refuses text that is not UTF-8 or holds characters XML does
// not allow (Go's XML reader rejects both).
func checkText(b []byte) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return errMalformed
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || !xmlChar(r) {
			return errMalformed
		}
		i += size
	}
	return nil
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// skipElement consumes the rest of the element whose start tag was just
// read, nested elements included.
func (x *xmlScanner) skipElement() error {
	if x.selfClose {
		return nil
	}
	for depth := 1; depth > 0; {
		if err := x.nextTag(); err != nil {
			return errMalformed
		}
		switch {
		case x.end:
			depth--
		case !x.selfClose:
			depth++
		}
	}
	return nil
}
