package importer

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"afterloop/backend/domain"
)

// orderStatusWords maps localized TikTok Shop order statuses (English,
// Japanese, Thai, Vietnamese, Indonesian, Portuguese), lower-cased and
// NFC-normalized, to the app's statuses.
var orderStatusWords = map[string]string{
	// English
	"unpaid": domain.StatusUnpaid, "awaiting payment": domain.StatusUnpaid, "pending": domain.StatusUnpaid,
	"on hold": domain.StatusAwaiting, "awaiting shipment": domain.StatusAwaiting, "to ship": domain.StatusAwaiting,
	"awaiting collection": domain.StatusAwaiting, "ready to ship": domain.StatusAwaiting, "processing": domain.StatusAwaiting,
	"partially shipping": domain.StatusShipped, "shipped": domain.StatusShipped, "in transit": domain.StatusShipped,
	"delivered": domain.StatusDelivered, "completed": domain.StatusCompleted,
	"cancelled": domain.StatusCancelled, "canceled": domain.StatusCancelled, "cancellation": domain.StatusCancelled,
	"returned": domain.StatusReturned, "refunded": domain.StatusReturned,
	// Japanese
	"未払い": domain.StatusUnpaid, "支払い待ち": domain.StatusUnpaid, "保留中": domain.StatusAwaiting,
	"未発送": domain.StatusAwaiting, "発送待ち": domain.StatusAwaiting, "集荷待ち": domain.StatusAwaiting,
	"発送済み": domain.StatusShipped, "配送中": domain.StatusShipped, "輸送中": domain.StatusShipped,
	"配達済み": domain.StatusDelivered, "配達完了": domain.StatusDelivered, "完了": domain.StatusCompleted,
	"キャンセル": domain.StatusCancelled, "キャンセル済み": domain.StatusCancelled, "返品済み": domain.StatusReturned,
	// Thai
	"ยังไม่ได้ชำระเงิน": domain.StatusUnpaid, "รอชำระเงิน": domain.StatusUnpaid, "ที่ต้องจัดส่ง": domain.StatusAwaiting,
	"รอจัดส่ง": domain.StatusAwaiting, "รอการจัดส่ง": domain.StatusAwaiting, "จัดส่งแล้ว": domain.StatusShipped,
	"อยู่ระหว่างจัดส่ง": domain.StatusShipped, "ระหว่างการจัดส่ง": domain.StatusShipped, "จัดส่งสำเร็จ": domain.StatusDelivered,
	"ส่งถึงแล้ว": domain.StatusDelivered, "สำเร็จ": domain.StatusCompleted, "เสร็จสมบูรณ์": domain.StatusCompleted,
	"ยกเลิก": domain.StatusCancelled, "ยกเลิกแล้ว": domain.StatusCancelled,
	// Vietnamese
	"chưa thanh toán": domain.StatusUnpaid, "chờ thanh toán": domain.StatusUnpaid, "chờ giao hàng": domain.StatusAwaiting,
	"chờ vận chuyển": domain.StatusAwaiting, "chờ lấy hàng": domain.StatusAwaiting, "đang giao": domain.StatusShipped,
	"đang giao hàng": domain.StatusShipped, "đang vận chuyển": domain.StatusShipped, "đã gửi hàng": domain.StatusShipped,
	"đã giao": domain.StatusDelivered, "đã giao hàng": domain.StatusDelivered, "hoàn thành": domain.StatusCompleted,
	"đã hoàn thành": domain.StatusCompleted, "đã hủy": domain.StatusCancelled, "đã huỷ": domain.StatusCancelled,
	// Indonesian
	"belum dibayar": domain.StatusUnpaid, "menunggu pembayaran": domain.StatusUnpaid, "perlu dikirim": domain.StatusAwaiting,
	"menunggu pengiriman": domain.StatusAwaiting, "akan dikirim": domain.StatusAwaiting, "dikirim": domain.StatusShipped,
	"sedang dikirim": domain.StatusShipped, "dalam pengiriman": domain.StatusShipped, "terkirim": domain.StatusDelivered,
	"telah diterima": domain.StatusDelivered, "selesai": domain.StatusCompleted, "dibatalkan": domain.StatusCancelled,
	// Portuguese
	"não pago": domain.StatusUnpaid, "aguardando pagamento": domain.StatusUnpaid, "a enviar": domain.StatusAwaiting,
	"aguardando envio": domain.StatusAwaiting, "pronto para envio": domain.StatusAwaiting, "enviado": domain.StatusShipped,
	"em trânsito": domain.StatusShipped, "entregue": domain.StatusDelivered, "concluído": domain.StatusCompleted,
	"concluido": domain.StatusCompleted, "cancelado": domain.StatusCancelled, "devolvido": domain.StatusReturned,
	"reembolsado": domain.StatusReturned,
}

