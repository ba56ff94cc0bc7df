// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Plugin, type App } from "obsidian";
import { createApi } from "../src/api";
import { createFakeApp, flush, loadPlugin, readFile } from "./fake/obsidian";
import { defaultSettings } from "../src/core/model/settings";
import { makeDeps } from "../src/obsidian/deps";
import { sampleHarness, SAMPLE_TODAY, startDeps } from "./helpers/sample-plugin";

const KESSLER = "Clients/Kessler Fluid Systems.md";

describe("ClienteleApi v1", () => {
  it("lists, finds and scores clients", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    expect(api.version).toBe(1);
    expect(api.listClients()).toHaveLength(14);
    expect(api.getClient(KESSLER)?.client.name).toBe("Kessler Fluid Systems");
    expect(api.getClient("Welcome.md")).toBeNull();
    expect(api.health("Clients/Fieldnote Analytics.md")).toMatchObject({ score: 19, band: "Critical", complete: true });
    expect(api.health("nope.md")).toBeNull();
    expect(api.atRisk().map((c) => c.client.name)).toEqual(["Copperleaf Coffee Roasters", "Fieldnote Analytics", "Halloran Pike Solicitors", "Kessler Fluid Systems", "Meridian Clinics"]);
  });

  it("hands out copies: changing a result changes nothing inside the plugin", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    const c = api.getClient(KESSLER);
    if (!c) throw new Error("missing");
    c.client.name = "Changed";
    (c.reasons as string[]).push("mine"); // a copy: a plain array, though typed read-only
    expect(api.getClient(KESSLER)?.client.name).toBe("Kessler Fluid Systems");
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("moves a stage through the same write as the command: properties and Stage history", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    expect(await api.moveStage(KESSLER, "active")).toBe(true);
    const text = readFile(h.fake, KESSLER);
    expect(text).toMatch(/^stage: Active$/m);
    expect(text).toMatch(/^stage_changed: 2026-11-21$/m);
    expect(text).toContain("- 2026-11-21: Proposal → Active");
    await h.settle();
    expect(api.getClient(KESSLER)?.client.stage).toBe("Active");
  });

  it("refuses an unknown stage or a note that is not a client, writing nothing", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    const before = readFile(h.fake, KESSLER);
    expect(await api.moveStage(KESSLER, "Won")).toBe(false);
    expect(await api.moveStage("Welcome.md", "Active")).toBe(false);
    expect(readFile(h.fake, KESSLER)).toBe(before);
  });

  describe("related records", () => {
    const ACME = "Clients/Acme Robotics.md";
    const BETA = "Clients/Beta Labs.md";
    const files = {
      [ACME]: "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\ncurrency: EUR\n---\n# Acme Robotics\n",
      [BETA]: "---\ntype: client\nclient_id: CLI-00002\ncompany: Beta Labs\nstage: Lead\ncurrency: EUR\n---\n# Beta Labs\n",
      "Records/Ada Byrne.md": '---\ntype: contact\nclient: "[[Acme Robotics]]"\nrole: champion\nlast_contact: 2026-11-10\n---\n',
      "Records/INV-0001.md": '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0001\namount: 1200\nissued: 2026-10-01\ndue: 2026-11-01\n---\n',
      "Records/Joint deal.md": '---\ntype: deal\nclient:\n  - "[[Acme Robotics]]"\n  - "[[Beta Labs]]"\nstatus: open\nvalue: 5000\nprobability: 40\n---\n',
    };

    async function recordsApi() {
      const h = await startDeps(files, defaultSettings());
      await h.settle();
      return createApi(h.deps);
    }

    it("rolls up a client's records; null for a note that is not a client", async () => {
      const api = await recordsApi();
      const acme = api.records(ACME);
      expect(acme?.counts).toEqual({ contact: 1, deal: 1, contract: 0, invoice: 1, po: 0, feedback: 0 });
      expect(acme?.contacts).toEqual([{ path: "Records/Ada Byrne.md", name: "Ada Byrne", roles: ["champion"], lastContact: "2026-11-10" }]);
      expect(acme?.deals).toMatchObject({ open: 1, openValue: 5000, weightedValue: 2000 });
      expect(acme?.invoices).toMatchObject({ overdue: 1200, overdueCount: 1, oldestOverdueDays: 20 });
      expect(api.records(BETA)?.counts).toEqual({ contact: 0, deal: 1, contract: 0, invoice: 0, po: 0, feedback: 0 });
      expect(api.records("Records/INV-0001.md")).toBeNull();
      expect(api.records("nope.md")).toBeNull();
    });

    it("records is null for every client when the vault has no records", async () => {
      const h = await startDeps({ [ACME]: files[ACME] }, defaultSettings());
      await h.settle();
      const api = createApi(h.deps);
      expect(api.getClient(ACME)?.client.name).toBe("Acme Robotics");
      expect(api.records(ACME)).toBeNull();
      expect(api.recordsOf(ACME)).toEqual([]);
    });

    it("lists the record notes linked to a client, sorted by path, optionally of one kind", async () => {
      const api = await recordsApi();
      expect(api.recordsOf(ACME).map((r) => [r.path, r.kind])).toEqual([["Records/Ada Byrne.md", "contact"], ["Records/INV-0001.md", "invoice"], ["Records/Joint deal.md", "deal"]]);
      expect(api.recordsOf(BETA).map((r) => r.path)).toEqual(["Records/Joint deal.md"]);
      const [invoice] = api.recordsOf(ACME, "invoice");
      expect(api.recordsOf(ACME, "invoice")).toHaveLength(1);
      expect(invoice).toMatchObject({ id: "INV-0001", name: "INV-0001", clientLinks: ["Acme Robotics"], values: { amount: 1200, due: "2026-11-01" } });
      expect(api.recordsOf(ACME, "contract")).toEqual([]);
      expect(api.recordsOf("Records/INV-0001.md")).toEqual([]);
      expect(api.recordsOf("nope.md")).toEqual([]);
    });

    it("finds a client by id, path, company or note name; null when none or several match", async () => {
      const api = await recordsApi();
      expect(api.client("CLI-00002")?.client.path).toBe(BETA);
      expect(api.client("cli-00001")?.client.path).toBe(ACME);
      expect(api.client(ACME)?.client.name).toBe("Acme Robotics");
      expect(api.client("Clients/Beta Labs")?.client.path).toBe(BETA);
      expect(api.client("acme robotics")?.client.id).toBe("CLI-00001");
      expect(api.client("Nobody")).toBeNull();
      expect(api.client("")).toBeNull();
      expect(api.client(undefined as unknown as string)).toBeNull();
      expect(api.client("Beta Labs")?.records?.counts.deal).toBe(1);
    });

    it("finds nothing when a name is shared by two clients", async () => {
      const h = await startDeps({ ...files, "Clients/Other/Acme Robotics.md": "---\ntype: client\nclient_id: CLI-00003\ncompany: Acme Robotics\n---\n" }, defaultSettings());
      await h.settle();
      const api = createApi(h.deps);
      expect(api.client("Acme Robotics")).toBeNull();
      expect(api.client("CLI-00003")?.client.path).toBe("Clients/Other/Acme Robotics.md");
    });

    it("hands out copies of records too", async () => {
      const api = await recordsApi();
      const rolled = api.records(ACME);
      const list = api.recordsOf(ACME);
      if (!rolled || !list[0]) throw new Error("missing");
      rolled.counts.invoice = 99;
      list[0].values.role = "blocker";
      list.pop();
      expect(api.records(ACME)?.counts.invoice).toBe(1);
      expect(api.recordsOf(ACME)).toHaveLength(3);
      expect(api.recordsOf(ACME)[0]?.values.role).toEqual(["champion"]);
    });
  });
});

