// Browser tests of issue 14 item 4: the success plan chip on a card, and Switch journey with its
// undo (every note back byte for byte, the board back on the old stages).
import { join } from "node:path";

const allNotes = (page) => page.evaluate(() => Object.fromEntries(window.__app.vault.getMarkdownFiles().map((f) => [f.path, window.__app.vault.contentOf(f.path)])));
const columnKeys = (page) => page.$$eval(".clientele-column", (els) => els.map((e) => e.dataset.key));

const PLAN = "\n## Success plan\n\n### Goals\n- [x] Weekly reporting live\n- [ ] Two teams using it daily\n  - [x] Finance\n\n### Milestones\n- [ ] First quarterly review\n- [x] Kickoff held\n";

export default async function journeySuite({ test, assert, eq, vault, OUT, cardSel, columnNames }) {
  const path = "Clients/Fieldnote Analytics.md";
  const files = { ...vault, [path]: vault[path] + PLAN };

  await test("journey: a success plan shows as a Plan chip on the card, with the count in its title", async (start) => {
    const page = await start({ width: 760, files });
    await page.waitForSelector(".clientele-card");
    await page.locator(cardSel("Fieldnote Analytics")).screenshot({ path: join(OUT, "journey-card-plan.png") });
    const chip = page.locator(`${cardSel("Fieldnote Analytics")} .clientele-card-plan`);
    await chip.waitFor({ timeout: 3000 });
    eq(await chip.textContent(), "Plan 60%", "chip text");
    eq(await chip.getAttribute("title"), "Success plan: 3 of 5 goals and milestones done", "chip title");
    eq(await page.locator(`${cardSel("Saltmarsh Goods")} .clientele-card-plan`).count(), 0, "no chip without a plan");
  });

  await test("journey: Switch journey previews, moves the clients and the columns, and one undo gives back every byte and the old stages", async (start) => {
    const page = await start({ width: 1200, files });
    await page.waitForSelector(".clientele-card");
    const before = await allNotes(page);
    const columnsBefore = await columnKeys(page);
    const activeBefore = await columnNames(page, "Active");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:switch-journey"));
    const modal = page.locator(".modal");
    await modal.locator('.setting-item:has(.setting-item-name:text-is("Journey")) select').selectOption("success");
    const summaries = await modal.locator(".clientele-journey-preview summary").allTextContents();
    eq(summaries, ["Discovery → Onboard: 3 clients", "Proposal → Adopt: 2 clients", "Active → Grow: 4 clients", "Retention → Advocate: 3 clients", "Sunset → Offboard: 2 clients"], "preview groups");
    eq(await allNotes(page), before, "nothing written before Switch");
    await modal.screenshot({ path: join(OUT, "journey-modal.png") });
    await modal.locator('button:text-is("Switch journey")').click();
    await page.waitForFunction(() => document.querySelector('.clientele-column[data-key="Grow"]') !== null, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    eq(await columnNames(page, "Grow"), activeBefore, "the Active clients are in Grow");
    const after = await allNotes(page);
    const changed = Object.keys(after).filter((p) => after[p] !== before[p]);
    eq(changed.length, 14, "notes changed (every client with a stage)");
    assert(after[path].includes("\nstage: Grow\n") && / Active → Grow\n/.test(after[path]) && after[path].includes(PLAN.trim()), "Fieldnote moved, with a history line, its plan kept");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction(() => document.querySelector('.clientele-column[data-key="Active"]') !== null, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    eq(await allNotes(page), before, "every note back byte for byte");
    eq(await columnKeys(page), columnsBefore, "the board's columns back");
  });
}
