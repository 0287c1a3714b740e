package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// layout says what a file is and which column feeds which field.
type layout struct {
	kind, platform string
	headers        []string // as written in the file, cleaned
	col            [numFields]int
	known          bool // a built-in export layout matched
	remembered     bool // a saved mapping was applied
	mapped         bool // the user (now or earlier) chose columns
	headerRow      int  // physical row of the headers (1 for every export seen so far)
}

// has reports whether the field is mapped to a column.
func (l *layout) has(f field) bool { return l.col[f] >= 0 }

// header names the column a field comes from, for row errors.
func (l *layout) header(f field) string {
	if l.col[f] < 0 {
		return fieldInfo[f].label
	}
	return l.headers[l.col[f]]
}

// headerSignature identifies a header row for remembered mappings.
func headerSignature(headers []string) string {
	normalized := make([]string, len(headers))
	for i, h := range headers {
		normalized[i] = normalizeHeader(h)
	}
	sum := sha256.Sum256([]byte(strings.Join(normalized, "\x1f")))
	return hex.EncodeToString(sum[:])
}

// detectExport recognizes the built-in layouts from their headers.
func detectExport(normalized map[string]bool) (kind, platform string, dict map[string]field) {
	switch {
	case normalized["return order id"]:
		return domain.KindReturns, domain.PlatformTikTok, tiktokReturnHeaders
	case normalized["name"] && (normalized["lineitem name"] || normalized["lineitem quantity"]):
		return domain.KindOrders, domain.PlatformShopify, shopifyOrderHeaders
	case normalized["order id"] || normalized["注文id"]:
		return domain.KindOrders, domain.PlatformTikTok, tiktokOrderHeaders
	}
	return "", "", nil
}

// resolveLayout combines detection, a remembered mapping and the user's
// options. missing lists required fields without a column; the caller decides
// whether that is an error (import) or a question for the user (preview).
func resolveLayout(headers []string, opts Options, saved *store.ColumnMapping) (*layout, []field, error) {
	l := &layout{headers: headers, headerRow: 1}
	for i := range l.col {
		l.col[i] = -1
	}
	normalized := make(map[string]bool, len(headers))
	for _, h := range headers {
		normalized[normalizeHeader(h)] = true
	}
	kind, platform, dict := detectExport(normalized)
	l.known = dict != nil
	if l.known && opts.Kind != "" && opts.Kind != kind {
		return nil, nil, apperr.Newf(apperr.CodeInvalidInput, "This file looks like a %s %s export, not %s.",
			platformLabel(platform), kind, opts.Kind).With("hint", "Choose the matching import type or leave it on automatic.")
	}
	mapping := opts.Mapping
	if len(mapping) == 0 && saved != nil {
		mapping, l.remembered = saved.Mapping, true
		if kind == "" {
			kind, platform = saved.Kind, saved.Platform
		}
	}
	if kind == "" {
		kind = opts.Kind
	}
	if kind == "" {
		kind = domain.KindOrders
	}
	if _, ok := kindFields[kind]; !ok {
		return nil, nil, apperr.Newf(apperr.CodeInvalidInput, "Unknown import type %q: choose orders or returns.", kind)
	}
	if p := opts.Platform; p != "" && p != "auto" && !l.known {
		platform = p
	}
	if platform == "" {
		platform = domain.PlatformOther
	}
	l.kind, l.platform = kind, platform
	for i, h := range headers {
		if f, ok := dict[normalizeHeader(h)]; ok && l.col[f] < 0 {
			l.col[f] = i
		}
	}
	l.mapped = len(mapping) > 0
	if err := l.applyMapping(mapping); err != nil {
		return nil, nil, err
	}
	var missing []field
	for _, f := range kindFields[kind].required {
		if !l.has(f) {
			missing = append(missing, f)
		}
	}
	return l, missing, nil
}

// applyMapping overlays field -> header choices; an empty header unmaps.
func (l *layout) applyMapping(mapping map[string]string) error {
	for name, header := range mapping {
		f, ok := fieldByName(name)
		if !ok {
			return apperr.Newf(apperr.CodeInvalidInput, "Unknown field %q in the column mapping.", name)
		}
		if header == "" {
			l.col[f] = -1
			continue
		}
		l.col[f] = -1
		want := normalizeHeader(header)
		for i, h := range l.headers {
			if h == header || normalizeHeader(h) == want {
				l.col[f] = i
				break
			}
		}
		if l.col[f] < 0 {
			return apperr.Newf(apperr.CodeInvalidInput, "The mapping uses a column %q that this file does not have.", header).
				With("column", header)
		}
	}
	return nil
}

// missingColumnsError explains what the importer expected to find.
func missingColumnsError(fileName string, l *layout, missing []field) *apperr.Error {
	first := fieldInfo[missing[0]].label
	if l.kind == domain.KindReturns && missing[0] == fReturnID {
		first = "Return Order ID"
	}
	expected := "Expected a TikTok Shop or Shopify order export, or map the columns yourself."
	if l.kind == domain.KindReturns {
		expected = "Expected a TikTok Shop returns export, or map the columns yourself."
	}
	// Nothing recognized and nothing mapped: the file is not what we read.
	// A mapping that misses a required field is the user's input to fix.
	code := apperr.CodeUnsupported
	if l.mapped {
		code = apperr.CodeInvalidInput
	}
	return apperr.Newf(code, "No %s column found in %s. %s", first, fileName, expected).
		With("file", fileName).With("column", first)
}

// fieldMappings lists the kind's fields for the mapping screen.
func (l *layout) fieldMappings() []FieldMapping {
	spec := kindFields[l.kind]
	required := map[field]bool{}
	for _, f := range spec.required {
		required[f] = true
	}
	out := make([]FieldMapping, 0, len(spec.fields))
	for _, f := range spec.fields {
		m := FieldMapping{Field: fieldInfo[f].name, Label: fieldInfo[f].label, Required: required[f]}
		if l.has(f) {
			m.Header = l.headers[l.col[f]]
		}
		out = append(out, m)
	}
	return out
}

func platformLabel(platform string) string {
	switch platform {
	case domain.PlatformTikTok:
		return "TikTok Shop"
	case domain.PlatformShopify:
		return "Shopify"
	}
	return "spreadsheet"
}

// describeMissing is used in previews, where missing columns are a question.
func describeMissing(l *layout, missing []field) string {
	names := make([]string, len(missing))
	for i, f := range missing {
		names[i] = fieldInfo[f].label
	}
	return fmt.Sprintf("Choose the column for: %s.", strings.Join(names, ", "))
}
