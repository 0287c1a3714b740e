package tabular

import (
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Reader turns UTF-16 text (Excel's "Unicode text") into UTF-8 as it
// is read. A unit that is not part of a valid character comes out as the
// byte 0xFF, which is never valid UTF-8, so the row that holds it is
// refused like any other encoding damage instead of being silently changed.
type utf16Reader struct {
	src       io.Reader
	bigEndian bool
	in        []byte // undecoded bytes carried to the next read
	out       []byte // decoded bytes not yet returned
	buf       []byte
	err       error
}

func newUTF16Reader(src io.Reader, bigEndian bool) *utf16Reader {
	return &utf16Reader{src: src, bigEndian: bigEndian, buf: make([]byte, 32<<10)}
}

func (u *utf16Reader) unit(b []byte) uint16 {
	if u.bigEndian {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return uint16(b[1])<<8 | uint16(b[0])
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			if len(u.in) > 0 {
				// An odd trailing byte: half a character.
				u.in, u.out = nil, append(u.out, 0xFF)
				break
			}
			return 0, u.err
		}
		n, err := u.src.Read(u.buf)
		u.in = append(u.in, u.buf[:n]...)
		u.err = err
		u.decode(err != nil)
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

// decode converts whole characters from in to out; a high surrogate at the
// end waits for its partner unless the input is over.
func (u *utf16Reader) decode(final bool) {
	i := 0
	var tmp [4]byte
	for ; i+1 < len(u.in); i += 2 {
		c := u.unit(u.in[i:])
		switch {
		case utf16.IsSurrogate(rune(c)) && c < 0xDC00:
			if i+3 >= len(u.in) {
				if !final {
					u.in = append(u.in[:0], u.in[i:]...)
					return
				}
				u.out = append(u.out, 0xFF)
				continue
			}
			low := u.unit(u.in[i+2:])
			r := utf16.DecodeRune(rune(c), rune(low))
			if r == utf8.RuneError {
				u.out = append(u.out, 0xFF)
				continue
			}
			n := utf8.EncodeRune(tmp[:], r)
			u.out = append(u.out, tmp[:n]...)
			i += 2
		case utf16.IsSurrogate(rune(c)):
			u.out = append(u.out, 0xFF)
		default:
			n := utf8.EncodeRune(tmp[:], rune(c))
			u.out = append(u.out, tmp[:n]...)
		}
	}
	u.in = append(u.in[:0], u.in[i:]...)
}
