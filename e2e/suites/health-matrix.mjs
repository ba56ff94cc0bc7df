// Browser tests of issue 13 item 4, the configurable Health Matrix: the settings section picks the
// seed 002 preset, the health check window then asks its four categories, and saving writes only
// their health_<id> lines, last_review and one id=score history line; undo gives back every byte.
import { join } from "node:path";

const KESSLER = "Clients/Kessler Fluid Systems.md";

export default async function healthMatrixSuite({ test, assert, eq, OUT, TODAY, waitForChange, lineDiff }) {
  await test("health matrix: the seed 002 preset from the settings tab drives the health check window and its history line; undo restores the bytes", async (start) => {
    const page = await start({ width: 1200 });
    await page.evaluate(() => {
      const box = document.body.createDiv({ cls: "modal-container mod-settings" });
      box.createDiv({ cls: "modal-bg" });
      const modal = box.createDiv({ cls: "modal mod-settings" });
      modal.appendChild(window.__obsidian.openSettingTab(window.__app, "clientele").containerEl);
    });
    const preset = page.locator('.mod-settings .setting-item:has(.setting-item-name:text-is("Health matrix")) select');
    await preset.waitFor({ timeout: 3000 });
    eq(await preset.inputValue(), "seed-000", "the default preset");
    await preset.selectOption("seed-002");
    await page.waitForFunction(() => window.__plugin.deps.settings().healthMatrix[0]?.id === "usage", null, { timeout: 3000 });
    // Draw the tab again, as Obsidian does when the settings window is opened next.
    await page.evaluate(() => {
      const modal = document.querySelector(".modal.mod-settings");
      modal.replaceChildren(window.__obsidian.openSettingTab(window.__app, "clientele").containerEl);
    });
    const usageRow = page.locator('.mod-settings .setting-item:has(.setting-item-name:text-is("Product usage"))');
    await usageRow.waitFor({ timeout: 3000 });
    eq(await usageRow.locator('input[aria-label="Weight of health_usage"]').inputValue(), "30", "the preset's weight");
    const box = await usageRow.boundingBox();
    const width = await page.evaluate(() => window.innerWidth);
    assert(box && box.x >= 0 && box.x + box.width <= width + 0.5, `the category row fits the window: ${JSON.stringify(box)}`);
    await usageRow.scrollIntoViewIfNeeded();
    await page.locator('.mod-settings .setting-item:has(.setting-item-name:text-is("Health matrix"))').screenshot({ path: join(OUT, "health-matrix-preset.png") });
    await page.locator(".modal.mod-settings").screenshot({ path: join(OUT, "health-matrix-settings.png") });
    await page.evaluate(() => document.querySelector(".modal-container.mod-settings")?.remove());

    const before = await page.evaluate((p) => window.__app.vault.contentOf(p), KESSLER);
    await page.evaluate(async (p) => {
      const app = window.__app;
      await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(p));
      app.commands.executeCommandById("clientele:health-check");
    }, KESSLER);
    const modal = page.locator(".modal.clientele-modal");
    await modal.waitFor({ timeout: 3000 });
    const names = (await modal.locator(".setting-item-name").allTextContents()).filter((n) => n !== "");
    eq(names, ["Product usage", "Support activity", "Relationship depth", "Business outcomes", "Comment"], "the window asks the preset's categories");
    const pick = (label, v) => modal.locator(`.setting-item:has(.setting-item-name:text-is("${label}")) select`).selectOption(v);
    await pick("Product usage", "4");
    await pick("Support activity", "3");
    await pick("Relationship depth", "5");
    await pick("Business outcomes", "2");
    eq(await modal.locator(".clientele-health-preview").textContent(), "Score: 64 (Good)", "the preview");
    await modal.screenshot({ path: join(OUT, "health-matrix-check.png") });
    await modal.locator('button:text-is("Save health check")').click();
    const after = await waitForChange(page, KESSLER, before);
    const d = lineDiff(before, after);
    eq(d.removed, ["last_review: 2026-09-12"], "only last_review replaced");
    eq(d.added.slice().sort(), [
      `- ${TODAY}: usage=4 support=3 relationship_depth=5 outcomes=2 = 64 (Good)`,
      "health_outcomes: 2", "health_relationship_depth: 5", "health_support: 3", "health_usage: 4", `last_review: ${TODAY}`,
    ].sort(), "the four keys, last_review and one history line");
    assert(after.includes("health_profitability: 4\n") && after.includes("P4 C3 S4 G- = 67"), "the old keys and the old line are kept");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction(([p, b]) => window.__app.vault.contentOf(p) === b, [KESSLER, before], { timeout: 3000 });
  });
}
