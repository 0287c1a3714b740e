package tabular

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"afterloop/backend/apperr"
)

// maxOtherPartsTotal bounds everything but the worksheets together, so a
// workbook of many parts just under the per-part limit is refused too.
const maxOtherPartsTotal = 4 * MaxOtherPartBytes

// sheetRef is one worksheet as the workbook lists it.
type sheetRef struct {
	name string
	part string // path of its XML in the zip
}

// structure is what the fast reader needs from a workbook's small parts.
type structure struct {
	sheets []sheetRef
	active int    // index in sheets of the sheet the workbook opens on
	sst    string // path of the shared strings part, "" when absent
}

// checkParts refuses a workbook whose parts would inflate beyond the limits,
// from the sizes its zip directory declares; the readers count again while
// inflating, since a directory can lie.
func checkParts(zr *zip.Reader, name string) error {
	var others uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if isWorksheetPart(f.Name) {
			if size > MaxSheetPartBytes {
				return partTooLarge(name, f.Name, size, MaxSheetPartBytes)
			}
			continue
		}
		if size > MaxOtherPartBytes {
			return partTooLarge(name, f.Name, size, MaxOtherPartBytes)
		}
		if others += size; others > maxOtherPartsTotal {
			return partTooLarge(name, "its other parts together", others, maxOtherPartsTotal)
		}
	}
	return nil
}

func isWorksheetPart(name string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimPrefix(name, "/")), "xl/worksheets/")
}

func partTooLarge(name, part string, size uint64, limit int64) error {
	return refuse(name, 0, "limit_part_size", fmt.Sprintf("%s is not an export Afterloop can read safely: %s would take %s once unpacked (the limit is %s). The file is damaged or was built to exhaust memory.",
		name, part, megabytes(size), megabytes(uint64(limit))))
}

func megabytes(n uint64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
}

// limitedPart inflates a zip entry and fails once more than limit bytes
// come out, whatever its header says.
type limitedPart struct {
	rc    io.ReadCloser
	left  int64
	limit int64
	file  string
	part  string
}

func openPart(f *zip.File, limit int64, file string) (*limitedPart, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &limitedPart{rc: rc, left: limit, limit: limit, file: file, part: f.Name}, nil
}

func (l *limitedPart) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, partTooLarge(l.file, l.part, uint64(l.limit)+1, l.limit)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	return n, err
}

func (l *limitedPart) Close() error { return l.rc.Close() }

// findPart finds a zip entry by name, ignoring case and a leading slash as
// Office does.
func findPart(zr *zip.Reader, name string) *zip.File {
	name = strings.TrimPrefix(name, "/")
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/"), name) {
			return f
		}
	}
	return nil
}

// readSmallPart unmarshals a workbook part no bigger than MaxOtherPartBytes.
func readSmallPart(zr *zip.Reader, name, file string, into any) error {
	f := findPart(zr, name)
	if f == nil {
		return errUnrecognised
	}
	part, err := openPart(f, MaxOtherPartBytes, file)
	if err != nil {
		return err
	}
	defer func() { _ = part.Close() }() // read only, or already written and checked: closing loses nothing
	return xml.NewDecoder(part).Decode(into)
}

type xmlRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type xmlWorkbook struct {
	XMLName xml.Name
	Views   []struct {
		ActiveTab int `xml:"activeTab,attr"`
	} `xml:"bookViews>workbookView"`
	Sheets []struct {
		Name    string `xml:"name,attr"`
		SheetID int    `xml:"sheetId,attr"`
		RelID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// readStructure reads the sheet list from a workbook laid out the way
// Excel, LibreOffice, Google Sheets and excelize write it. Anything else
// (strict OOXML, a workbook elsewhere than xl/workbook.xml) is left to the
// general reader.
func readStructure(zr *zip.Reader, file string) (*structure, error) {
	var root xmlRels
	if err := readSmallPart(zr, "_rels/.rels", file, &root); err != nil {
		return nil, err
	}
	workbookPath := ""
	for _, r := range root.Rels {
		if r.Type == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" {
			workbookPath = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	if workbookPath != "xl/workbook.xml" {
		return nil, errUnrecognised
	}
	var wb xmlWorkbook
	if err := readSmallPart(zr, workbookPath, file, &wb); err != nil {
		return nil, err
	}
	if wb.XMLName.Space != "http://schemas.openxmlformats.org/spreadsheetml/2006/main" || len(wb.Sheets) == 0 {
		return nil, errUnrecognised
	}
	var rels xmlRels
	if err := readSmallPart(zr, "xl/_rels/workbook.xml.rels", file, &rels); err != nil {
		return nil, err
	}
	st := &structure{}
	for _, s := range wb.Sheets {
		target := ""
		for _, r := range rels.Rels {
			if r.ID == s.RelID {
				target = r.Target
				break
			}
		}
		if target == "" {
			return nil, errUnrecognised
		}
		part := path.Clean("xl/" + target)
		if strings.HasPrefix(target, "/") {
			part = strings.TrimPrefix(path.Clean(target), "/")
		}
		if findPart(zr, part) == nil {
			return nil, errUnrecognised
		}
		st.sheets = append(st.sheets, sheetRef{name: s.Name, part: part})
	}
	// The workbook opens on the tab its first view names.
	if len(wb.Views) > 0 && wb.Views[0].ActiveTab < len(wb.Sheets) && wb.Views[0].ActiveTab >= 0 && wb.Sheets[wb.Views[0].ActiveTab].SheetID != 0 {
		st.active = wb.Views[0].ActiveTab
	}
	if f := findPart(zr, "xl/sharedStrings.xml"); f != nil {
		st.sst = f.Name
	}
	return st, nil
}

// sharedStrings is the shared strings table in two allocations: all the
// text back to back and where each string ends, so that a table of many
// tiny strings costs 4 bytes per string rather than a string header each.
// A cell's text is a substring of all: reading it allocates nothing.
type sharedStrings struct {
	all  string
	ends []uint32
}

func (t *sharedStrings) len() int { return len(t.ends) }

func (t *sharedStrings) get(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.all[start:t.ends[i]]
}

// readSharedStrings loads the shared strings table. A string over the cell
// limit keeps one byte more than the limit, so the row that uses it is
// reported as damaged.
func readSharedStrings(zr *zip.Reader, name, file string) (*sharedStrings, error) {
	if name == "" {
		return &sharedStrings{}, nil
	}
	part, err := openPart(findPart(zr, name), MaxOtherPartBytes, file)
	if err != nil {
		return nil, err
	}
	defer func() { _ = part.Close() }() // read only, or already written and checked: closing loses nothing
	x := newXMLScanner(part)
	var all []byte
	var ends []uint32
	var buf []byte
	for {
		if err := x.nextTag(); err != nil {
			if errors.Is(err, io.EOF) {
				return &sharedStrings{all: string(all), ends: ends}, nil
			}
			return nil, err
		}
		if !x.is("si") || x.end {
			continue
		}
		if !x.selfClose {
			oversized := false
			s, err := readStringItem(x, "si", &buf, &oversized)
			if err != nil {
				return nil, err
			}
			all = append(all, s...)
			if oversized {
				all = append(all, '.')
			}
		}
		ends = append(ends, uint32(len(all)))
	}
}

// xlsxOpenError words a workbook that cannot be opened at all.
func xlsxOpenError(name string, err error) error {
	var appErr *apperr.Error
	if errors.As(err, &appErr) {
		return appErr
	}
	return apperr.Wrap(apperr.CodeUnsupported, err, fmt.Sprintf("%s is damaged or incomplete and cannot be read (it may have been cut off while downloading or copying). Export it again from Seller Center and import the new file.", name)).With("file", name)
}
