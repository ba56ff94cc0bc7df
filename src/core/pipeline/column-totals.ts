// A board column's value totals per currency, kept as the column's cards come and go: each value
// is added or taken away in integer minor units (cents), so the text never drifts from a fresh
// sum. A value that is not a whole number of cents (or a sum too large for exact integers) makes
// the column sum its cards afresh, as `formatTotals` does, until it is rebuilt.
import { formatMoney, formatTotals } from "../model/format";

/** What the totals read of a client. */
export interface Valued {
  client: { value: number | null; currency: string | null };
}

/** `value` in cents when it is exactly a whole number of cents, else null. */
export function toCents(value: number): number | null {
  const cents = Math.round(value * 100);
  return Number.isSafeInteger(cents) && cents / 100 === value ? cents : null;
}

/** The totals of one column's cards: per currency the cents and how many values make them. */
export class ColumnTotals {
  private readonly sums = new Map<string, { cents: number; n: number }>();
  /** Values not exact in cents, and whether a sum ever left the exact integers. */
  private inexact = 0;
  private overflow = false;

  constructor(private readonly defaultCurrency: string) {}

  /** The totals of these clients (a fresh sum). */
  static of(clients: readonly Valued[], defaultCurrency: string): ColumnTotals {
    const t = new ColumnTotals(defaultCurrency);
    for (const c of clients) t.add(c);
    return t;
  }

  add(c: Valued): void {
    this.change(c, 1);
  }

  remove(c: Valued): void {
    this.change(c, -1);
  }

  /**
   * `EUR 6,000 + GBP 4,000` (largest first, ties by currency), or `EUR 0` for nothing: the text
   * `formatTotals` gives. `cards` are the column's cards now, summed afresh when the kept sums are not exact.
   */
  text(cards: readonly Valued[]): string {
    if (this.inexact > 0 || this.overflow) return formatTotals([...cards], this.defaultCurrency);
    if (this.sums.size === 0) return formatMoney(0, this.defaultCurrency);
    const totals = [...this.sums].map(([cur, s]) => [cur, s.cents] as const);
    totals.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return totals.map(([cur, cents]) => formatMoney(cents / 100, cur)).join(" + ");
  }

  private change(c: Valued, sign: 1 | -1): void {
    const { value, currency } = c.client;
    if (value === null) return;
    const cents = toCents(value);
    if (cents === null) {
      this.inexact += sign;
      return;
    }
    const cur = (currency ?? this.defaultCurrency).toUpperCase();
    const s = this.sums.get(cur) ?? { cents: 0, n: 0 };
    s.cents += sign * cents;
    s.n += sign;
    if (!Number.isSafeInteger(s.cents)) this.overflow = true;
    if (s.n === 0) this.sums.delete(cur);
    else this.sums.set(cur, s);
  }
}
