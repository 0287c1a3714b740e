// Money arrives as integer minor units plus an ISO 4217 code. The number of
// decimals per currency comes from Intl (JPY 0, USD 2, BHD 3 ...), which
// follows the same ISO table the backend uses for minor units.

const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(currency: string): Intl.NumberFormat | null {
  const code = currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(code)) return null
  let f = formatters.get(code)
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency: code })
    } catch {
      return null
    }
    formatters.set(code, f)
  }
  return f
}

/** Decimals of the currency's minor unit: JPY 0, USD 2; 2 when unknown. */
export function minorDigits(currency: string): number {
  const f = formatterFor(currency)
  return f ? (f.resolvedOptions().maximumFractionDigits ?? 2) : 2
}

const plain = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Formats integer minor units: (1999, "USD") → "$19.99", (11000, "JPY") → "¥11,000". */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  const amount = minor ?? 0
  const f = formatterFor(currency ?? '')
  if (!f) {
    const text = plain.format(amount / 100)
    return currency ? `${text} ${currency}` : text
  }
  return f.format(amount / 10 ** minorDigits(currency ?? ''))
}
