package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// orderJSON is one order of `orders list --json`. Times are RFC 3339 in
// the shop's zone ("" when unknown); the amount is in major units as text
// so that no float rounding touches it.
type orderJSON struct {
	OrderID     string          `json:"order_id"`
	Status      string          `json:"status"`
	StatusRaw   string          `json:"status_raw"`
	CreatedAt   string          `json:"created_at"`
	DeliveredAt string          `json:"delivered_at"`
	OrderAmount string          `json:"order_amount"`
	Currency    string          `json:"currency"`
	Lines       []orderLineJSON `json:"lines"`
}

type orderLineJSON struct {
	SKU         string `json:"sku"` // Seller SKU, else SKU ID
	SKUID       string `json:"sku_id"`
	SellerSKU   string `json:"seller_sku"`
	ProductName string `json:"product_name"`
	Variation   string `json:"variation"`
	Quantity    int64  `json:"quantity"`
}

const ordersUsage = "orders list [--status S] [--since YYYY-MM-DD] [--json]: the imported orders, oldest first"

func runOrders(e *env, args []string) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{ordersUsage}
	}
	fs := flag.NewFlagSet("orders list", flag.ContinueOnError)
	status := fs.String("status", "", "only orders with this status ("+strings.Join(orderStatuses, ", ")+")")
	since := fs.String("since", "", "only orders created on or after this day (shop time)")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{ordersUsage}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	q := store.OrderQuery{}
	if *status != "" {
		if !contains(orderStatuses, *status) {
			return usageError{fmt.Sprintf("--status must be one of %s, not %q", strings.Join(orderStatuses, ", "), *status)}
		}
		q.Statuses = []string{*status}
	}
	if *since != "" {
		day, err := time.ParseInLocation("2006-01-02", *since, loc)
		if err != nil {
			return usageError{fmt.Sprintf("--since %q is not a day written YYYY-MM-DD", *since)}
		}
		q.From = day.Unix()
	}
	orders, err := e.shop.Store.ListOrdersWithLines(e.ctx, q)
	if err != nil {
		return err
	}
	out := make([]orderJSON, 0, len(orders))
	for _, o := range orders {
		out = append(out, toOrderJSON(o, loc))
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	fmt.Fprintln(e.stdout, "order_id\tstatus\tcreated_at\tdelivered_at\torder_amount\tcurrency\tlines")
	for _, o := range out {
		fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\t%s\t%s\t%d\n", o.OrderID, o.Status, o.CreatedAt, dash(o.DeliveredAt),
			o.OrderAmount, o.Currency, len(o.Lines))
	}
	return nil
}

// orderStatuses are the statuses --status accepts.
var orderStatuses = []string{domain.StatusUnpaid, domain.StatusAwaiting, domain.StatusShipped, domain.StatusDelivered,
	domain.StatusCompleted, domain.StatusCancelled, domain.StatusReturned, domain.StatusUnknown}

func toOrderJSON(o store.OrderWithLines, loc *time.Location) orderJSON {
	stamp := func(unix int64) string {
		if unix == 0 {
			return ""
		}
		return time.Unix(unix, 0).In(loc).Format(time.RFC3339)
	}
	j := orderJSON{OrderID: o.Order.ExternalID, Status: o.Order.Status, StatusRaw: o.Order.StatusRaw,
		CreatedAt: stamp(o.Order.CreatedAt), DeliveredAt: stamp(o.Order.DeliveredAt),
		OrderAmount: majorUnits(o.Order.OrderAmount, o.Order.Currency), Currency: o.Order.Currency,
		Lines: make([]orderLineJSON, 0, len(o.Lines))}
	for _, l := range o.Lines {
		j.Lines = append(j.Lines, orderLineJSON{SKU: l.ProductKey, SKUID: l.SKUID, SellerSKU: l.SellerSKU,
			ProductName: l.ProductName, Variation: l.Variation, Quantity: l.Quantity})
	}
	return j
}

// majorUnits writes minor units as a decimal in the currency's own
// precision: 3591 BRL is "35.91", 11000 JPY is "11000".
func majorUnits(minor int64, currency string) string {
	decimals := importer.CurrencyDecimals(currency)
	if decimals == 0 {
		return strconv.FormatInt(minor, 10)
	}
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	scale := int64(1)
	for i := 0; i < decimals; i++ {
		scale *= 10
	}
	return fmt.Sprintf("%s%d.%0*d", sign, minor/scale, decimals, minor%scale)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}
