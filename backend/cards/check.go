package cards

// EmptyFields lists the {{fields}} of the design's text that have no value
// for data's product, in the order they first appear on the front, then
// the back. The export dialog shows them per SKU before anything is written,
// so a "What's in the box" card never prints an empty checklist unnoticed.
func EmptyFields(d Design, data MergeData) []string {
	out := []string{}
	sides := []Side{d.Front}
	if d.Back != nil {
		sides = append(sides, *d.Back)
	}
	for _, side := range sides {
		for _, el := range side.Elements {
			if el.Type != "text" {
				continue
			}
			for _, f := range Merge(el.Text, data).Empty {
				out = appendOnce(out, f)
			}
		}
	}
	return out
}

// FieldLabel is the label the designer's insert menu uses for a field key.
func FieldLabel(key string) string {
	for _, f := range Fields {
		if f.Key == key {
			return f.Label
		}
	}
	return key
}
