// The `clientele` command line: the same core as the plugin, run on a vault folder on disk.
import { statSync } from "node:fs";
import manifest from "../../manifest.json";
import { buildReport } from "../core/report/report";
import { findClient } from "../core/model/find-client";
import { filterBySegment } from "../core/intel/segments";
import { evaluateVault } from "../core/records/vault";
import { buildClientReport } from "../core/report/client-report";
import { renderClientProfile } from "./client-profile";
import { agendaEntries, agendaJson, renderAgendaText, vaultDue } from "./agenda";
import type { Day } from "../core/model/types";
import { HELP, parseCliArgs, USAGE, UsageError, type Args } from "./args";
import { toCsv } from "./csv";
import { runImport } from "./import";
import { COLOUR, PLAIN, renderReviewText } from "./review-text";
import { oneSafeLine as t, withoutControls } from "./safe-text";
import { scanVault } from "./vault";
import { weeklyReviewMarkdown } from "./weekly";

export { USAGE } from "./args";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal that wants colour. */
  colour: boolean;
  /** Today in the local time zone, used when --now is not given. */
  today(): Day;
}

/** Why `vault` cannot be scanned, or null when it is a folder. */
function vaultProblem(vault: string): string | null {
  let stat;
  try {
    stat = statSync(vault);
  } catch {
    return `vault folder not found: ${vault}`;
  }
  return stat.isDirectory() ? null : `${vault} is a file, not a vault folder`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let args: Args;
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.command === "help") {
      io.out(HELP);
      return 0;
    }
    if (parsed.command === "version") {
      io.out(`clientele ${manifest.version}\n`);
      return 0;
    }
    args = parsed;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`clientele: ${t(e.message)}\n${USAGE}\nRun "clientele --help" for every command and option.\n`);
      return 2;
    }
    throw e;
  }
  const problem = vaultProblem(args.vault);
  if (problem !== null) {
    io.err(`clientele: ${t(problem)}\n`);
    return 2;
  }
  if (args.command === "import") return runImport(args, io);
  const today = args.now ?? io.today();
  // Only the weekly note quotes note text; the other commands keep none (issue 16: memory and GC).
  const vault = scanVault(args.vault, { bodies: args.command === "weekly", cache: args.noCache !== true });
  for (const p of vault.settingsProblems) io.err(`clientele: ${t(p)}\n`);
  const evaluated = evaluateVault(vault.notes, today, vault.settings);
  const inSegment = args.segment === undefined ? evaluated.clients : filterBySegment(evaluated.clients, args.segment, vault.settings.segments);
  if (!Array.isArray(inSegment)) {
    io.err(`clientele: --segment: ${t(inSegment.problem)}\n`);
    return 2;
  }
  const evaluation = { ...evaluated, clients: inSegment };
  const clients = evaluation.clients;
  if (args.command === "client") {
    const found = findClient(clients, args.client ?? "");
    if (!found.ok) {
      io.err(`clientele: ${t(found.message)}\n`);
      return 2;
    }
    const path = found.client.client.path;
    const report = buildClientReport(today, found.client, evaluation.byClient.get(path) ?? [], vaultDue(vault, { ...evaluation, clients: [found.client] }, today).get(path) ?? []);
    io.out(args.json ? JSON.stringify(report, null, 2) + "\n" : renderClientProfile(report, t));
    return 0;
  }
  if (args.command === "agenda") {
    // The agenda's outputs have no room for errors either: name what was left out on stderr.
    for (const e of vault.errors) io.err(`clientele: skipped ${t(e.path)}: ${t(e.message)}\n`);
    const days = args.days ?? vault.settings.agendaDays;
    const entries = agendaEntries(vaultDue(vault, evaluation, today), today, days);
    io.out(args.json ? JSON.stringify(agendaJson(entries, today, days), null, 2) + "\n" : renderAgendaText(entries, today, days, t));
    return 0;
  }
  if (args.command === "weekly" || args.command === "export") {
    // These outputs have no room for errors: name what was left out on stderr.
    for (const e of vault.errors) io.err(`clientele: skipped ${t(e.path)}: ${t(e.message)}\n`);
    io.out(withoutControls(args.command === "weekly" ? weeklyReviewMarkdown(args.vault, vault, today) : toCsv(clients, vault.settings.currency, vault.settings.healthMatrix)));
  } else if (args.json) {
    io.out(JSON.stringify(buildReport(today, clients, vault.errors, vault.settings, vaultDue(vault, evaluation, today)), null, 2) + "\n");
  } else {
    for (const f of vault.unreadableFolders) io.err(`clientele: could not read folder ${t(f.path)}: ${t(f.message.replace(/^Could not read the folder: /, ""))}\n`);
    io.out(renderReviewText(today, clients, vault.errors, vault.settings, io.colour ? COLOUR : PLAIN, vault.noteCount) + "\n");
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
