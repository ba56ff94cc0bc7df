// The command line's arguments, read with node:util parseArgs, and its help text.
import { parseArgs } from "node:util";
import { isDay } from "../core/model/dates";
import type { Day } from "../core/model/types";

/** The longest --days accepted: the agenda setting's limit (ten years). */
export const MAX_AGENDA_DAYS = 3660;

export const USAGE = "usage: clientele review VAULT [--now YYYY-MM-DD] [--json] [--segment S] | clientele client VAULT ID_OR_NAME [--now YYYY-MM-DD] [--json] | clientele export VAULT --csv [--now YYYY-MM-DD] [--segment S] | clientele weekly VAULT [--now YYYY-MM-DD] | clientele agenda VAULT [--days N] [--now YYYY-MM-DD] [--json] [--segment S] | clientele import VAULT FILE [--kind client|contact] [--map COL=KEY,...] [--dry-run] [--json]";

export const HELP = `clientele: Clientele's review of a vault folder on disk, without Obsidian. Nothing in the vault is changed, except by import (and the read cache, see --no-cache).

Usage:
  clientele review VAULT [--now YYYY-MM-DD] [--json]
      Prints the review: the pipeline, every client's health, who is at risk,
      the health checks due and the notes with problems.
      --json              print the report as JSON (contract section 6) instead of text
  clientele client VAULT ID_OR_NAME [--now YYYY-MM-DD] [--json]
      Prints one client's whole picture: its properties, health, activity, and
      its related records (contacts, deals, contracts, invoices, POs, feedback)
      rolled up. ID_OR_NAME is the client id (CLI-00042), the company or the
      note's name, matched without regard to case.
      --json              print it as one JSON file, for audit or another tool
  clientele export VAULT --csv [--now YYYY-MM-DD]
      Prints one CSV row per client (UTF-8 with a byte order mark, CRLF rows).
      --csv               the export format (required)
  clientele weekly VAULT [--now YYYY-MM-DD]
      Prints the weekly review note the plugin would write, as Markdown.
  clientele agenda VAULT [--days N] [--now YYYY-MM-DD] [--json]
      Prints what is due (contract section 9): health checks, touchpoints, next
      actions, renewals, overdue invoices, unanswered feedback and unmet needs,
      overdue first, then today, then the next N days.
      --days N            how many days ahead to look, 0 to ${MAX_AGENDA_DAYS} (default: the
                          vault's agendaDays setting, 7)
      --json              print { today, days, items } as JSON instead of text
  clientele import VAULT FILE [--kind client|contact] [--map COL=KEY,...] [--dry-run] [--json]
      Creates a client note per row of a CSV file, or a contact note per card of a
      vCard (.vcf) file, as "New client" and "New record" would; never overwrites a
      note. Prints what is created and every row left out, with the reason.
      --kind              client (the default for .csv), or contact (for .vcf, or a .csv of contacts)
      --map COL=KEY,...   the property a CSV column fills; KEY imported keeps its
                          values under the note's Imported section, ignore drops them
      --dry-run           print the plan and write nothing
      --json              print the plan as JSON instead of text
  clientele help | --help | -h
      Prints this help.
  clientele --version
      Prints the version.

Options of review, client, export, weekly, agenda and import:
  --now YYYY-MM-DD        evaluate the vault as on that day (default: today, local time)

Option of review, client, export, weekly and agenda:
  --no-cache              read every note again and write no cache; by default what each note's
                          frontmatter gives is kept in .obsidian/plugins/clientele/cli-cache.json,
                          by path, size and modification time, and a note is read again only when
                          one of them changed

Option of review, export and agenda:
  --segment SEGMENT       only the clients of a saved segment (its name, as in the settings)
                          or of a condition such as "stage:Active tier:Gold risk:High tag:x"

VAULT is the vault's folder; its settings are read from .obsidian/plugins/clientele/data.json.
Notes and folders that cannot be read are left out and named: under Problems (review), under
errors (--json), on stderr (export, weekly; the weekly note lists them too).

Exit status:
  0  done, even when some notes or folders could not be read
  1  an unexpected error, or import could not write a note
  2  bad arguments, or VAULT is missing or not a folder
`;

export type Command = "review" | "client" | "export" | "weekly" | "agenda" | "import";

