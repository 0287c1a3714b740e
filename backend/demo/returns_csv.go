package demo

import "bufio"

// returnsHeader is the header of TikTok Shop's returns export.
var returnsHeader = []string{
	"Return Order ID", "Order ID", "Order Amount", "Order Status", "Order Substatus", "Payment Method",
	"SKU ID", "Seller SKU", "Product Name", "SKU Name", "Buyer Username", "Return Type", "Time Requested",
	"Return Reason", "Return unit price", "Return Quantity", "Return Logistics Tracking ID", "Return Status",
	"Return Sub Status", "Refund Time", "Dispute Status", "Appeal Status", "Compensation Status",
	"Compensation Amount", "Buyer Note",
}

// writeReturns writes the returns newest first, as Seller Center lists them.
func writeReturns(w *bufio.Writer, e *env, returns []*returnLine) error {
	if err := writeHeader(w, returnsHeader); err != nil {
		return err
	}
	c := newCells(e, false)
	for i := len(returns) - 1; i >= 0; i-- {
		rl := returns[i]
		o, p := rl.order, rl.line.product
		c.buf = c.buf[:0]
		c.tabbed(rl.id)
		c.tabbed(o.id)
		c.amount(o.amount)
		c.text(o.status)
		c.text(o.status)
		c.text(o.buyer.payment)
		c.tabbedText(p.SKUID)
		c.text(p.SellerSKU)
		c.text(p.Name)
		c.text(p.Variation)
		c.text(o.buyer.username)
		c.text(rl.returnType)
		c.time(rl.requested)
		c.text(rl.reason)
		c.amount(rl.refund) // "Return unit price" holds the total refunded for the line
		c.number(rl.quantity)
		c.text(rl.tracking)
		c.text(rl.status)
		c.text(rl.subStatus)
		c.time(rl.refunded)
		c.text("") // dispute status
		c.text("") // appeal status
		c.text("") // compensation status
		c.text("") // compensation amount
		c.text(rl.note)
		c.endRecord()
		if _, err := w.Write(c.buf); err != nil {
			return err
		}
	}
	return nil
}