describe("ClienteleApi for dataviewjs: whenReady, onChange, stages, agenda, rows", () => {
  const ACME = "Clients/Acme Robotics.md";
  const acme = (stage: string) => `---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: ${stage}\nnext_action: Call Ada\nnext_action_due: 2026-11-18\n---\n# Acme Robotics\n`;

  class TestPlugin extends Plugin {}

  it("whenReady waits for the index's first build, and resolves at once afterwards", async () => {
    const fake = createFakeApp({ [ACME]: acme("Active") });
    const app = fake as unknown as App;
    const plugin = await loadPlugin(TestPlugin, fake, { id: "clientele", name: "Clientele" });
    const deps = makeDeps(app, plugin, { settings: () => defaultSettings(), saveSettings: () => Promise.resolve(), today: () => SAMPLE_TODAY, now: () => new Date(2026, 10, 21, 9, 30) });
    const api = createApi(deps);
    let ready = false;
    const waiting = api.whenReady().then(() => {
      ready = true;
    });
    await flush(fake);
    expect(ready).toBe(false);
    expect(api.rows()).toEqual([]);
    deps.index.start();
    await waiting;
    expect(ready).toBe(true);
    expect(api.rows().map((r) => r.name)).toEqual(["Acme Robotics"]);
    await expect(api.whenReady()).resolves.toBeUndefined();
  });

  it("onChange fires after a note changes and after the settings change; unsubscribe stops it, twice is harmless", async () => {
    const h = await startDeps({ [ACME]: acme("Active") }, defaultSettings());
    await h.settle();
    const api = createApi(h.deps);
    let calls = 0;
    const seen: (string | null)[] = [];
    const off = api.onChange(() => {
      calls++;
      seen.push(api.rows()[0]?.stage ?? null);
    });
    const file = h.app.vault.getFileByPath(ACME);
    if (!file) throw new Error("missing");
    await h.app.vault.modify(file, acme("Retention"));
    await h.settle();
    expect(calls).toBe(1);
    expect(seen).toEqual(["Retention"]);

    await h.deps.saveSettings({ ...h.deps.settings(), healthMatrix: h.deps.settings().healthMatrix.map((c) => (c.id === "growth" ? { ...c, weight: 3 } : c)) });
    await h.settle();
    expect(calls).toBe(2);

    off();
    off();
    await h.app.vault.modify(file, acme("Active"));
    await h.settle();
    expect(calls).toBe(2);
    expect(api.rows()[0]?.stage).toBe("Active");
  });

  it("one failing callback does not stop the others; unloading the plugin drops every callback", async () => {
    const h = await startDeps({ [ACME]: acme("Active") }, defaultSettings());
    await h.settle();
    const api = createApi(h.deps);
    let calls = 0;
    api.onChange(() => {
      throw new Error("broken view");
    });
    api.onChange(() => calls++);
    const errors = console.error;
    console.error = () => {};
    try {
      await h.deps.saveSettings({ ...h.deps.settings() });
      await h.settle();
    } finally {
      console.error = errors;
    }
    expect(calls).toBe(1);
    h.deps.plugin.unload();
    h.app.workspace.trigger("clientele:index-changed", { revision: 99, paths: new Set() });
    expect(calls).toBe(1);
    const late = api.onChange(() => calls++);
    late();
    expect(calls).toBe(1);
  });

  it("lists the stages, today's agenda and one flat row per client", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    expect(api.stages()).toEqual(h.deps.settings().stages);
    const stages = api.stages();
    stages.push("Mine");
    expect(api.stages()).not.toContain("Mine");

    const agenda = api.agenda();
    expect(agenda.length).toBeGreaterThan(0);
    for (const item of agenda) expect(Object.keys(item).sort()).toEqual(["client", "clientName", "day", "kind", "overdue", "text"]);
    expect(agenda[0]?.overdue).toBe(true);
    const kessler = agenda.filter((i) => i.client === KESSLER);
    expect(kessler.length).toBeGreaterThan(0);
    expect(kessler.every((i) => i.clientName === "Kessler Fluid Systems")).toBe(true);

    const rows = api.rows();
    expect(rows.map((r) => r.path)).toEqual(api.listClients().map((c) => c.client.path));
    const row = rows.find((r) => r.path === KESSLER);
    const status = api.getClient(KESSLER);
    expect(row).toMatchObject({ name: "Kessler Fluid Systems", stage: status?.client.stage, score: status?.health.score, atRisk: true, risk: status?.risk.score, clv: status?.clv, due: kessler.length, overdue: kessler.filter((i) => i.overdue).length });
    expect(rows.filter((r) => r.atRisk).map((r) => r.name)).toEqual(api.atRisk().map((c) => c.client.name));
  });
});
