package importer

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"afterloop/backend/domain"
)

// Status languages, as the date-order evidence names them.
const (
	langEnglish    = "English"
	langJapanese   = "Japanese"
	langThai       = "Thai"
	langVietnamese = "Vietnamese"
	langIndonesian = "Indonesian"
	langPortuguese = "Portuguese"
)

// statusWordsByLanguage maps the order status and substatus values TikTok
// Shop exports write in each region's language, lower-cased and
// NFC-normalized, to the app's statuses. Both columns use the same words: a
// substatus is read with the same dictionary.
var statusWordsByLanguage = map[string]map[string]string{
	langEnglish: {
		"unpaid": domain.StatusUnpaid, "awaiting payment": domain.StatusUnpaid, "pending": domain.StatusUnpaid,
		"on hold": domain.StatusAwaiting, "awaiting shipment": domain.StatusAwaiting, "to ship": domain.StatusAwaiting,
		"awaiting collection": domain.StatusAwaiting, "ready to ship": domain.StatusAwaiting, "processing": domain.StatusAwaiting,
		"partially shipping": domain.StatusShipped, "shipped": domain.StatusShipped, "in transit": domain.StatusShipped,
		"delivered": domain.StatusDelivered, "completed": domain.StatusCompleted,
		"cancelled": domain.StatusCancelled, "canceled": domain.StatusCancelled, "cancellation": domain.StatusCancelled,
		"returned": domain.StatusReturned, "refunded": domain.StatusReturned,
	},
	langJapanese: {
		"未払い": domain.StatusUnpaid, "支払い待ち": domain.StatusUnpaid, "保留中": domain.StatusAwaiting,
		"未発送": domain.StatusAwaiting, "発送待ち": domain.StatusAwaiting, "集荷待ち": domain.StatusAwaiting,
		"発送準備中": domain.StatusAwaiting, "一部発送済み": domain.StatusShipped,
		"発送済み": domain.StatusShipped, "配送中": domain.StatusShipped, "輸送中": domain.StatusShipped,
		"配達済み": domain.StatusDelivered, "配達完了": domain.StatusDelivered, "完了": domain.StatusCompleted,
		"キャンセル": domain.StatusCancelled, "キャンセル済み": domain.StatusCancelled, "返品済み": domain.StatusReturned,
		"返金済み": domain.StatusReturned,
	},
	langThai: {
		"ยังไม่ได้ชำระเงิน": domain.StatusUnpaid, "ยังไม่ชำระเงิน": domain.StatusUnpaid, "รอชำระเงิน": domain.StatusUnpaid,
		"รอการชำระเงิน": domain.StatusUnpaid, "ระงับไว้": domain.StatusAwaiting,
		"ที่ต้องจัดส่ง": domain.StatusAwaiting, "ที่จะจัดส่ง": domain.StatusAwaiting, "ที่ต้องส่ง": domain.StatusAwaiting,
		"รอจัดส่ง": domain.StatusAwaiting, "รอการจัดส่ง": domain.StatusAwaiting, "รอการรับพัสดุ": domain.StatusAwaiting,
		"รอรับพัสดุ": domain.StatusAwaiting, "จัดส่งแล้ว": domain.StatusShipped, "จัดส่งบางส่วน": domain.StatusShipped,
		"อยู่ระหว่างจัดส่ง": domain.StatusShipped, "ระหว่างการจัดส่ง": domain.StatusShipped,
		"อยู่ระหว่างการขนส่ง": domain.StatusShipped, "กำลังจัดส่ง": domain.StatusShipped,
		"จัดส่งสำเร็จ": domain.StatusDelivered, "ส่งถึงแล้ว": domain.StatusDelivered, "จัดส่งถึงแล้ว": domain.StatusDelivered,
		"สำเร็จ": domain.StatusCompleted, "เสร็จสมบูรณ์": domain.StatusCompleted, "เสร็จสิ้น": domain.StatusCompleted,
		"ยกเลิก": domain.StatusCancelled, "ยกเลิกแล้ว": domain.StatusCancelled, "คืนเงินแล้ว": domain.StatusReturned,
	},
	langVietnamese: {
		"chưa thanh toán": domain.StatusUnpaid, "chờ thanh toán": domain.StatusUnpaid, "đang chờ xử lý": domain.StatusAwaiting,
		"chờ giao hàng": domain.StatusAwaiting, "chờ vận chuyển": domain.StatusAwaiting, "chờ lấy hàng": domain.StatusAwaiting,
		"cần gửi": domain.StatusAwaiting, "đang chờ lấy hàng": domain.StatusAwaiting, "chờ xác nhận": domain.StatusAwaiting,
		"đang giao": domain.StatusShipped, "đang giao hàng": domain.StatusShipped, "đang vận chuyển": domain.StatusShipped,
		"đã gửi hàng": domain.StatusShipped, "đã vận chuyển": domain.StatusShipped, "đã giao một phần": domain.StatusShipped,
		"đã giao": domain.StatusDelivered, "đã giao hàng": domain.StatusDelivered, "giao hàng thành công": domain.StatusDelivered,
		"hoàn thành": domain.StatusCompleted, "đã hoàn thành": domain.StatusCompleted, "đã hoàn tất": domain.StatusCompleted,
		"đã hủy": domain.StatusCancelled, "đã huỷ": domain.StatusCancelled, "đã hoàn tiền": domain.StatusReturned,
	},
	langIndonesian: {
		"belum dibayar": domain.StatusUnpaid, "menunggu pembayaran": domain.StatusUnpaid, "ditahan": domain.StatusAwaiting,
		"perlu dikirim": domain.StatusAwaiting, "menunggu pengiriman": domain.StatusAwaiting, "akan dikirim": domain.StatusAwaiting,
		"menunggu diambil": domain.StatusAwaiting, "menunggu penjemputan": domain.StatusAwaiting,
		"dikirim": domain.StatusShipped, "sedang dikirim": domain.StatusShipped, "dalam pengiriman": domain.StatusShipped,
		"dalam perjalanan": domain.StatusShipped, "dikirim sebagian": domain.StatusShipped,
		"terkirim": domain.StatusDelivered, "telah diterima": domain.StatusDelivered, "sudah diterima": domain.StatusDelivered,
		"telah sampai": domain.StatusDelivered, "selesai": domain.StatusCompleted, "dibatalkan": domain.StatusCancelled,
		"dikembalikan": domain.StatusReturned, "dana dikembalikan": domain.StatusReturned,
	},
	langPortuguese: {
		"não pago": domain.StatusUnpaid, "aguardando pagamento": domain.StatusUnpaid, "em espera": domain.StatusAwaiting,
		"a enviar": domain.StatusAwaiting, "para enviar": domain.StatusAwaiting, "aguardando envio": domain.StatusAwaiting,
		"pronto para envio": domain.StatusAwaiting, "aguardando coleta": domain.StatusAwaiting,
		"enviado": domain.StatusShipped, "em trânsito": domain.StatusShipped, "parcialmente enviado": domain.StatusShipped,
		"entregue": domain.StatusDelivered, "concluído": domain.StatusCompleted, "concluido": domain.StatusCompleted,
		"cancelado": domain.StatusCancelled, "devolvido": domain.StatusReturned, "reembolsado": domain.StatusReturned,
	},
}

