// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getSetting, openSettingTab, readFile, TextComponent, type App } from "../fake/obsidian";
import { DEFAULT_HEALTH_MATRIX, SEED_002_MATRIX } from "../../src/core/model/health-matrix";
import { click, settle, startPlugin } from "../plugin/setup";

type Deps = import("../../src/deps").Deps;
const depsOf = (app: App) => (app.plugins.plugins.clientele as unknown as { deps: Deps }).deps;
const texts = (el: HTMLElement, row: string) => getSetting(el, row).components.filter((c): c is TextComponent => c instanceof TextComponent);
const button = (el: HTMLElement, row: string, label: string): HTMLElement => {
  const found = getSetting(el, row).settingEl.querySelector(`[aria-label="${label}"]`);
  if (!(found instanceof HTMLElement)) throw new Error(`no ${label} on ${row}`);
  return found;
};
const NOTE = "---\ntype: client\nstage: Active\nhealth_growth: 2\n---\n# A\n";

describe("settings tab: the Health matrix section", () => {
  it("shows the default four, switches to the seed 002 preset and saves it, leaving notes alone", async () => {
    const { app } = await startPlugin({ "Clients/A.md": NOTE });
    const { containerEl } = openSettingTab(app, "clientele");
    expect(getControl(containerEl, "Health matrix", DropdownComponent).getValue()).toBe("seed-000");
    for (const c of DEFAULT_HEALTH_MATRIX) expect(texts(containerEl, c.label)[1]?.getValue()).toBe(c.question);
    getControl(containerEl, "Health matrix", DropdownComponent).simulateChange("seed-002");
    await settle(app);
    expect(depsOf(app).settings().healthMatrix).toEqual(SEED_002_MATRIX);
    const stored = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/clientele/data.json")) as { healthMatrix: unknown; weights?: unknown };
    expect(stored.healthMatrix).toEqual(SEED_002_MATRIX);
    expect(stored.weights).toBeUndefined();
    // Drawn again (the fake's update() reads the definitions; showing the tab draws them).
    const again = openSettingTab(app, "clientele").containerEl;
    expect(texts(again, "Relationship depth")[2]?.getValue()).toBe("25");
    expect(getControl(again, "Health matrix", DropdownComponent).getValue()).toBe("seed-002");
    expect(readFile(app, "Clients/A.md")).toBe(NOTE);
  });

  it("renames a category, edits its question and weight, refuses a bad weight, adds and removes categories", async () => {
    const { app } = await startPlugin({}, { version: 1, healthMatrix: SEED_002_MATRIX });
    const { containerEl } = openSettingTab(app, "clientele");
    const [label, question, weight] = texts(containerEl, "Product usage");
    label?.simulateChange("Usage");
    question?.simulateChange("Weekly active?");
    weight?.simulateChange("40");
    await settle(app);
    expect(depsOf(app).settings().healthMatrix[0]).toEqual({ id: "usage", label: "Usage", question: "Weekly active?", weight: 40 });
    label?.simulateChange("  ");
    await settle(app);
    expect(containerEl.textContent).toContain("Not saved: the label is empty.");
    weight?.simulateChange("101");
    await settle(app);
    expect(depsOf(app).settings().healthMatrix[0]).toMatchObject({ label: "Usage", weight: 40 });
    expect(containerEl.textContent).toContain("Not saved: enter a weight from 0 to 100.");
    const tab = () => openSettingTab(app, "clientele").containerEl;
    let el = tab();
    expect(getControl(el, "Health matrix", DropdownComponent).getValue()).toBe("custom");

    getControl(el, "Add a category", TextComponent).simulateChange("Net promoter score");
    click(getSetting(el, "Add a category").settingEl, "Add");
    await settle(app);
    expect(depsOf(app).settings().healthMatrix.map((c) => c.id)).toEqual(["usage", "support", "relationship_depth", "outcomes", "net_promoter_score"]);
    el = tab();
    getControl(el, "Add a category", TextComponent).simulateChange("net-promoter score!");
    click(getSetting(el, "Add a category").settingEl, "Add");
    await settle(app);
    expect(el.textContent).toContain("Not saved: health_net_promoter_score is already a category.");
    expect(depsOf(app).settings().healthMatrix).toHaveLength(5);

    button(el, "Support activity", "Remove").click();
    await settle(app);
    button(tab(), "Net promoter score", "Move up").click();
    await settle(app);
    expect(depsOf(app).settings().healthMatrix.map((c) => c.id)).toEqual(["usage", "relationship_depth", "net_promoter_score", "outcomes"]);
  });

  it("never removes the last category", async () => {
    const { app } = await startPlugin({}, { version: 1, healthMatrix: [SEED_002_MATRIX[0]] });
    const { containerEl } = openSettingTab(app, "clientele");
    button(containerEl, "Product usage", "Remove").click();
    await settle(app);
    expect(depsOf(app).settings().healthMatrix).toHaveLength(1);
  });

  it("loads v1 weights into the rows and saves them in the new form", async () => {
    const { app } = await startPlugin({}, { version: 1, weights: { profitability: 3, communication: 1, strategic_fit: 1, growth: 0 } });
    const { containerEl } = openSettingTab(app, "clientele");
    expect(texts(containerEl, "Profitability")[2]?.getValue()).toBe("3");
    expect(texts(containerEl, "Growth potential")[2]?.getValue()).toBe("0");
    await settle(app);
    const stored = JSON.parse(await app.vault.adapter.read(".obsidian/plugins/clientele/data.json")) as { healthMatrix: { weight: number }[] };
    expect(stored.healthMatrix.map((c) => c.weight)).toEqual([3, 1, 1, 0]);
  });
});
