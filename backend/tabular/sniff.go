package tabular

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"afterloop/backend/apperr"
)

const (
	formatXLSX = "xlsx"
	formatText = "text"
	headBytes  = 64 << 10
)

// Magic numbers of files people pick by mistake.
var (
	magicZip = []byte("PK\x03\x04")
	magicOLE = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	notSheet = [][]byte{[]byte("\x89PNG"), {0xFF, 0xD8, 0xFF}, []byte("GIF8"), []byte("%PDF"), {0x1F, 0x8B},
		[]byte("Rar!"), []byte("7z\xBC\xAF")}
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// readHead reads the first 64 KB and rewinds.
func readHead(f *os.File) ([]byte, error) {
	head := make([]byte, headBytes)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return head[:n], nil
}

// sniff refuses files that are not spreadsheets before any parsing and
// says which reader takes the rest.
func sniff(name string, head []byte, opts Options) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	unsupported := func(msg string) error {
		return apperr.New(apperr.CodeUnsupported, msg).With("file", name).With("hint", opts.Hint)
	}
	if isBlank(head) {
		return "", unsupported(fmt.Sprintf("%s is empty. Expected %s with a header row.", name, opts.Expected))
	}
	switch {
	case bytes.HasPrefix(head, magicOLE):
		if bytes.Contains(head, utf16LE("EncryptionInfo")) || bytes.Contains(head, utf16LE("EncryptedPackage")) {
			return "", unsupported(fmt.Sprintf("%s is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save, and import it again.", name))
		}
		return "", unsupported(fmt.Sprintf("%s is an old Excel 97-2003 workbook. Save it as .xlsx (Excel Workbook) or .csv and import that.", name))
	case bytes.HasPrefix(head, magicZip):
		if ext != ".xlsx" && ext != ".xlsm" {
			return "", unsupported(fmt.Sprintf("%s is not a spreadsheet Afterloop can read. Expected an .xlsx or .csv export.", name))
		}
		return formatXLSX, nil
	}
	for _, m := range notSheet {
		if bytes.HasPrefix(head, m) {
			return "", unsupported(fmt.Sprintf("%s is not a spreadsheet (it looks like an image, PDF or archive). Expected an .xlsx or .csv export.", name))
		}
	}
	switch ext {
	case ".xlsx", ".xlsm":
		// Text saved with an .xlsx name: read it as CSV if it is text.
		if textEncoding(head) == "" {
			return "", unsupported(fmt.Sprintf("%s is not a valid Excel file. Expected an .xlsx or .csv export.", name))
		}
	case ".csv", ".tsv":
	case ".txt":
		// Only Excel's "Unicode text" and "Text (Tab delimited)": a .txt
		// file is otherwise a note, not a table.
		if !bytes.HasPrefix(head, bomUTF16LE) && !bytes.HasPrefix(head, bomUTF16BE) && !firstLineHasTab(head) {
			return "", unsupported(fmt.Sprintf("%s is not a spreadsheet Afterloop can read. Expected an .xlsx or .csv export.", name))
		}
	default:
		return "", unsupported(fmt.Sprintf("%s is not a spreadsheet Afterloop can read. Expected an .xlsx or .csv export.", name))
	}
	switch textEncoding(head) {
	case "":
		if looksLikeBOMlessUTF16(head) {
			return "", unsupported(fmt.Sprintf("%s is saved as UTF-16 text without a byte-order mark, so its characters cannot be told apart safely. Save it as \"CSV UTF-8\" (or Excel's \"Unicode Text\") and import that.", name))
		}
		return "", unsupported(fmt.Sprintf("%s is not a text CSV file. Expected an .xlsx or .csv export.", name))
	}
	return formatText, nil
}

// isBlank is true for a file with nothing but a BOM and white space.
func isBlank(head []byte) bool {
	for _, bom := range [][]byte{bomUTF8, bomUTF16LE, bomUTF16BE} {
		if bytes.HasPrefix(head, bom) {
			head = head[len(bom):]
			break
		}
	}
	for _, b := range head {
		if b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n' {
			return false
		}
	}
	return true
}

// textEncoding names the encoding of a text file's start: "utf-8",
// "utf-16le" or "utf-16be" (from the byte-order mark), "" for bytes that
// are not text.
func textEncoding(head []byte) string {
	switch {
	case bytes.HasPrefix(head, bomUTF16LE):
		return "utf-16le"
	case bytes.HasPrefix(head, bomUTF16BE):
		return "utf-16be"
	}
	// Bytes that are not UTF-8 are left to the row reader, which names the
	// row that holds them; only control bytes mark a file as not text.
	head = bytes.TrimPrefix(head, bomUTF8)
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' {
			control++
		}
	}
	if control*100 > len(head) {
		return ""
	}
	return "utf-8"
}

// looksLikeBOMlessUTF16 spots text with a NUL in every other byte: UTF-16
// whose byte-order mark was lost.
func looksLikeBOMlessUTF16(head []byte) bool {
	if len(head) < 8 {
		return false
	}
	zeros := [2]int{}
	for i, b := range head {
		if b == 0 {
			zeros[i%2]++
		}
	}
	half := len(head) / 2
	return zeros[0]*10 > half*6 || zeros[1]*10 > half*6
}

func utf16LE(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

func firstLineHasTab(head []byte) bool {
	if i := bytes.IndexAny(head, "\r\n"); i >= 0 {
		head = head[:i]
	}
	return bytes.IndexByte(head, '\t') >= 0
}