// statusWord is one dictionary entry: the app status and the language the
// word is written in.
type statusWord struct{ status, lang string }

// orderStatusWords is every language's words in one lookup.
var orderStatusWords = func() map[string]statusWord {
	out := map[string]statusWord{}
	for lang, words := range statusWordsByLanguage {
		for w, st := range words {
			out[norm.NFC.String(w)] = statusWord{st, lang}
		}
	}
	return out
}()

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
// handful of values thousands of times) and remembering unknown ones and
// the languages the known ones are written in.
type statusMapper struct {
	cache     map[string]statusWord
	unknown   []string
	languages map[string]int // language -> values seen in it
}

func newStatusMapper() *statusMapper {
	return &statusMapper{cache: map[string]statusWord{}, languages: map[string]int{}}
}

// lookup maps one raw value; ok is false for a word no dictionary has.
func (m *statusMapper) lookup(raw string) (statusWord, bool) {
	if w, ok := m.cache[raw]; ok {
		return w, w.status != domain.StatusUnknown
	}
	w, ok := orderStatusWords[statusKey(raw)]
	if !ok {
		w = statusWord{status: domain.StatusUnknown}
		m.unknown = append(m.unknown, raw)
	}
	m.cache[raw] = w
	return w, ok
}

// order maps an order status; an empty status is unknown but not reported.
func (m *statusMapper) order(raw string) string {
	return m.orderWithSubstatus(raw, "")
}

// orderWithSubstatus reads both status columns. The substatus is the finer
// one: when it says the order went further along its life (a "shipped"
// order whose substatus says delivered), it wins; a substatus that is not
// further along (or unknown) leaves the status as it is.
func (m *statusMapper) orderWithSubstatus(status, substatus string) string {
	out := domain.StatusUnknown
	if status != "" {
		if w, ok := m.lookup(status); ok {
			out = w.status
		}
	}
	if substatus != "" {
		if w, ok := m.lookup(substatus); ok {
			if statusRank(w.status) > statusRank(out) && out != domain.StatusCancelled && out != domain.StatusReturned {
				out = w.status
			}
		}
	}
	return out
}

// note counts the language a status value is written in, as evidence for
// the file's region; unknown values are remembered for the report.
func (m *statusMapper) note(raw string) {
	if raw == "" {
		return
	}
	if w, ok := m.lookup(raw); ok {
		m.languages[w.lang]++
	}
}

// language is the non-English language most status values were written in
// ("" when none): English is written by regions of both date orders, so it
// is no evidence.
func (m *statusMapper) language() string {
	best, n := "", 0
	for lang, c := range m.languages {
		if lang != langEnglish && (c > n || c == n && lang < best) {
			best, n = lang, c
		}
	}
	return best
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

// returnCounts is the refund rule: a return counts as a refund unless it was
// rejected or cancelled.
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
