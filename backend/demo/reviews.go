package demo

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"time"
)

// File names of the demo's reviews export and comment log, in the formats
// of the reviews and comments imports.
const (
	ReviewsFileName  = "demo_reviews.csv"
	CommentsFileName = "demo_comments.csv"
)

var (
	praise = []string{
		"Love it", "Exactly as pictured", "Great quality for the price, would buy again",
		"Arrived quickly and works perfectly. The packaging was lovely too and my daughter already asked for one",
		"Really happy with this, the color is gorgeous in person and it feels well made",
		"Good", "Nice", "Does the job", "Five stars, fast shipping",
		"I was unsure after reading some comments but it is honestly great and I use it every single day now",
	}
	meh = []string{
		"It's okay, a bit smaller than I expected", "Fine for the price", "Took a while to arrive but it works",
		"Decent, though the instructions could be clearer for first time users",
	}
	complaints = map[string][]string{
		"Damaged item":  {"Arrived leaking, half the bottle was gone", "The pump was broken when it arrived and it made a mess of the box"},
		"Defective":     {"Started flickering after a week, very disappointed", "Flickers constantly, not worth it"},
		"Missing parts": {"No wall adapter in the box so I could not even use it", "Missing the cable, had to buy one"},
	}
)

// writeReviews writes about one review for every four delivered lines,
// posted 3 to 14 days after delivery: mostly happy, with the planted defects
// dragging their SKUs' ratings down while unfixed.
func writeReviews(path string, e *env, orders []*order) error {
	r := e.rng(4)
	type review struct {
		o      *order
		l      *line
		rating int
		text   string
		at     time.Time
	}
	var out []review
	for _, o := range orders {
		if o.delivered.IsZero() {
			continue
		}
		for i := range o.lines {
			l := &o.lines[i]
			if r.IntN(4) != 0 {
				continue
			}
			at := o.delivered.Add(time.Duration(72+r.IntN(11*24)) * time.Hour)
			if at.After(e.now) {
				continue
			}
			rv := review{o: o, l: l, at: at}
			d := l.product.Defect
			switch u := r.Float64(); {
			case d != nil && (d.FixedDaysAgo == 0 || o.created.Before(e.now.AddDate(0, 0, -d.FixedDaysAgo))) && u < 0.25:
				rv.rating, rv.text = 1+r.IntN(2), pick(r, complaints[d.Reason])
			case u < 0.12:
				rv.rating, rv.text = 3, pick(r, meh)
			case u < 0.16:
				rv.rating, rv.text = 2, pick(r, meh)
			default:
				rv.rating, rv.text = 4+r.IntN(2), pick(r, praise)
			}
			out = append(out, rv)
		}
	}
	slices.SortFunc(out, func(a, b review) int { return a.at.Compare(b.at) })
	return writeCSV(path, []string{"Order ID", "Seller SKU", "SKU ID", "Rating", "Review Text", "Review Time"}, len(out), func(i int) []string {
		v := out[i]
		return []string{strconv.FormatInt(v.o.id, 10), v.l.product.SellerSKU, v.l.product.SKUID, strconv.Itoa(v.rating), v.text,
			v.at.In(e.loc).Format("2006-01-02 15:04:05")}
	})
}

var (
	videos        = []string{"Mushroom lamp night routine", "Desk setup with the 3-in-1 stand", "Glow serum 30-day test", "Cozy joggers try-on", "Candle unboxing"}
	happyComments = []string{"need this!!", "where can I get it?", "obsessed with the color", "just ordered one", "mine came yesterday, love it", "so cute"}
	sadComments   = map[int][]string{
		0: {"mine flickers after like 15 min", "the dimmer makes mine flicker too", "flickering non stop, sent it back"},
		1: {"no plug in my box either", "mine came without the cable??", "missing the adapter, still waiting"},
		2: {"my bottle leaked in the mail", "pump broke on day one"},
	}
)

// writeComments writes a comment log for the last eight weeks: mostly
// friendly, with negative comments naming the lamp's flicker and the stand's
// missing adapter clustering in the last four weeks.
func writeComments(path string, e *env) error {
	r := e.rng(5)
	type comment struct {
		video, author, text string
		at                  time.Time
		negative            bool
	}
	var out []comment
	for day := 56; day >= 0; day-- {
		for n := 1 + r.IntN(4); n > 0; n-- {
			v := r.IntN(len(videos))
			c := comment{video: videos[v], author: handle(r), at: e.now.AddDate(0, 0, -day).Add(-time.Duration(r.IntN(20*3600)) * time.Second)}
			sad, ok := sadComments[v]
			if ok && (day < 28 || v == 2) && r.IntN(2) == 0 {
				c.text, c.negative = pick(r, sad), true
			} else {
				c.text = pick(r, happyComments)
			}
			if c.at.Before(e.now) {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b comment) int { return a.at.Compare(b.at) })
	return writeCSV(path, []string{"Video", "Author", "Text", "Posted At", "Negative"}, len(out), func(i int) []string {
		c := out[i]
		neg := "no"
		if c.negative {
			neg = "yes"
		}
		return []string{c.video, c.author, c.text, c.at.In(e.loc).Format("2006-01-02 15:04:05"), neg}
	})
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func writeCSV(path string, header []string, n int, row func(int) []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	w := csv.NewWriter(f)
	_ = w.Write(header)
	for i := 0; i < n; i++ {
		_ = w.Write(row(i))
	}
	w.Flush()
	if err := w.Error(); err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return fmt.Errorf("demo: write %s: %w", path, err)
	}
	return f.Close()
}