// statusKey normalizes a raw status for dictionary lookup.
func statusKey(raw string) string {
	key := strings.ToLower(strings.Join(strings.Fields(raw), " "))
	for i := 0; i < len(key); i++ {
		if key[i] >= 0x80 {
			return norm.NFC.String(key)
		}
	}
	return key
}

// statusMapper maps raw statuses, caching per import (a file repeats a
// handful of values thousands of times) and remembering unknown ones.
type statusMapper struct {
	cache   map[string]string
	unknown []string
}

func newStatusMapper() *statusMapper { return &statusMapper{cache: map[string]string{}} }

// order maps an order status; an empty status is unknown but not reported.
func (m *statusMapper) order(raw string) string {
	if raw == "" {
		return domain.StatusUnknown
	}
	if st, ok := m.cache[raw]; ok {
		return st
	}
	st, ok := orderStatusWords[statusKey(raw)]
	if !ok {
		st = domain.StatusUnknown
		m.unknown = append(m.unknown, raw)
	}
	m.cache[raw] = st
	return st
}

// statusRank orders statuses along an order's life so that an older export
// imported after a newer one cannot move an order backwards.
func statusRank(status string) int {
	switch status {
	case domain.StatusUnpaid:
		return 1
	case domain.StatusAwaiting:
		return 2
	case domain.StatusShipped:
		return 3
	case domain.StatusDelivered:
		return 4
	case domain.StatusCompleted:
		return 5
	case domain.StatusReturned, domain.StatusCancelled:
		return 6
	}
	return 0
}

// returnCounts applies the refund rule of PRODUCT.md §2: a return counts
// unless it was rejected or cancelled.
func returnCounts(status string) bool {
	switch statusKey(status) {
	case "refund rejected", "rejected", "canceled", "cancelled", "return rejected":
		return false
	}
	return true
}

// returnTypeIsRefund tells whether an order row's Cancelation/Return Type
// says money went back (as opposed to a cancellation).
func returnTypeIsRefund(kind string) bool {
	k := statusKey(kind)
	return strings.Contains(k, "return") || strings.Contains(k, "refund") || strings.Contains(k, "返品") || strings.Contains(k, "返金")
}

// shopifyStatus derives a status from Shopify's financial and fulfillment
// columns, which together say what TikTok's single status column says.
func shopifyStatus(financial, fulfillment string, cancelled bool) string {
	f := strings.ToLower(financial)
	switch {
	case cancelled || f == "voided":
		return domain.StatusCancelled
	case f == "refunded":
		return domain.StatusReturned
	case f == "pending" || f == "authorized" || f == "expired":
		return domain.StatusUnpaid
	}
	switch strings.ToLower(fulfillment) {
	case "fulfilled", "shipped":
		return domain.StatusShipped
	case "delivered":
		return domain.StatusDelivered
	case "unfulfilled", "partial", "pending", "restocked", "":
		if f == "" {
			return domain.StatusUnknown
		}
		return domain.StatusAwaiting
	}
	return domain.StatusUnknown
}
