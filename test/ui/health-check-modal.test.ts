// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, readFile, runCommand, type App } from "../fake/obsidian";
import { SEED_002_MATRIX } from "../../src/core/model/health-matrix";
import { click, settle, startPlugin } from "../plugin/setup";

const NOTE = "---\ntype: client\nstage: Active\nhealth_usage: 2\nhealth_growth: 1\nother: kept\n---\n# Usage Co\n\n## Health history\n\n- 2026-10-01: usage=2 support=3 relationship_depth=4 outcomes=4 = 50 (At Risk)\n";

async function open(data: object): Promise<{ app: App; el: HTMLElement }> {
  const { app } = await startPlugin({ "Clients/Usage Co.md": NOTE }, data);
  const file = app.vault.getFileByPath("Clients/Usage Co.md");
  if (!file) throw new Error("no file");
  await app.workspace.getLeaf(false).openFile(file);
  await runCommand(app, "health-check");
  return { app, el: getOpenModal(app).contentEl };
}

const names = (el: HTMLElement) => Array.from(el.querySelectorAll(".setting-item-name")).map((n) => n.textContent ?? "").filter((n) => n !== "");

describe("the health check window follows the Health Matrix setting", () => {
  it("shows the configured categories with their questions, preselects stored scores and writes health_<id> and an id=score line", async () => {
    const { app, el } = await open({ version: 1, healthMatrix: SEED_002_MATRIX });
    expect(names(el)).toEqual(["Product usage", "Support activity", "Relationship depth", "Business outcomes", "Comment"]);
    expect(el.textContent).toContain(SEED_002_MATRIX[2]!.question);
    expect(el.textContent).not.toContain("Growth potential");
    expect(getControl(el, "Product usage", DropdownComponent).getValue()).toBe("2");
    click(el, "Save health check");
    expect(el.textContent).toContain("Score every category: Support activity, Relationship depth, Business outcomes.");
    getControl(el, "Product usage", DropdownComponent).simulateChange("4");
    getControl(el, "Support activity", DropdownComponent).simulateChange("3");
    getControl(el, "Relationship depth", DropdownComponent).simulateChange("5");
    getControl(el, "Business outcomes", DropdownComponent).simulateChange("2");
    expect(el.querySelector(".clientele-health-preview")?.textContent).toBe("Score: 64 (Good)");
    click(el, "Save health check");
    await settle(app);
    const today = (app.plugins.plugins.clientele as unknown as { deps: { today(): string } }).deps.today();
    expect(readFile(app, "Clients/Usage Co.md")).toBe(
      `---\ntype: client\nstage: Active\nhealth_usage: 4\nhealth_growth: 1\nother: kept\nhealth_support: 3\nhealth_relationship_depth: 5\nhealth_outcomes: 2\nlast_review: ${today}\n---\n# Usage Co\n\n## Health history\n\n` +
      `- 2026-10-01: usage=2 support=3 relationship_depth=4 outcomes=4 = 50 (At Risk)\n- ${today}: usage=4 support=3 relationship_depth=5 outcomes=2 = 64 (Good)\n`,
    );
  });

  it("shows the default four without a stored matrix", async () => {
    const { el } = await open({ version: 1 });
    expect(names(el)).toEqual(["Profitability", "Communication", "Strategic fit", "Growth potential", "Comment"]);
    expect(getControl(el, "Growth potential", DropdownComponent).getValue()).toBe("1");
  });
});
