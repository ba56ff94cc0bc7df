// Small text formatters shared by the CLI, the board and the review.

/** `EUR 12,500` — fixed en-US grouping so output does not depend on the machine's locale. */
export function formatMoney(value: number, currency: string): string {
  const n = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(value);
  return `${currency} ${n}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
