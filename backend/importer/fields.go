package importer

// field is one value the importer understands, whatever the file calls it.
type field int

const (
	fOrderID field = iota
	fStatus
	fSubstatus
	fReturnType
	fSKUID
	fSellerSKU
	fProductName
	fVariation
	fQuantity
	fReturnQuantity
	fUnitPrice
	fSubtotalBefore
	fSubtotalAfter
	fLineDiscount
	fShippingFee
	fTaxes
	fOrderAmount
	fRefundAmount
	fCurrency
	fCreatedAt
	fPaidAt
	fRTSAt
	fShippedAt
	fDeliveredAt
	fCancelledAt
	fCancelReason
	fTrackingID
	fDeliveryOption
	fCarrier
	fBuyerMessage
	fBuyerUsername
	fBuyerEmail
	fRecipient
	fCountry
	fRegion
	fCategory
	fSellerNote
	fFinancialStatus
	fFulfillmentStatus
	fReturnID
	fReason
	fRequestedAt
	fRefundedAt
	fBuyerNote
	fBillingName
	fCancelBy
	fFulfillmentType
	numFields
)

// fieldInfo names each field for mappings (stable, saved in the database)
// and labels it for the mapping screen.
var fieldInfo = [numFields]struct{ name, label string }{
	fOrderID: {"order_id", "Order ID"}, fStatus: {"status", "Order status"},
	fSubstatus: {"substatus", "Order substatus"}, fReturnType: {"return_type", "Cancellation/return type"},
	fSKUID: {"sku_id", "SKU ID"}, fSellerSKU: {"seller_sku", "Seller SKU"},
	fProductName: {"product_name", "Product name"}, fVariation: {"variation", "Variation"},
	fQuantity: {"quantity", "Quantity"}, fReturnQuantity: {"return_quantity", "Returned quantity"},
	fUnitPrice: {"unit_price", "Unit price"}, fSubtotalBefore: {"subtotal_before", "Line subtotal before discount"},
	fSubtotalAfter: {"subtotal_after", "Line subtotal after discount"}, fLineDiscount: {"line_discount", "Line discount"},
	fShippingFee: {"shipping_fee", "Shipping fee"}, fTaxes: {"taxes", "Taxes"},
	fOrderAmount: {"order_amount", "Order amount"}, fRefundAmount: {"refund_amount", "Refund amount"},
	fCurrency: {"currency", "Currency"}, fCreatedAt: {"created_at", "Created time"},
	fPaidAt: {"paid_at", "Paid time"}, fRTSAt: {"rts_at", "Ready-to-ship time"},
	fShippedAt: {"shipped_at", "Shipped time"}, fDeliveredAt: {"delivered_at", "Delivered time"},
	fCancelledAt: {"cancelled_at", "Cancelled time"}, fCancelReason: {"cancel_reason", "Cancel reason"},
	fTrackingID: {"tracking_id", "Tracking ID"}, fDeliveryOption: {"delivery_option", "Delivery option"},
	fCarrier: {"carrier", "Shipping provider"}, fBuyerMessage: {"buyer_message", "Buyer message"},
	fBuyerUsername: {"buyer_username", "Buyer username"}, fBuyerEmail: {"buyer_email", "Buyer email"},
	fRecipient: {"recipient", "Recipient"}, fCountry: {"country", "Country"}, fRegion: {"region", "State/region"},
	fCategory: {"category", "Product category"}, fSellerNote: {"seller_note", "Seller note"},
	fFinancialStatus: {"financial_status", "Payment status"}, fFulfillmentStatus: {"fulfillment_status", "Fulfillment status"},
	fReturnID: {"return_id", "Return order ID"}, fReason: {"reason", "Return reason"},
	fRequestedAt: {"requested_at", "Return requested time"}, fRefundedAt: {"refunded_at", "Refund time"},
	fBuyerNote: {"buyer_note", "Buyer note"}, fBillingName: {"billing_name", "Billing name"},
	fCancelBy: {"cancel_by", "Cancelled by"}, fFulfillmentType: {"fulfillment_type", "Fulfillment type"},
}

// kindFields lists, per kind, the fields a mapping can set, in screen order;
// the first ones are required.
var kindFields = map[string]struct {
	fields   []field
	required []field
}{
	"orders": {
		fields: []field{fOrderID, fCreatedAt, fStatus, fSubstatus, fSKUID, fSellerSKU, fProductName, fVariation, fQuantity,
			fUnitPrice, fSubtotalBefore, fSubtotalAfter, fLineDiscount, fOrderAmount, fRefundAmount, fShippingFee, fTaxes,
			fCurrency, fReturnType, fReturnQuantity, fPaidAt, fRTSAt, fShippedAt, fDeliveredAt, fCancelledAt, fCancelReason,
			fTrackingID, fDeliveryOption, fCarrier, fBuyerUsername, fBuyerEmail, fRecipient, fCountry, fRegion, fCategory,
			fBuyerMessage, fSellerNote, fFinancialStatus, fFulfillmentStatus, fCancelBy, fFulfillmentType},
		required: []field{fOrderID, fCreatedAt},
	},
	"returns": {
		fields: []field{fReturnID, fOrderID, fStatus, fSubstatus, fSKUID, fSellerSKU, fProductName, fVariation, fQuantity,
			fRefundAmount, fCurrency, fReturnType, fReason, fRequestedAt, fRefundedAt, fTrackingID, fBuyerUsername, fBuyerNote},
		required: []field{fReturnID, fOrderID},
	},
}

