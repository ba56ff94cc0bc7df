// @vitest-environment happy-dom
// The dashboard's dataviewjs blocks run against the real API with a stand-in for Dataview's `dv`:
// they draw from rows(), agenda() and stages(), draw again after Clientele's results change, and
// stop once Dataview unloads the block (the unsubscribe handed to dv.component).
import { describe, expect, it } from "vitest";
import { createApi, type ClienteleApi } from "../src/api";
import { dataviewDashboardNote } from "../src/core/report/dataview-dashboard";
import { sampleHarness } from "./helpers/sample-plugin";

const KESSLER = "Clients/Kessler Fluid Systems.md";

function scripts(): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const line of dataviewDashboardNote().split("\n")) {
    if (current === null) {
      if (line === "```dataviewjs") current = [];
    } else if (line === "```") {
      out.push(current.join("\n"));
      current = null;
    } else current.push(line);
  }
  return out;
}

type Drawn = { table: string[]; rows: unknown[][] } | { paragraph: string };

/** What a dataviewjs block sees as `dv`: every `empty()` starts a new drawing. */
function fakeDv() {
  const drawings: Drawn[][] = [[]];
  const unloads: (() => void)[] = [];
  const last = () => drawings[drawings.length - 1] ?? [];
  const dv = {
    container: { empty: () => void drawings.push([]) },
    table: (table: string[], rows: unknown[][]) => void last().push({ table, rows }),
    paragraph: (paragraph: string) => void last().push({ paragraph }),
    fileLink: (path: string, _embed: boolean, name: string) => ({ path, name }),
    component: { register: (cb: () => void) => void unloads.push(cb) },
  };
  return { dv, drawings, unloads, last };
}

type Script = (dv: unknown, app: unknown) => Promise<void>;
const AsyncFunction = (Object.getPrototypeOf(async () => {}) as { constructor: new (...args: string[]) => Script }).constructor;

async function run(code: string, api: ClienteleApi | undefined) {
  const f = fakeDv();
  await new AsyncFunction("dv", "app", code)(f.dv, { plugins: { plugins: api ? { clientele: { api } } : {} } });
  return f;
}

describe("the Dataview dashboard's dataviewjs blocks", () => {
  it("are four, and each says what to do when Clientele is off", async () => {
    expect(scripts()).toHaveLength(4);
    for (const code of scripts()) {
      const f = await run(code, undefined);
      expect(f.last()).toHaveLength(1);
      expect((f.last()[0] as { paragraph?: string }).paragraph).toMatch(/^Turn on the Clientele plugin/);
    }
  });

  it("draw Clientele's results, draw again after a change, and stop after Dataview unloads them", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    const file = h.app.vault.getFileByPath(KESSLER);
    if (!file) throw new Error("missing");
    const runs = await Promise.all(scripts().map((code) => run(code, api)));
    const [values, atRisk, agenda, stages] = runs.map((r) => r.last());

    expect(values?.[0]).toMatchObject({ table: ["Client", "Stage", "Health", "Risk", "Lifetime value", "Days in stage", "Due"] });
    const valueRows = (values?.[0] as { rows: unknown[][] }).rows;
    expect(valueRows).toHaveLength(14);
    const kessler = valueRows.find((r) => (r[0] as { path: string }).path === KESSLER);
    const row = api.rows().find((r) => r.path === KESSLER);
    expect(kessler?.[1]).toBe("Proposal");
    expect(kessler?.[2]).toBe(`${row?.score} (${row?.band})`);
    expect(kessler?.[3]).toBe(row?.risk === null ? "-" : `${row?.risk} (${row?.riskLevel})`);
    expect((atRisk?.[0] as { rows: unknown[][] }).rows.map((r) => (r[0] as { name: string }).name)).toEqual(api.atRisk().map((c) => c.client.name));
    expect((agenda?.[0] as { rows: unknown[][] }).rows).toHaveLength(api.agenda().length);
    const perStage = (stages?.[0] as { rows: unknown[][] }).rows;
    expect(perStage.map((r) => r[0])).toEqual([...api.stages(), "No stage"]);
    expect(perStage.reduce((n, r) => n + (r[1] as number), 0)).toBe(14);

    const before = runs.map((r) => r.drawings.length);
    // One edit may be announced more than once (the properties, then the note's text): at least one redraw.
    const drawn = () => runs.map((r) => r.drawings.length);
    await h.app.vault.modify(file, (await h.app.vault.read(file)).replace(/^stage: .*$/m, "stage: Active"));
    await h.settle();
    const afterEdit = drawn();
    afterEdit.forEach((n, i) => expect(n).toBeGreaterThan(before[i] ?? n));
    const redrawn = (runs[0]?.last()[0] as { rows: unknown[][] }).rows.find((r) => (r[0] as { path: string }).path === KESSLER);
    expect(redrawn?.[1]).toBe("Active");

    // A weight changes: no note changed, the tables are drawn again all the same.
    await h.deps.saveSettings({ ...h.deps.settings(), healthMatrix: h.deps.settings().healthMatrix.map((c) => (c.id === "profitability" ? { ...c, weight: 5 } : c)) });
    await h.settle();
    const afterSettings = drawn();
    afterSettings.forEach((n, i) => expect(n).toBeGreaterThan(afterEdit[i] ?? n));

    for (const r of runs) {
      expect(r.unloads).toHaveLength(1);
      for (const unload of r.unloads) unload();
    }
    await h.app.vault.modify(file, (await h.app.vault.read(file)).replace(/^stage: .*$/m, "stage: Retention"));
    await h.settle();
    expect(api.rows().find((r) => r.path === KESSLER)?.stage).toBe("Retention");
    expect(drawn()).toEqual(afterSettings);
  });
});
