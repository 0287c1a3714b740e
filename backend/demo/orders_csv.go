package demo

import (
	"bufio"
)

// ordersHeader is the 51-column header of TikTok Shop's US order export.
var ordersHeader = []string{
	"Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order",
	"SKU ID", "Seller SKU", "Product Name", "Variation", "Quantity", "Sku Quantity of return",
	"SKU Unit Original Price", "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount",
	"SKU Subtotal After Discount", "Shipping Fee After Discount", "Original Shipping Fee",
	"Shipping Fee Seller Discount", "Shipping Fee Platform Discount", "Payment platform discount", "Taxes",
	"Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time",
	"Delivered Time", "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name",
	"Tracking ID", "Delivery Option", "Shipping Provider Name", "Buyer Message", "Buyer Username", "Recipient",
	"Phone #", "Country", "State", "City", "Zipcode", "Payment Method", "Weight(kg)", "Product Category",
	"Package ID", "Seller Note", "Shipping Information",
}

// ordersWriter writes one row per SKU line. Order-level cells are rendered
// once per order and copied into every line, so they are identical by
// construction and a million lines cost no per-line allocations.
type ordersWriter struct {
	w                     *bufio.Writer
	head, middle, tail    cells // cells 1-5, 17-47, 49-51
	row                   cells
	orderCount, lineCount int
}

func newOrdersWriter(w *bufio.Writer, e *env) (*ordersWriter, error) {
	if err := writeHeader(w, ordersHeader); err != nil {
		return nil, err
	}
	return &ordersWriter{w: w, head: newCells(e, true), middle: newCells(e, true), tail: newCells(e, true), row: newCells(e, true)}, nil
}

func (ow *ordersWriter) write(o *order) error {
	h := &ow.head
	h.buf = h.buf[:0]
	h.tabbed(o.id)
	h.text(o.status)
	h.text(o.status)
	h.text(o.returnType)
	h.text("Normal")

	m := &ow.middle
	m.buf = m.buf[:0]
	m.amount(o.shipAfter)
	m.amount(o.shipOriginal)
	m.amount(o.shipSellerDiscount)
	m.amount(o.shipPlatformDiscount)
	m.amount(0) // payment platform discount
	m.amount(o.taxes)
	m.amount(o.amount)
	m.amount(o.refund)
	m.time(o.created)
	m.time(o.paid)
	m.time(o.rts)
	m.time(o.shipped)
	m.time(o.delivered)
	m.time(o.cancelled)
	m.text(o.cancelBy)
	m.text(o.cancelReason)
	m.text("Fulfillment by seller")
	m.text("Main Warehouse")
	m.text(o.tracking)
	m.text(o.deliveryOption)
	m.text(o.carrier)
	m.text(o.buyerMessage)
	b := o.buyer
	m.text(b.username)
	m.text(b.recipient)
	m.text(b.phone)
	m.text("United States")
	m.text(b.place.state)
	m.text(b.place.city)
	m.text(b.place.zip)
	m.text(b.payment)
	m.kilograms(o.weightGrams())

	t := &ow.tail
	t.buf = t.buf[:0]
	t.tabbed(o.packageID)
	t.text(o.sellerNote)
	if o.status == statusCancelled {
		t.text("")
	} else {
		t.text(b.recipient + "\n" + b.phone + "\n...")
	}
	t.endRecord()

	r := &ow.row
	for i := range o.lines {
		l := &o.lines[i]
		r.buf = append(r.buf[:0], h.buf...)
		r.tabbedText(l.product.SKUID)
		r.text(l.product.SellerSKU)
		r.text(l.product.Name)
		r.text(l.product.Variation)
		r.number(l.quantity)
		r.number(l.returnedQuantity)
		r.amount(l.unit)
		r.amount(l.before)
		r.amount(l.platformDiscount)
		r.amount(l.sellerDiscount)
		r.amount(l.after)
		r.buf = append(r.buf, m.buf...)
		r.text(l.product.Category)
		r.buf = append(r.buf, t.buf...)
		if _, err := ow.w.Write(r.buf); err != nil {
			return err
		}
	}
	ow.orderCount++
	ow.lineCount += len(o.lines)
	return nil
}
