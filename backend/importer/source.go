package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"afterloop/backend/apperr"
)

// rowSource yields a file's rows as cells, header included.
type rowSource interface {
	next() bool
	cells() []string
	rowNumber() int             // 1-based row in the file, as a spreadsheet app numbers it
	damage() string             // why the current row cannot be trusted, "" when fine
	err() error                 // a file-level read error after next returned false
	estimate(rowsSoFar int) int // expected data rows, for progress (0 = unknown)
	close() error
}

// Magic numbers of files people pick by mistake.
var (
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	notSheet = [][]byte{[]byte("\x89PNG"), {0xFF, 0xD8, 0xFF}, []byte("GIF8"), []byte("%PDF"), {0x1F, 0x8B},
		[]byte("Rar!"), []byte("7z\xBC\xAF")}
)

// fileKind words the refusals for one kind of file: what was expected and
// where to get it.
type fileKind struct {
	expected string // "an order or return export"
	hint     string // how to get the right file
}

// orderFiles are the order importer's files.
var orderFiles = fileKind{
	expected: "an order or return export",
	hint:     "In Seller Center open Orders (or Returns), choose Export, and import the .xlsx or .csv file it downloads.",
}

// openSource checks what the file really is and opens a reader for it.
// Every refusal is an apperr that says what was expected.
func openSource(path string) (rowSource, error) { return openSourceFor(path, orderFiles) }

func openSourceFor(path string, kind fileKind) (rowSource, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, apperr.Newf(apperr.CodeNotFound, "%s no longer exists. Choose the file again.", name).With("file", name)
		}
		return nil, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot open %s: %v", name, err)).With("file", name)
	}
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		f.Close()
		return nil, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot read %s.", name)).With("file", name)
	}
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	ext := strings.ToLower(filepath.Ext(name))
	if err := checkKind(name, ext, head, kind); err != nil {
		f.Close()
		return nil, err
	}
	if bytes.HasPrefix(head, magicZip) {
		f.Close()
		return openXLSX(path, name)
	}
	size := int64(0)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return &csvSource{f: f, r: newCSVReader(f), name: name, bytes: size}, nil
}

// checkKind refuses files that are not spreadsheets before any parsing.
func checkKind(name, ext string, head []byte, kind fileKind) error {
	unsupported := func(msg string) error {
		return apperr.New(apperr.CodeUnsupported, msg).With("file", name).With("hint", kind.hint)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}))) == 0 {
		return unsupported(fmt.Sprintf("%s is empty. Expected %s with a header row.", name, kind.expected))
	}
	switch {
	case bytes.HasPrefix(head, magicOLE):
		if bytes.Contains(head, utf16("EncryptionInfo")) || bytes.Contains(head, utf16("EncryptedPackage")) {
			return unsupported(fmt.Sprintf("%s is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and import it again.", name))
		}
		return unsupported(fmt.Sprintf("%s is an old Excel 97-2003 workbook. Save it as .xlsx (Excel Workbook) or .csv and import that.", name))
	case bytes.HasPrefix(head, magicZip):
		if ext != ".xlsx" && ext != ".xlsm" {
			return unsupported(fmt.Sprintf("%s is not a spreadsheet Afterloop can read. Expected an .xlsx or .csv export.", name))
		}
		return nil
	}
	for _, m := range notSheet {
		if bytes.HasPrefix(head, m) {
			return unsupported(fmt.Sprintf("%s is not a spreadsheet (it looks like an image, PDF or archive). Expected an .xlsx or .csv export.", name))
		}
	}
	if ext == ".xlsx" || ext == ".xlsm" {
		// Text saved with an .xlsx name: read it as CSV if it is CSV.
		if !looksLikeText(head) {
			return unsupported(fmt.Sprintf("%s is not a valid Excel file. Expected an .xlsx or .csv export.", name))
		}
		return nil
	}
	if ext != ".csv" && ext != ".tsv" {
		return unsupported(fmt.Sprintf("%s is not a spreadsheet Afterloop can read. Expected an .xlsx or .csv export.", name))
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return unsupported(fmt.Sprintf("%s is saved as UTF-16 text. Save it as \"CSV UTF-8\" and import that.", name))
	}
	if !looksLikeText(head) {
		return unsupported(fmt.Sprintf("%s is not a text CSV file. Expected an .xlsx or .csv export.", name))
	}
	return nil
}

// looksLikeText accepts UTF-8 text with at most a sprinkle of control bytes
// (NUL and friends are cleaned from cells later).
func looksLikeText(head []byte) bool {
	valid := head
	// The window may end inside a multi-byte character.
	for i := 0; i < 3 && len(valid) > 0 && !utf8.Valid(valid); i++ {
		valid = valid[:len(valid)-1]
	}
	if !utf8.Valid(valid) {
		return false
	}
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' {
			control++
		}
	}
	return control*100 <= len(head)
}

func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// csvSource adapts csvReader to rowSource.
type csvSource struct {
	f     *os.File
	r     *csvReader
	name  string
	bytes int64
}

func (s *csvSource) next() bool      { return s.r.next() }
func (s *csvSource) cells() []string { return s.r.cells }
func (s *csvSource) rowNumber() int  { return s.r.row }
func (s *csvSource) err() error {
	if s.r.err != nil {
		return readError(s.name, s.r.err)
	}
	return nil
}

// estimate extrapolates from the share of the file read so far.
func (s *csvSource) estimate(rowsSoFar int) int {
	if s.r.consumed == 0 {
		return 0
	}
	return int(int64(rowsSoFar) * s.bytes / s.r.consumed)
}
func (s *csvSource) close() error { return s.f.Close() }
func (s *csvSource) damage() string {
	switch {
	case s.r.oversized:
		return fmt.Sprintf("A cell is larger than %d MB; the row was skipped.", maxCellBytes>>20)
	case s.r.unterminated:
		return "A quoted cell is never closed (the file may be cut off); the row was skipped."
	}
	return ""
}
