// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import ClientelePlugin from "../../src/main";
import { createFakeApp, flush, loadPlugin, notices } from "../fake/obsidian";
import { MANIFEST, sampleVault, startPlugin } from "./setup";

const COMMAND_IDS = ["move-inline-fields", "new-client", "new-record", "log-interaction", "health-check", "move-stage", "open-pipeline", "open-dashboard", "weekly-review", "show-at-risk", "open-agenda",
  // Version 2 (contract section 10); open-agenda is registered by src/views/agenda-register.ts, the import commands by src/commands/import-commands.ts.
  "snooze-client", "bulk-edit", "apply-tag-rules", "undo-last-change", "progress-report", "insert-workflow", "add-agenda-to-daily-note", "import-csv", "import-vcard", "switch-journey"];

describe("plugin lifecycle", () => {
  it("registers every contract command with a sentence-case name and no hotkeys", async () => {
    const { app } = await startPlugin(sampleVault());
    const commands = Object.values(app.commands.commands).filter((c) => c.id.startsWith("clientele:"));
    expect(commands.map((c) => c.id.replace("clientele:", "")).sort()).toEqual([...COMMAND_IDS].sort());
    for (const c of commands) {
      // Sentence case; a file-format acronym (CSV, VCF) may stay in capitals.
      expect(c.name).toMatch(/^(Clientele: )?[A-Z][a-z -]+(?: [A-Z]{3}(?: [a-z]+)?)?$/);
      expect((c as { hotkeys?: unknown[] }).hotkeys ?? []).toEqual([]);
    }
  });

  it("does not touch the index in onload; it is built when the layout is ready", async () => {
    const app = createFakeApp(sampleVault(), { layoutReady: false });
    const plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
    expect(plugin.deps.index.ready).toBe(false);
    expect(plugin.deps.index.size()).toBe(0);
    app.workspace.triggerLayoutReady();
    await flush(app);
    expect(plugin.deps.index.ready).toBe(true);
    expect(plugin.deps.index.clients("2026-11-21")).toHaveLength(14);
  });

  it("reads the vault's settings, and the status bar shows the at-risk count", async () => {
    const { app, plugin } = await startPlugin(sampleVault());
    expect(plugin.deps.settings().activitySource).toBe("edits"); // section 4 (v2): the sample vault needs no file-time switch
    expect(plugin.deps.settings().currency).toBe("EUR");
    await new Promise((r) => setTimeout(r, 150));
    const bar = Array.from(app.statusBarEl.querySelectorAll(".clientele-status"));
    expect(bar.map((b) => b.textContent)).toContain(`${plugin.deps.index.clients(plugin.deps.today()).filter((c) => c.atRisk).length} at risk`);
  });

  it("names bad stored settings in a Notice and falls back to defaults", async () => {
    const { plugin } = await startPlugin({}, { staleDays: -4, clientsFolder: "../outside" });
    expect(plugin.deps.settings().staleDays).toBe(30);
    expect(plugin.deps.settings().clientsFolder).toBe("Clients");
    expect(notices().join("\n")).toMatch(/staleDays: -4/);
    expect(notices().join("\n")).toMatch(/clientsFolder: "..\/outside"/);
  });

  it("unloads cleanly: commands and events are gone", async () => {
    const { app, plugin } = await startPlugin(sampleVault());
    plugin.unload();
    expect(Object.keys(app.commands.commands).filter((id) => id.startsWith("clientele:"))).toEqual([]);
  });
});
