// @vitest-environment happy-dom
// Odd health scores end as diagnostics (never NaN, never a crash) all the way to the screen and
// the CLI; days are the user's calendar days in any time zone, across daylight-saving changes.
import { utimesSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getOpenModal, readFile, renderCodeBlock, runCommand, suggestModal } from "../fake/obsidian";
import { cli } from "../cli/run-cli";
import { tmpVault } from "../helpers/tmp-vault";
import { startPlugin } from "../plugin/setup";
import { depsOf, props, uiMove } from "./helpers";

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** [YAML as written, valid?, the score read] */
const SCORES: [string, boolean, number | null][] = [
  ["0", false, null], ["6", false, null], ['"3"', true, 3], ["3.5", true, 3.5], ["null", false, null], ["", false, null],
  ["[]", false, null], ["{}", false, null], ["-1", false, null], ["high", false, null], [".nan", false, null], [".inf", false, null],
  ['" 4 "', true, 4], ["1e400", false, null], ["[3]", false, null], ["{a: 3}", false, null], ["true", false, null],
];

function scoreNote(yaml: string): string {
  return `---\ntype: client\nstage: Active\nhealth_profitability: 4\nhealth_growth: ${yaml}\nlast_contact: 2026-11-01\n---\n# Score ${yaml}\n`;
}

describe("odd health scores", () => {
  const files = Object.fromEntries(SCORES.map(([yaml], i) => [`Clients/S${i}.md`, scoreNote(yaml)]));

  it("are read as the contract says in the plugin: a diagnostic naming the key, never NaN", async () => {
    const { app } = await startPlugin(files);
    const deps = depsOf(app);
    const clients = deps.index.clients("2026-11-21");
    expect(clients).toHaveLength(SCORES.length);
    SCORES.forEach(([yaml, valid, value], i) => {
      const c = clients.find((s) => s.client.path === `Clients/S${i}.md`);
      expect(c, yaml).toBeDefined();
      if (!c) return;
      expect(c.client.healthInput.growth ?? null, yaml).toBe(value);
      const diagnostics = c.client.diagnostics.filter((d) => d.field === "health_growth");
      expect(diagnostics.length, yaml).toBe(valid ? 0 : 1);
      if (!valid) expect(diagnostics[0]?.message).toMatch(/^health_growth is .+; expected a number from 1 to 5$/);
      expect(Number.isNaN(c.health.score), yaml).toBe(false);
      expect(c.health.score === null || (Number.isInteger(c.health.score) && c.health.score >= 0 && c.health.score <= 100)).toBe(true);
      expect(c.health.complete).toBe(false);
    });
  });

  it("draw without NaN in every dashboard view and open the health check without a crash", async () => {
    const { app } = await startPlugin(files);
    for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) {
      const { el } = await renderCodeBlock(app, "clientele", `view: ${view}`, "Client dashboard.md");
      expect(el.textContent, view).not.toMatch(/NaN|undefined|Infinity/);
      expect(el.querySelector(".mod-warning"), view).toBeNull();
    }
    for (let i = 0; i < SCORES.length; i++) {
      await runCommand(app, "health-check");
      const pick = suggestModal(getOpenModal<{ getSuggestions(q: string): { client: { path: string } }[] }>(app));
      const list = await pick.setQuery("");
      pick.chooseSuggestion(list.findIndex((c) => c.client.path === `Clients/S${i}.md`));
      const modal = getOpenModal(app);
      expect(modal.contentEl.textContent).not.toMatch(/NaN/);
      modal.close();
    }
  });

  it("print without NaN in the CLI, with the same diagnostics", async () => {
    const root = tmpVault(files);
    const json = JSON.parse((await cli(["review", root, "--json", "--now", "2026-11-21"])).out) as { clients: { path: string; health: { score: number | null; scores: Record<string, number> }; diagnostics: { field: string }[] }[] };
    SCORES.forEach(([yaml, valid, value], i) => {
      const c = json.clients.find((x) => x.path === `Clients/S${i}.md`);
      expect(c?.health.scores.growth ?? null, yaml).toBe(value);
      expect(c?.diagnostics.filter((d) => d.field === "health_growth").length, yaml).toBe(valid ? 0 : 1);
    });
    for (const args of [["review", root], ["export", root, "--csv"], ["weekly", root]]) {
      const { code, out } = await cli([...args, "--now", "2026-11-21"]);
      expect(code).toBe(0);
      // The one NaN allowed is the diagnostic naming the value `.nan` the note holds.
      const rest = out.split(/\r?\n/).filter((line) => !line.includes("health_growth is NaN; expected a number from 1 to 5"));
      expect(rest.join("\n"), args[0]).not.toMatch(/NaN|undefined/);
    }
  });
});