export interface Args {
  command: Command;
  vault: string;
  now: Day | null;
  json: boolean;
  csv: boolean;
  /** `client`: the client id or name asked for. */
  client?: string;
  /** `agenda`: --days, or null for the vault's setting. */
  days?: number | null;
  /** `import`: the file to import, --kind (null: by the file's extension), --map items, --dry-run. */
  file?: string;
  kind?: "client" | "contact" | null;
  map?: string[];
  dryRun?: boolean;
  /** --no-cache: read every note and write no cache file. */
  noCache?: boolean;
  /** `review`, `export`, `agenda`: --segment, a saved segment's name or a condition. */
  segment?: string;
}

export type Parsed = Args | { command: "help" } | { command: "version" };

export class UsageError extends Error {}

const COMMANDS: readonly string[] = ["review", "client", "export", "weekly", "agenda", "import"];

/** --days as a whole number of days, 0 to MAX_AGENDA_DAYS. */
function parseDays(raw: string): number {
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n > MAX_AGENDA_DAYS) throw new UsageError(`--days needs a whole number of days from 0 to ${MAX_AGENDA_DAYS}, got ${JSON.stringify(raw)}`);
  return n;
}

function parseError(e: unknown): UsageError {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
    // parseArgs's messages are long ("... To specify a positional argument starting with a '-' ..."): keep the first sentence.
    const dot = message.indexOf(". ");
    return new UsageError(dot === -1 ? message : message.slice(0, dot));
  }
  throw e;
}

/** Reads `argv` (without node and the script). Throws UsageError on anything it cannot use. */
export function parseCliArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        now: { type: "string" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        days: { type: "string" },
        kind: { type: "string" },
        map: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
        "no-cache": { type: "boolean" },
        segment: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (e) {
    // --help and --version win over anything else on the line, even a mistake.
    if (argv.includes("--help") || argv.includes("-h")) return { command: "help" };
    if (argv.includes("--version")) return { command: "version" };
    throw parseError(e);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help === true || command === "help") return { command: "help" };
  if (values.version === true) return { command: "version" };
  if (command === undefined) throw new UsageError("missing command");
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  const cmd = command as Command;
  if (values.json === true && cmd !== "review" && cmd !== "client" && cmd !== "agenda" && cmd !== "import") throw new UsageError(`unknown option "--json" for ${cmd}`);
  if (values.csv === true && cmd !== "export") throw new UsageError(`unknown option "--csv" for ${cmd}`);
  if (values.days !== undefined && cmd !== "agenda") throw new UsageError(`unknown option "--days" for ${cmd}`);
  for (const [name, v] of [["kind", values.kind], ["map", values.map], ["dry-run", values["dry-run"]]] as const) if (v !== undefined && cmd !== "import") throw new UsageError(`unknown option "--${name}" for ${cmd}`);
  if (values.segment !== undefined && cmd !== "review" && cmd !== "export" && cmd !== "agenda") throw new UsageError(`unknown option "--segment" for ${cmd}`);
  if (values["no-cache"] !== undefined && cmd === "import") throw new UsageError('unknown option "--no-cache" for import');
  if (values.segment !== undefined && values.segment.trim() === "") throw new UsageError("--segment needs a saved segment's name or a condition such as \"stage:Active tier:Gold\"");
  if (values.kind !== undefined && values.kind !== "client" && values.kind !== "contact") throw new UsageError(`--kind needs client or contact, got ${JSON.stringify(values.kind)}`);
  const days = values.days === undefined ? null : parseDays(values.days);
  const now = values.now;
  if (now !== undefined && !isDay(now)) throw new UsageError(`--now needs a date as YYYY-MM-DD, got ${JSON.stringify(now)}`);
  const [vault, ...more] = rest;
  if (vault === undefined || vault === "") throw new UsageError("missing VAULT folder");
  const client = cmd === "client" ? more.shift() : undefined;
  const file = cmd === "import" ? more.shift() : undefined;
  if (cmd === "import" && (file === undefined || file.trim() === "")) throw new UsageError("import needs the CSV or vCard file after VAULT");
  if (cmd === "client" && (client === undefined || client.trim() === "")) throw new UsageError("client needs the client's id or name after VAULT");
  const extra = more[0];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (cmd === "export" && values.csv !== true) throw new UsageError("export needs --csv");
  const args: Args = { command: cmd, vault, now: now ?? null, json: values.json === true, csv: values.csv === true };
  if (values["no-cache"] === true) args.noCache = true;
  if (client !== undefined) args.client = client;
  if (cmd === "agenda") args.days = days;
  if (values.segment !== undefined) args.segment = values.segment.trim();
  if (file !== undefined) Object.assign(args, { file, kind: (values.kind as Args["kind"]) ?? null, map: values.map ?? [], dryRun: values["dry-run"] === true });
  return args;
}
