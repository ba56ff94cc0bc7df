// Small text formatters shared by the CLI, the board and the review.

// Creating a NumberFormat costs far more than using one (10x on the 2,000-client pipeline block),
// so the two are shared. They are made on first use, not when the module loads: the first
// NumberFormat of a process loads the locale data (about 10 ms, a tenth of a cached CLI run,
// which formats no money for `review --json`). Once made they are immutable: the slot is a
// cache of constants, not state a caller could observe.
const FORMATS: { whole?: Intl.NumberFormat; cents?: Intl.NumberFormat } = {};

/**
 * `EUR 12,500` or `EUR 29,184.20`: a whole amount without decimals, any other with exactly two
 * (never `29,184.2`). Fixed en-US grouping so output does not depend on the machine's locale.
 */
export function formatMoney(value: number, currency: string): string {
  const whole = Math.round(value * 100) % 100 === 0;
  const format = whole
    ? (FORMATS.whole ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }))
    : (FORMATS.cents ??= new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return `${currency} ${format.format(value)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Sum of `value` per currency (a client without one uses the default), largest first. */
export function currencyTotals(clients: { client: { value: number | null; currency: string | null } }[], defaultCurrency: string): [string, number][] {
  const totals = new Map<string, number>();
  for (const { client } of clients) {
    if (client.value === null) continue;
    const cur = (client.currency ?? defaultCurrency).toUpperCase();
    totals.set(cur, (totals.get(cur) ?? 0) + client.value);
  }
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** `EUR 6,000 + GBP 4,000`, or `EUR 0` for nothing. */
export function formatTotals(clients: { client: { value: number | null; currency: string | null } }[], defaultCurrency: string): string {
  const totals = currencyTotals(clients, defaultCurrency);
  return totals.length === 0 ? formatMoney(0, defaultCurrency) : totals.map(([c, v]) => formatMoney(v, c)).join(" + ");
}
