// @vitest-environment happy-dom
// The settings tab's "Board cards" section: add properties, reorder them with the up and down
// buttons, remove one; the setting keeps that order (the sidebar board's cards follow it).
import { describe, expect, it } from "vitest";
import { getControl, openSettingTab, TextComponent, type App } from "../fake/obsidian";
import { settle, startPlugin } from "../plugin/setup";
import { migrateSettings } from "../../src/core/model/settings";

type Deps = import("../../src/deps").Deps;
const depsOf = (app: App) => (app.plugins.plugins.clientele as unknown as { deps: Deps }).deps;

function rowNamed(root: HTMLElement, name: string): HTMLElement {
  const row = Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

function press(root: HTMLElement, row: string, label: string): void {
  const button = rowNamed(root, row).querySelector<HTMLElement>(`[aria-label="${label}"]`);
  if (!button) throw new Error(`no button ${label} in ${row}`);
  button.click();
}

async function add(app: App, root: HTMLElement, name: string): Promise<void> {
  // Typed into the row and added with the Add button.
  getControl(root, "Add a card property", TextComponent).simulateChange(name);
  const button = Array.from(rowNamed(root, "Add a card property").querySelectorAll("button")).find((b) => b.textContent === "Add");
  button?.click();
  await settle(app);
}

describe("card properties setting", () => {
  it("adds, reorders with the keyboard-reachable buttons and removes, saving the order", async () => {
    const { app } = await startPlugin({});
    // The tab is drawn again after each change (the fake's update() only re-reads the definitions).
    const tab = () => openSettingTab(app, "clientele").containerEl;
    let root = tab();
    expect(depsOf(app).settings().cardProperties).toEqual([]);
    await add(app, root, "owner");
    await add(app, root, " region ");
    await add(app, root, "owner");
    expect(root.textContent).toContain("Not added: owner is already listed.");
    expect(depsOf(app).settings().cardProperties).toEqual(["owner", "region"]);

    root = tab();
    expect(Array.from(root.querySelectorAll(".setting-item-name")).map((n) => n.textContent).filter((n) => n === "owner" || n === "region")).toEqual(["owner", "region"]);
    press(root, "region", "Move region up");
    await settle(app);
    expect(depsOf(app).settings().cardProperties).toEqual(["region", "owner"]);
    root = tab();
    press(root, "region", "Move region up"); // the first one: disabled, nothing changes
    await settle(app);
    expect(depsOf(app).settings().cardProperties).toEqual(["region", "owner"]);
    press(root, "region", "Move region down");
    await settle(app);
    expect(depsOf(app).settings().cardProperties).toEqual(["owner", "region"]);
    root = tab();
    press(root, "owner", "Remove owner");
    await settle(app);
    expect(depsOf(app).settings().cardProperties).toEqual(["region"]);
    const stored = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/clientele/data.json")) as { cardProperties: string[] };
    expect(stored.cardProperties).toEqual(["region"]);
  });

  it("reads a stored list, dropping blanks, duplicates and non-text with a problem named", () => {
    const { settings, problems } = migrateSettings({ version: 1, cardProperties: ["owner", " owner ", "", 3, "region"] });
    expect(settings.cardProperties).toEqual(["owner", "region"]);
    expect(problems.some((p) => p.includes("cardProperties"))).toBe(true);
    expect(migrateSettings({ version: 1, cardProperties: "owner" }).settings.cardProperties).toEqual([]);
  });
});