/** [zone, an instant, its calendar day there] */
const MTIMES: [string, string, string][] = [
  ["UTC", "2026-11-20T23:30:00Z", "2026-11-20"],
  ["Asia/Tokyo", "2026-11-20T23:30:00Z", "2026-11-21"],
  ["Pacific/Kiritimati", "2026-11-20T10:30:00Z", "2026-11-21"],
  ["America/New_York", "2026-11-21T03:30:00Z", "2026-11-20"],
  // The night clocks go forward: New York 2026-03-08 02:00 local, London 2026-03-29 01:00 UTC.
  ["America/New_York", "2026-03-08T06:30:00Z", "2026-03-08"],
  ["America/New_York", "2026-03-08T04:59:00Z", "2026-03-07"],
  ["Europe/London", "2026-03-29T00:30:00Z", "2026-03-29"],
  ["Europe/London", "2026-10-25T00:30:00Z", "2026-10-25"],
  ["Europe/London", "2026-10-24T23:30:00Z", "2026-10-25"],
];

describe("days in every time zone", () => {
  it.each(MTIMES)("in %s the modification time %s is the day %s, for the plugin and the CLI", async (zone, instant, day) => {
    process.env.TZ = zone;
    const mtime = Date.parse(instant);
    const note = "---\ntype: client\nstage: Active\n---\n";
    const { app } = await startPlugin({ "Clients/M.md": { content: note, mtime } }, { activitySource: "mtime" });
    const deps = depsOf(app);
    expect(deps.index.client("Clients/M.md", "2026-12-31")?.lastActivity).toBe(day);

    const root = tmpVault({ "Clients/M.md": note, ".obsidian/plugins/clientele/data.json": '{"activitySource": "mtime"}' });
    utimesSync(join(root, "Clients/M.md"), mtime / 1000, mtime / 1000);
    const report = JSON.parse((await cli(["review", root, "--json", "--now", "2026-12-31"])).out) as { clients: { lastActivity: string }[] };
    expect(report.clients[0]?.lastActivity).toBe(day);
  });

  it.each([
    ["UTC"], ["Pacific/Kiritimati"], ["Asia/Tokyo"], ["America/New_York"], ["Europe/London"],
  ])("in %s, days between dates in the notes do not depend on the zone or on clock changes", async (zone) => {
    process.env.TZ = zone;
    const files = {
      "Clients/NY.md": "---\ntype: client\nstage: Active\nlast_contact: 2026-03-07\n---\n",
      "Clients/London.md": "---\ntype: client\nstage: Active\nlast_contact: 2026-03-28\n---\n",
      "Clients/Stamp.md": "---\ntype: client\nstage: Active\nlast_contact: 2026-03-07T23:30:00-05:00\n---\n",
    };
    const { app } = await startPlugin(files, { useModifiedTime: false });
    const deps = depsOf(app);
    expect(deps.index.client("Clients/NY.md", "2026-03-09")?.daysInactive).toBe(2);
    expect(deps.index.client("Clients/London.md", "2026-03-30")?.daysInactive).toBe(2);
    expect(deps.index.client("Clients/Stamp.md", "2026-03-09")?.lastActivity).toBe("2026-03-07");
    const report = JSON.parse((await cli(["review", tmpVault({ ...files, ".obsidian/plugins/clientele/data.json": '{"useModifiedTime": false}' }), "--json", "--now", "2026-03-09"])).out) as { clients: { path: string; daysInactive: number }[] };
    const days = Object.fromEntries(report.clients.map((c) => [c.path, c.daysInactive]));
    expect([days["Clients/NY.md"], days["Clients/Stamp.md"]]).toEqual([2, 2]);
  });

  it.each([
    ["UTC", "2026-11-20"], ["Asia/Tokyo", "2026-11-21"], ["Pacific/Kiritimati", "2026-11-21"], ["America/New_York", "2026-11-20"], ["Europe/London", "2026-11-20"],
  ])("in %s a move at 20:00 UTC writes stage_changed as the local day %s", async (zone, day) => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-20T20:00:00Z"));
    const { app } = await startPlugin({ "Clients/T.md": "---\ntype: client\nstage: Proposal\n---\n## Stage history\n" });
    expect(depsOf(app).today()).toBe(day);
    await uiMove(app, "Clients/T.md", "Active");
    const text = readFile(app, "Clients/T.md");
    expect(props(text).stage_changed).toBe(day);
    expect(text).toContain(`\nstage_changed: ${day}\n`);
    expect(text).toContain(`- ${day}: Proposal → Active`);
  });
});
