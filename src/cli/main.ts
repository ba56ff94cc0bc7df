// The `clientele` command line: the same core as the plugin, run on a vault folder on disk.
import { existsSync, statSync } from "node:fs";
import { isDay } from "../core/model/dates";
import { buildReport } from "../core/report/report";
import { evaluateNotes } from "../core/model/portfolio";
import type { Day } from "../core/model/types";
import { toCsv } from "./csv";
import { COLOUR, PLAIN, renderReviewText } from "./review-text";
import { withoutControls } from "./safe-text";
import { scanVault } from "./vault";
import { weeklyReviewMarkdown } from "./weekly";

export const USAGE = "usage: clientele review VAULT [--now YYYY-MM-DD] [--json] | clientele export VAULT --csv [--now YYYY-MM-DD] | clientele weekly VAULT [--now YYYY-MM-DD]";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal that wants colour. */
  colour: boolean;
  /** Today in the local time zone, used when --now is not given. */
  today(): Day;
}

interface Args {
  command: "review" | "export" | "weekly";
  vault: string;
  now: Day | null;
  json: boolean;
  csv: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== "review" && command !== "export" && command !== "weekly") throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  const args: Args = { command, vault: "", now: null, json: false, csv: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === "--json" && command === "review") args.json = true;
    else if (a === "--csv" && command === "export") args.csv = true;
    else if (a === "--now" || a.startsWith("--now=")) {
      const v = a === "--now" ? rest[++i] : a.slice("--now=".length);
      if (v === undefined || !isDay(v)) throw new UsageError(`--now needs a date as YYYY-MM-DD, got ${v === undefined ? "nothing" : JSON.stringify(v)}`);
      args.now = v;
    } else if (a.startsWith("-")) throw new UsageError(`unknown option "${a}"`);
    else if (args.vault === "") args.vault = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  if (args.vault === "") throw new UsageError("missing VAULT folder");
  if (command === "export" && !args.csv) throw new UsageError("export needs --csv");
  return args;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`clientele: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (!existsSync(args.vault) || !statSync(args.vault).isDirectory()) {
    io.err(`clientele: vault folder not found: ${args.vault}\n`);
    return 2;
  }
  const today = args.now ?? io.today();
  const vault = scanVault(args.vault);
  for (const p of vault.settingsProblems) io.err(`clientele: ${p}\n`);
  const clients = evaluateNotes(vault.notes, today, vault.settings);
  if (args.command === "weekly") {
    io.out(withoutControls(weeklyReviewMarkdown(args.vault, vault, today)));
  } else if (args.command === "export") {
    io.out(withoutControls(toCsv(clients, vault.settings.currency)));
  } else if (args.json) {
    io.out(JSON.stringify(buildReport(today, clients, vault.errors, vault.settings), null, 2) + "\n");
  } else {
    io.out(renderReviewText(today, clients, vault.errors, vault.settings, io.colour ? COLOUR : PLAIN) + "\n");
  }
  return 0;
}

function localToday(): Day {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Called by bin/clientele.cjs. */
export function main(argv: string[]): Promise<number> {
  return run(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    today: localToday,
  });
}
