package importer

import "afterloop/backend/domain"

// orderTimeFields are the order-level times, in orderRec.times order.
var orderTimeFields = [6]field{fCreatedAt, fPaidAt, fRTSAt, fShippedAt, fDeliveredAt, fCancelledAt}

// orderAmountFields are the order-level amounts, in orderRec.amounts order.
// They repeat on every line of a TikTok order: taken once, never summed.
var orderAmountFields = [4]field{fOrderAmount, fRefundAmount, fShippingFee, fTaxes}

// lineAmountFields are the line amounts, in lineRec.amounts order.
var lineAmountFields = [4]field{fUnitPrice, fSubtotalBefore, fSubtotalAfter, fLineDiscount}

// orderRec is one order gathered from its rows, before times and money are
// resolved (that needs the file's date order and currency).
type orderRec struct {
	order       domain.Order
	lines       []lineRec
	times       [6]timeValue
	amounts     [4]moneyValue
	currency    string // named by the order's own cells
	returnType  string
	email       string
	financial   string
	fulfillment string
	firstRow    int
	rowCount    int
	rowNums     []int // every row of the order, in file order
	ambiguous   bool  // holds a slash date whose day/month order matters
}

type lineRec struct {
	line    domain.OrderLine
	amounts [4]moneyValue
}

// returnRec is one returned SKU line.
type returnRec struct {
	ret       domain.ReturnLine
	times     [2]timeValue // requested, refunded
	refund    moneyValue
	currency  string
	row       int
	ambiguous bool
}

// recordBatch carries resolved records from the parser to the writer.
type recordBatch struct {
	orders  []*orderRec
	returns []*returnRec
}

// ambiguousDate is a slash date that reads differently day-first and
// month-first (05/05 reads the same either way).
func ambiguousDate(tv timeValue) bool {
	return tv.kind == timeSlashed && tv.first <= 12 && tv.second <= 12 && tv.first != tv.second
}
