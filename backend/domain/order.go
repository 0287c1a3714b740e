// Package domain holds Afterloop's plain data types and their validation.
// No SQL and no Wails here. Money is integer minor units with a currency code;
// times are UTC Unix seconds (0 = unknown) and the shop time zone is applied at
// the edges; platform IDs are always text.
package domain

// Platforms.
const (
	PlatformTikTok  = "tiktok"
	PlatformShopify = "shopify"
	PlatformOther   = "other"
)

// Normalized order statuses. The raw platform value is kept beside it.
const (
	StatusUnpaid    = "unpaid"
	StatusAwaiting  = "awaiting_shipment" // paid, not yet handed to the carrier
	StatusShipped   = "shipped"           // in transit
	StatusDelivered = "delivered"
	StatusCompleted = "completed"
	StatusCancelled = "cancelled"
	StatusReturned  = "returned" // return/refund happened on the order
	StatusUnknown   = "unknown"
)

// OrderStatuses lists the normalized statuses in display order.
var OrderStatuses = []string{StatusUnpaid, StatusAwaiting, StatusShipped, StatusDelivered, StatusCompleted, StatusReturned, StatusCancelled, StatusUnknown}

// Order is one platform order with order-level values taken once.
type Order struct {
	ID             int64  `json:"id"`
	Platform       string `json:"platform"`
	ExternalID     string `json:"externalId"`
	CustomerID     int64  `json:"customerId"`
	BuyerUsername  string `json:"buyerUsername"`
	Recipient      string `json:"recipient"`
	StatusRaw      string `json:"statusRaw"`
	SubstatusRaw   string `json:"substatusRaw"`
	Status         string `json:"status"`
	Currency       string `json:"currency"`
	OrderAmount    int64  `json:"orderAmount"`
	RefundAmount   int64  `json:"refundAmount"`
	ShippingFee    int64  `json:"shippingFee"`
	Taxes          int64  `json:"taxes"`
	CreatedAt      int64  `json:"createdAt"`
	PaidAt         int64  `json:"paidAt"`
	RTSAt          int64  `json:"rtsAt"`
	ShippedAt      int64  `json:"shippedAt"`
	DeliveredAt    int64  `json:"deliveredAt"`
	CancelledAt    int64  `json:"cancelledAt"`
	TrackingID     string `json:"trackingId"`
	Carrier        string `json:"carrier"`
	DeliveryOption string `json:"deliveryOption"`
	CancelReason   string `json:"cancelReason"`
	// CancelBy is who cancelled (TikTok's Cancel By: Seller, User, System).
	CancelBy string `json:"cancelBy"`
	// FulfillmentType says who ships (TikTok's Fulfillment Type); orders
	// fulfilled by TikTok are left out of the seller's fulfilment metrics.
	FulfillmentType string `json:"fulfillmentType"`
	BuyerMessage    string `json:"buyerMessage"`
	SellerNote      string `json:"sellerNote"`
	Country         string `json:"country"`
	Region          string `json:"region"`
}

// OrderLine is one SKU line of an order.
type OrderLine struct {
	ID             int64  `json:"id"`
	OrderID        int64  `json:"orderId"`
	LineNo         int    `json:"lineNo"`
	ProductKey     string `json:"productKey"` // Seller SKU, else SKU ID
	SKUID          string `json:"skuId"`
	SellerSKU      string `json:"sellerSku"`
	ProductName    string `json:"productName"`
	Variation      string `json:"variation"`
	Category       string `json:"category"`
	Quantity       int64  `json:"quantity"`
	ReturnQuantity int64  `json:"returnQuantity"`
	UnitPrice      int64  `json:"unitPrice"`
	SubtotalBefore int64  `json:"subtotalBefore"`
	SubtotalAfter  int64  `json:"subtotalAfter"`
}

// ReturnLine is one returned SKU line from a returns export.
type ReturnLine struct {
	ID              int64  `json:"id"`
	Platform        string `json:"platform"`
	ExternalID      string `json:"externalId"` // Return Order ID
	OrderExternalID string `json:"orderExternalId"`
	OrderID         int64  `json:"orderId"` // 0 until the order is imported
	ProductKey      string `json:"productKey"`
	SKUID           string `json:"skuId"`
	SellerSKU       string `json:"sellerSku"`
	ProductName     string `json:"productName"`
	ReturnType      string `json:"returnType"`
	Reason          string `json:"reason"`
	StatusRaw       string `json:"statusRaw"`
	SubstatusRaw    string `json:"substatusRaw"`
	CountsAsRefund  bool   `json:"countsAsRefund"`
	Currency        string `json:"currency"`
	RefundAmount    int64  `json:"refundAmount"`
	Quantity        int64  `json:"quantity"`
	RequestedAt     int64  `json:"requestedAt"`
	RefundedAt      int64  `json:"refundedAt"`
	TrackingID      string `json:"trackingId"`
	BuyerNote       string `json:"buyerNote"`
}

// ProductKey returns the line key: Seller SKU, else SKU ID.
func ProductKey(sellerSKU, skuID string) string {
	if sellerSKU != "" {
		return sellerSKU
	}
	return skuID
}
