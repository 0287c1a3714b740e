package policy

import "testing"

// A typical delivery-day message.
const benchText = `Hi avalucky, your Everyday Organic Cotton Tee should be with you now. Did everything arrive in good shape?

To get started:
1. Wash inside out in cold water before the first wear
2. Tumble dry low or hang dry
3. Size up one for an oversized fit

If anything is missing, damaged or not working, message us here in TikTok chat with your order number and a photo, and we'll sort it out quickly.

We love seeing our products in real homes: if you ever feel like sharing an unboxing or setup video on TikTok, we'd be glad to see it.`

func BenchmarkCheck(b *testing.B) {
	ctx := Context{Purpose: PurposeReviewRequest, LinkAllowList: []string{"tiktok.com"}}
	for i := 0; i < b.N; i++ {
		Check(benchText, ctx)
	}
}
