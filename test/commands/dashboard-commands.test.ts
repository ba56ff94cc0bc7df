// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openDashboard, weeklyReview } from "../../src/commands/dashboard-commands";
import { DASHBOARD_NOTE } from "../../src/core/report/dashboard";
import { dataviewDashboardNote } from "../../src/core/report/dataview-dashboard";
import { notices, readFile, renderCodeBlock } from "../fake/obsidian";
import { sampleHarness, sampleNotes } from "../helpers/sample-plugin";

const REVIEW = "Reviews/2026-W47 Weekly review.md";
const approved = (name: string) => readFileSync(`test/core/report/__approved__/${name}.approved.md`, "utf8");

describe("open-dashboard", () => {
  it("creates the dashboard from the built-in note when it is missing, then opens it", async () => {
    const files = sampleNotes();
    delete files["Client dashboard.md"];
    const h = await sampleHarness(files);
    await openDashboard(h.deps);
    expect(readFile(h.fake, "Client dashboard.md")).toBe(DASHBOARD_NOTE);
    expect(h.app.workspace.getActiveFile()?.path).toBe("Client dashboard.md");
  });

  it("opens an existing dashboard without changing it", async () => {
    const h = await sampleHarness({ ...sampleNotes(), "Client dashboard.md": "# Mine\n" });
    await openDashboard(h.deps);
    expect(readFile(h.fake, "Client dashboard.md")).toBe("# Mine\n");
    expect(h.app.workspace.getActiveFile()?.path).toBe("Client dashboard.md");
  });

  it("every block of the built-in dashboard draws a table", async () => {
    const h = await sampleHarness();
    for (const m of DASHBOARD_NOTE.matchAll(/```clientele\n([\s\S]*?)```/g)) {
      const { el } = await renderCodeBlock(h.fake, "clientele", m[1] ?? "", "Client dashboard.md");
      expect(el.querySelector("table.clientele-block-table")).not.toBeNull();
    }
  });
});

describe("open-dashboard with Dataview enabled", () => {
  const DV = "Dataview dashboard.md";

  async function withDataview(files: Record<string, string>) {
    const h = await sampleHarness(files);
    h.fake.plugins.enabledPlugins.add("dataview");
    return h;
  }

  it("creates the Dataview flavour beside the built-in dashboard, opens it and names the built-in one", async () => {
    const files = sampleNotes();
    delete files[DV];
    const h = await withDataview(files);
    const builtIn = readFile(h.fake, "Client dashboard.md");
    const before = notices().length;
    await openDashboard(h.deps);
    expect(readFile(h.fake, DV)).toBe(dataviewDashboardNote());
    expect(h.app.workspace.getActiveFile()?.path).toBe(DV);
    expect(readFile(h.fake, "Client dashboard.md")).toBe(builtIn);
    expect(notices().slice(before)).toEqual(['Clientele: Dataview is on, so its flavour of the dashboard was created. The built-in dashboard stays "Client dashboard.md".']);
  });

  it("opens an existing Dataview dashboard unchanged and says nothing", async () => {
    const h = await withDataview({ ...sampleNotes(), [DV]: "# My queries\n" });
    const before = notices().length;
    await openDashboard(h.deps);
    expect(readFile(h.fake, DV)).toBe("# My queries\n");
    expect(h.app.workspace.getActiveFile()?.path).toBe(DV);
    expect(notices().slice(before)).toEqual([]);
  });

  it("keeps the built-in dashboard when Dataview is installed but not enabled", async () => {
    const files = sampleNotes();
    delete files[DV];
    const h = await sampleHarness(files);
    await openDashboard(h.deps);
    expect(h.app.workspace.getActiveFile()?.path).toBe("Client dashboard.md");
    expect(h.app.vault.getAbstractFileByPath(DV)).toBeNull();
  });

  it("opens the built-in dashboard when the dashboard setting names the Dataview dashboard's own path", async () => {
    const files = sampleNotes();
    delete files[DV];
    const h = await withDataview(files);
    await h.deps.saveSettings({ ...h.deps.settings(), dashboardPath: "Dataview dashboard" });
    await openDashboard(h.deps);
    expect(readFile(h.fake, DV)).toBe(DASHBOARD_NOTE);
  });
});

describe("weekly-review", () => {
  it("writes this week's review, identical to the CLI's approved output, and opens it", async () => {
    const h = await sampleHarness();
    await weeklyReview(h.deps);
    expect(readFile(h.fake, REVIEW)).toBe(approved("weekly-review.sample"));
    expect(h.app.workspace.getActiveFile()?.path).toBe(REVIEW);
  });

  it("counts changes since the newest earlier review note", async () => {
    const earlier = "---\ntype: weekly-review\ndate: 2026-10-31\nsince: 2026-10-24\n---\n# Weekly review 2026-W44\n";
    const h = await sampleHarness({ ...sampleNotes(), "Reviews/2026-W44 Weekly review.md": earlier });
    await weeklyReview(h.deps);
    expect(readFile(h.fake, REVIEW)).toBe(approved("weekly-review.sample-since-oct-31"));
  });

  it("opens the existing review when run twice in a week, never overwriting it", async () => {
    const h = await sampleHarness();
    await weeklyReview(h.deps);
    const file = h.app.vault.getFileByPath(REVIEW);
    if (!file) throw new Error("no review");
    await h.app.vault.process(file, (text) => text.replace("- [ ] [[Meridian Clinics]] · Retention", "- [x] [[Meridian Clinics]] · Retention"));
    await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath("Welcome.md") ?? file);
    await weeklyReview(h.deps);
    expect(readFile(h.fake, REVIEW)).toContain("- [x] [[Meridian Clinics]] · Retention");
    expect(h.app.workspace.getActiveFile()?.path).toBe(REVIEW);
    expect(notices().at(-1)).toContain("this week's review already exists");
  });

  it("explains a review name format it cannot use", async () => {
    const h = await sampleHarness();
    await h.deps.saveSettings({ ...h.deps.settings(), reviewNameFormat: "RRRR Weekly" });
    await weeklyReview(h.deps);
    expect(notices().at(-1)).toContain('the review name format "RRRR Weekly" is not a date-fns format');
    expect(h.app.vault.getFolderByPath("Reviews")).toBeNull();
  });
});
