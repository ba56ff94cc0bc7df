// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { getControl, getOpenModal, openSettingTab, readFile, DropdownComponent, TextComponent, type App } from "../fake/obsidian";
import { click, settle, startPlugin } from "../plugin/setup";

type Deps = import("../../src/deps").Deps;
const depsOf = (app: App) => (app.plugins.plugins.clientele as unknown as { deps: Deps }).deps;

describe("settings tab", () => {
  it("refuses a clients folder with .. or an absolute path, with a message in the tab", async () => {
    const { app } = await startPlugin({});
    const { containerEl } = openSettingTab(app, "clientele");
    const folder = getControl(containerEl, "Clients folder", TextComponent);
    folder.simulateChange("../elsewhere");
    await settle(app);
    expect(containerEl.textContent).toContain("Not saved: the path must not contain `..`.");
    expect(depsOf(app).settings().clientsFolder).toBe("Clients");
    folder.simulateChange("/etc");
    await settle(app);
    expect(containerEl.textContent).toContain("Not saved: the path must be a path inside the vault");
    folder.simulateChange("Accounts/Clients");
    await settle(app);
    expect(depsOf(app).settings().clientsFolder).toBe("Accounts/Clients");
    expect(containerEl.textContent).not.toContain("Not saved");
    const stored = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/clientele/data.json")) as { clientsFolder: string; version: number };
    expect(stored).toMatchObject({ clientsFolder: "Accounts/Clients", version: 1 });
  });

  it("saves the note activity source and the staleness threshold", async () => {
    const { app } = await startPlugin({});
    const { containerEl } = openSettingTab(app, "clientele");
    getControl(containerEl, "Note activity", DropdownComponent).simulateChange("dates");
    getControl(containerEl, "Stale after (days)", TextComponent).simulateChange("14");
    await settle(app);
    expect(depsOf(app).settings()).toMatchObject({ activitySource: "dates", staleDays: 14 });
    getControl(containerEl, "Stale after (days)", TextComponent).simulateChange("-3");
    await settle(app);
    expect(depsOf(app).settings().staleDays).toBe(14);
    expect(containerEl.textContent).toContain("Not saved: enter a whole number of days from 1.");
  });

  it("renames a stage and offers to update the notes that use the old name", async () => {
    const note = "---\ntype: client\nstage: proposal\nother: kept\n---\nBody stays.\n";
    const { app } = await startPlugin({ "Clients/A.md": note, "Clients/B.md": "---\ntype: client\nstage: Active\n---\n" });
    const { containerEl } = openSettingTab(app, "clientele");
    const row = Array.from(containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Proposal");
    const rename = row?.querySelector('[aria-label="Rename"]');
    if (!(rename instanceof HTMLElement)) throw new Error("no rename button");
    rename.click();
    const modal = getOpenModal(app);
    getControl(modal.contentEl, "New name", TextComponent).simulateChange("Pitch");
    click(modal.contentEl, "Rename");
    await settle(app);
    expect(depsOf(app).settings().stages).toEqual(["Discovery", "Pitch", "Active", "Retention", "Sunset"]);
    const confirm = getOpenModal(app);
    expect(confirm.contentEl.textContent).toContain("1 client note uses the stage “Proposal”");
    click(confirm.contentEl, "Update notes");
    await settle(app);
    expect(readFile(app, "Clients/A.md")).toBe("---\ntype: client\nstage: Pitch\nother: kept\n---\nBody stays.\n");
    expect(readFile(app, "Clients/B.md")).toBe("---\ntype: client\nstage: Active\n---\n");
  });

  it("gives Obsidian 1.13 the same settings as definitions that older apps get from display(), in order", async () => {
    const { app } = await startPlugin({});
    const { tab, containerEl } = openSettingTab(app, "clientele");
    type Def = { type?: string; heading?: string; name?: string; items?: Def[] };
    const defs = (tab.getSettingDefinitions() as Def[]);
    const fromDefs = defs.flatMap((g) => [g.heading ?? "", ...(g.items ?? []).map((d) => d.name ?? "")]);
    expect(defs.every((g) => g.type === "group")).toBe(true);
    expect(fromDefs).toContain("Clients folder");
    expect(fromDefs).toContain("Invoice folder and template");
    expect(fromDefs).toContain("Discovery");
    expect(fromDefs).toContain("Note activity");
    // The fake draws the definitions (it stands for 1.13.1), so what the tab shows is their names…
    const shown = Array.from(containerEl.querySelectorAll(".setting-item-name, .setting-group-heading, .setting-item-heading .setting-item-name")).map((e) => e.textContent ?? "");
    for (const name of fromDefs.filter((n) => !defs.some((g) => g.heading === n))) expect(shown).toContain(name);
    // …and display(), for apps before 1.13, draws the same headings and rows in the same order.
    tab.hide();
    tab.display();
    const drawn = Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((e) => e.textContent ?? "");
    expect(drawn).toEqual(fromDefs);
  });
});
