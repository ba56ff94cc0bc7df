// Related records at scale (issue 12): 2,000 clients and 20,000 records in the fake Obsidian.
// Index ready (build + record links resolved), the first evaluation with every roll-up, and an
// incremental update of one record: its changed event plus the re-evaluation the views then ask
// for, with the number of clients actually re-evaluated.
import { it } from "vitest";
import { agendaModel } from "../src/core/agenda/agenda-model";
import { ClientIndex } from "../src/obsidian/client-index";
import { defaultSettings } from "../src/core/model/settings";
import { createFakeApp, type TFile } from "../test/fake/obsidian";
import { clientNote, rng } from "./gen-vault.mjs";
import { gc, median, time, writeFigures, type Figures } from "./measure";

const CLIENTS = 2_000;
const RECORDS = 20_000;
const TODAY = "2026-11-21";
const figures: Figures = {};
const settings = defaultSettings();

function recordNote(r: () => number, i: number, clientName: string): { path: string; text: string } {
  const kind = ["contact", "deal", "contract", "invoice", "invoice", "invoice", "po", "feedback"][i % 8] as string;
  const link = `client: "[[${clientName}]]"`;
  const day = (back: number) => new Date(Date.UTC(2026, 10, 21) - Math.floor(r() * back) * 86_400_000).toISOString().slice(0, 10);
  const body: Record<string, string[]> = {
    contact: [`role: ${["champion", "decision maker", "user", "billing"][i % 4]}`, `last_contact: ${day(90)}`],
    deal: [`record_id: DEAL-${i}`, "status: open", `value: ${1000 + Math.floor(r() * 50_000)}`, `probability: ${Math.floor(r() * 100)}`, `expected_close: ${day(60)}`],
    contract: [`record_id: CTR-${i}`, "status: signed", `end: 2027-0${1 + (i % 9)}-15`, "notice_days: 60"],
    invoice: [`number: INV-${i}`, `amount: ${500 + Math.floor(r() * 9000)}`, `issued: ${day(200)}`, `due: ${day(150)}`, ...(r() < 0.6 ? [`paid: ${day(30)}`] : [])],
    po: [`number: PO-${i}`, `amount: ${2000 + Math.floor(r() * 5000)}`, `received: ${day(100)}`],
    feedback: [`record_id: FB-${i}`, `opened: ${day(60)}`, ...(r() < 0.5 ? [`resolved: ${day(10)}`] : []), "severity: medium"],
  };
  return { path: `Records/${kind}/${kind}-${i}.md`, text: ["---", `type: ${kind}`, link, ...(body[kind] ?? []), "---", `# ${kind} ${i}`, ""].join("\n") };
}

function files(): { files: Record<string, string>; records: string[] } {
  const r = rng(7);
  const out: Record<string, string> = {};
  const names: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const n = clientNote(r, i);
    out[`Clients/${n.name}`] = n.text;
    names.push(n.name.replace(/\.md$/, ""));
  }
  const records: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const rec = recordNote(r, i, names[Math.floor(r() * names.length)] as string);
    out[rec.path] = rec.text;
    records.push(rec.path);
  }
  return { files: out, records };
}

it(`index ready and incremental update, ${CLIENTS} clients and ${RECORDS} records`, async () => {
  const { files: vault, records } = files();
  const ready: number[] = [];
  const firstEval: number[] = [];
  let index: ClientIndex | null = null;
  let app = createFakeApp(vault);
  for (let round = 0; round < 5; round++) {
    index?.unload();
    app = createFakeApp(vault);
    gc();
    const t0 = performance.now();
    index = new ClientIndex(app as never, () => settings);
    index.start();
    await index.whenReady();
    ready.push(performance.now() - t0);
    const t1 = performance.now();
    index.clients(TODAY);
    firstEval.push(performance.now() - t1);
  }
  if (!index) throw new Error("no index");
  figures.recordsIndexReady = { value: median(ready), unit: "ms", runs: ready.length, note: `${CLIENTS} clients, ${RECORDS} records (${index.records.size()} indexed), build and link resolution` };
  figures.recordsFirstEvaluation = { value: median(firstEval), unit: "ms", runs: firstEval.length, note: "every client evaluated with its records rolled up" };

  // The agenda as the sidebar view builds it: every client's due items from its status and records.
  const live0 = index;
  const agenda: number[] = [];
  let items = 0;
  for (let round = 0; round < 7; round++) {
    const t = performance.now();
    const model = agendaModel({ statuses: live0.clients(TODAY), records: (path) => live0.records.of(path), needs: () => [], since: () => null, today: TODAY, settings });
    agenda.push(performance.now() - t);
    items = model.count;
  }
  figures.recordsAgenda = { value: median(agenda), unit: "ms", runs: agenda.length, note: `${CLIENTS} clients (risk and value already evaluated), ${RECORDS} records; ${items} items in the window` };

  // One record changes: the changed event, then the evaluation the board asks for.
  const cache = app.metadataCache;
  const targets = records.slice(0, 200).map((p) => app.vault.getFileByPath(p) as TFile);
  let k = 0;
  let reevaluated = 0;
  const live = index;
  const perUpdate = await time(() => {
    for (const file of targets) {
      const c = cache.getFileCache(file);
      if (!c?.frontmatter) continue;
      const before = live.clients(TODAY);
      cache.trigger("changed", file, "", { ...c, frontmatter: { ...c.frontmatter, amount: 1000 + k++ } });
      const after = live.clients(TODAY);
      let changed = 0;
      for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed++;
      reevaluated = Math.max(reevaluated, changed);
    }
  }, 10);
  figures.recordsIncrementalUpdate = { value: median(perUpdate) / targets.length, unit: "ms", runs: perUpdate.length * targets.length, note: `one record's changed event plus the re-evaluation of all ${CLIENTS} clients' list; at most ${reevaluated} client(s) re-evaluated per update` };
  index.unload();
  writeFigures("records", figures);
});