func fieldByName(name string) (field, bool) {
	for f := field(0); f < numFields; f++ {
		if fieldInfo[f].name == name {
			return f, true
		}
	}
	return 0, false
}

// Header dictionaries of the known exports, keyed by normalizeHeader form.
var (
	tiktokOrderHeaders = map[string]field{
		"order id": fOrderID, "order status": fStatus, "order substatus": fSubstatus,
		"cancelation/return type": fReturnType, "cancellation/return type": fReturnType,
		"sku id": fSKUID, "seller sku": fSellerSKU, "product name": fProductName, "variation": fVariation,
		"quantity": fQuantity, "sku quantity of return": fReturnQuantity, "sku unit original price": fUnitPrice,
		"sku subtotal before discount": fSubtotalBefore, "sku subtotal after discount": fSubtotalAfter,
		"shipping fee after discount": fShippingFee, "taxes": fTaxes, "order amount": fOrderAmount,
		"order refund amount": fRefundAmount, "created time": fCreatedAt, "paid time": fPaidAt, "rts time": fRTSAt,
		"shipped time": fShippedAt, "delivered time": fDeliveredAt, "cancelled time": fCancelledAt,
		"cancel reason": fCancelReason, "tracking id": fTrackingID, "delivery option": fDeliveryOption,
		"shipping provider name": fCarrier, "buyer message": fBuyerMessage, "buyer username": fBuyerUsername,
		"recipient": fRecipient, "country": fCountry, "state": fRegion, "product category": fCategory,
		"seller note": fSellerNote, "cancel by": fCancelBy, "fulfillment type": fFulfillmentType,
		// Japanese Seller Center (see testdata/tiktok_orders_jp.csv).
		"注文id": fOrderID, "注文状況": fStatus, "注文のサブ状況": fSubstatus, "キャンセル/返品のタイプ": fReturnType,
		"セラーsku": fSellerSKU, "商品名": fProductName, "バリエーション": fVariation, "数量": fQuantity,
		"返品済みのsku数": fReturnQuantity, "skuの元の価格": fUnitPrice, "sku小計（割引前）": fSubtotalBefore,
		"sku小計（割引後）": fSubtotalAfter, "割引後の送料": fShippingFee, "税": fTaxes, "注文金額": fOrderAmount,
		"注文の返金額": fRefundAmount, "注文作成時刻": fCreatedAt, "注文の支払い日時": fPaidAt,
		"発送準備完了日時": fRTSAt, "発送日時": fShippedAt, "配達日時": fDeliveredAt, "キャンセル日時": fCancelledAt,
		"キャンセル理由": fCancelReason, "追跡id": fTrackingID, "配達オプションのタイプ": fDeliveryOption,
		"配送業者名": fCarrier, "カスタマーのユーザー名": fBuyerUsername, "受取人": fRecipient, "国": fCountry,
		"都道府県": fRegion, "商品カテゴリー": fCategory, "セラーメモ": fSellerNote,
		"カスタマーからのメッセージ": fBuyerMessage,
	}
	tiktokReturnHeaders = map[string]field{
		"return order id": fReturnID, "order id": fOrderID, "sku id": fSKUID, "seller sku": fSellerSKU,
		"product name": fProductName, "sku name": fVariation, "buyer username": fBuyerUsername,
		"return type": fReturnType, "time requested": fRequestedAt, "return reason": fReason,
		"return unit price": fRefundAmount, "return quantity": fQuantity,
		"return logistics tracking id": fTrackingID, "return status": fStatus, "return sub status": fSubstatus,
		"refund time": fRefundedAt, "buyer note": fBuyerNote,
	}
	shopifyOrderHeaders = map[string]field{
		"name": fOrderID, "email": fBuyerEmail, "financial status": fFinancialStatus, "paid at": fPaidAt,
		"fulfillment status": fFulfillmentStatus, "fulfilled at": fShippedAt, "currency": fCurrency,
		"shipping": fShippingFee, "taxes": fTaxes, "total": fOrderAmount, "created at": fCreatedAt,
		"lineitem quantity": fQuantity, "lineitem name": fProductName, "lineitem price": fUnitPrice,
		"lineitem sku": fSellerSKU, "lineitem discount": fLineDiscount, "shipping name": fRecipient,
		"shipping country": fCountry, "shipping province": fRegion, "notes": fBuyerMessage,
		"cancelled at": fCancelledAt, "refunded amount": fRefundAmount, "billing name": fBillingName,
	}
)
