// @vitest-environment happy-dom
// The settings tab's "Switch journey…" button opens the same window as the command; after a
// switch the tab shows the new stages.
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, openSettingTab, readFile, type App } from "../fake/obsidian";
import { click, settle, startPlugin } from "../plugin/setup";

type Deps = import("../../src/deps").Deps;
const depsOf = (app: App) => (app.plugins.plugins.clientele as unknown as { deps: Deps }).deps;

describe("settings tab: Switch journey", () => {
  it("opens the journey window from the stage section, and redraws the stages after the switch", async () => {
    const note = "---\ntype: client\nstage: Active\n---\nBody stays.\n";
    const { app } = await startPlugin({ "Clients/A.md": note });
    const { tab, containerEl } = openSettingTab(app, "clientele");
    click(containerEl, "Switch journey…");
    const modal = getOpenModal(app);
    getControl(modal.contentEl, "Journey", DropdownComponent).simulateChange("success");
    expect(readFile(app, "Clients/A.md")).toBe(note);
    click(modal.contentEl, "Switch journey");
    await settle(app);
    expect(depsOf(app).settings().stages).toEqual(["Onboard", "Adopt", "Grow", "Advocate", "Offboard"]);
    const today = depsOf(app).today();
    expect(readFile(app, "Clients/A.md")).toBe(`---\ntype: client\nstage: Grow\nstage_changed: ${today}\n---\nBody stays.\n\n## Stage history\n- ${today}: Active → Grow\n`);
    // The tab read its definitions again (Obsidian 1.13's update()), now with the journey's stages.
    const groups = tab.settingItems as { heading: string; items: { name: string }[] }[];
    const names = groups.find((g) => g.heading === "Pipeline stages")?.items.map((i) => i.name);
    expect(names).toEqual(["Onboard", "Adopt", "Grow", "Advocate", "Offboard", "Add a stage", "Switch journey"]);
  });
});
