package demo

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The demo's reviews and comments carry the planted problems: the unfixed
// lamp rates lower than the shop, and the lamp's flicker and the stand's
// missing adapter each draw several negative comments in the last 4 weeks.
func TestReviewsAndCommentsCarryThePlantedProblems(t *testing.T) {
	files, _, _ := generateDefault(t)
	reviews := readTable(t, files.Reviews)
	if len(reviews.records) < 300 {
		t.Fatalf("%d reviews", len(reviews.records))
	}
	// The lamp is compared with the SKUs that carry no planted problem.
	planted := map[string]bool{}
	for _, p := range DefaultShop().Products {
		if p.Defect != nil && p.SellerSKU != "" && p.SellerSKU != "JP-LMP-MSH-AMB" {
			planted[p.SellerSKU] = true
		}
	}
	sum := map[bool][2]int{}
	for _, r := range reviews.records {
		n, err := strconv.Atoi(reviews.get(r, "Rating"))
		if err != nil || n < 1 || n > 5 {
			t.Fatalf("rating %q", reviews.get(r, "Rating"))
		}
		if planted[reviews.get(r, "Seller SKU")] {
			continue
		}
		lamp := reviews.get(r, "Seller SKU") == "JP-LMP-MSH-AMB"
		s := sum[lamp]
		sum[lamp] = [2]int{s[0] + n, s[1] + 1}
	}
	avg := func(s [2]int) float64 { return float64(s[0]) / float64(s[1]) }
	if avg(sum[true]) >= avg(sum[false])-0.3 {
		t.Fatalf("lamp %.2f vs shop %.2f", avg(sum[true]), avg(sum[false]))
	}
	comments := readTable(t, files.Comments)
	recent := map[string]int{}
	for _, c := range comments.records {
		at, err := time.Parse("2006-01-02 15:04:05", comments.get(c, "Posted At"))
		if err != nil {
			t.Fatal(err)
		}
		if comments.get(c, "Negative") == "yes" && testNow.Sub(at) < 28*24*time.Hour {
			text := comments.get(c, "Text")
			switch {
			case strings.Contains(text, "flicker"):
				recent["flicker"]++
			case strings.Contains(text, "plug") || strings.Contains(text, "cable") || strings.Contains(text, "adapter"):
				recent["missing"]++
			}
		}
	}
	if recent["flicker"] < 3 || recent["missing"] < 3 {
		t.Fatalf("recent negative comments %v", recent)
	}
}
