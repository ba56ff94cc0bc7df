// `clientele export VAULT --csv`: one row per client, safe to open in Excel and LibreOffice.
import { clientFieldsFor, type Field } from "../core/model/fields";
import { DEFAULT_HEALTH_MATRIX, type HealthMatrix } from "../core/model/health-matrix";
import type { ClientProps, ClientStatus } from "../core/model/types";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas by prefixing a `'`. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | boolean | null;

/** The client properties that are CSV columns, in the field table's order (with the matrix's own categories). */
function csvFields(matrix: HealthMatrix): Field[] {
  return clientFieldsFor(matrix).filter((f) => f.shows.includes("csv"));
}

/** What a property's cell holds: the value read, tags joined, the settings' currency when none is set. */
function propertyCell(f: Field, c: ClientProps, defaultCurrency: string): Cell {
  if (f.health !== undefined) return c.healthInput[f.health] ?? null;
  const v = f.prop !== undefined ? c[f.prop] : c.extra?.[f.key];
  if (f.key === "currency") return (v as string | null) ?? defaultCurrency;
  if (Array.isArray(v)) return (v as unknown[]).map(String).join(", ");
  return v === undefined ? null : (v as Cell);
}

/** The computed columns after the properties. */
const COMPUTED: [string, (s: ClientStatus) => Cell][] = [
  ["health_score", (s) => s.health.score], ["health_band", (s) => s.health.band], ["health_complete", (s) => s.health.complete],
  ["last_activity", (s) => s.lastActivity], ["days_inactive", (s) => s.daysInactive], ["stale", (s) => s.stale],
  ["health_check_due", (s) => s.healthCheckDue], ["at_risk", (s) => s.atRisk], ["reasons", (s) => s.reasons.join("; ")],
];

/** The columns for a Health Matrix setting: a `health_<id>` column for each category, after the default four. */
export function csvColumns(matrix: HealthMatrix): string[] {
  return ["path", ...csvFields(matrix).map((f) => f.key), ...COMPUTED.map(([name]) => name)];
}

/** The columns with the default Health Matrix. */
export const CSV_COLUMNS = csvColumns(DEFAULT_HEALTH_MATRIX);

export function toCsv(clients: ClientStatus[], defaultCurrency: string, matrix: HealthMatrix = DEFAULT_HEALTH_MATRIX): string {
  const fields = csvFields(matrix);
  const rows = [csvColumns(matrix).map(csvField).join(",")];
  for (const s of clients) {
    const c = s.client;
    const cells: Cell[] = [c.path, ...fields.map((f) => propertyCell(f, c, defaultCurrency)), ...COMPUTED.map(([, cell]) => cell(s))];
    rows.push(cells.map(csvField).join(","));
  }
  // CRLF rows and a byte order mark: what Excel expects to detect UTF-8.
  return "\uFEFF" + rows.join("\r\n") + "\r\n";
}
