// Browser tests of issue 15 items 2 and 3: a Bases view grouped by another property (engagement),
// its cards showing the Properties menu's choice, a mouse drag that changes only that property's
// line (no history line) and Undo; the sidebar board's card properties from the setting, the
// column's + and Obsidian's file menu with another plugin's item. Screenshots in e2e/out/.
import { join } from "node:path";

export default async function basesCardsSuite({ test, assert, eq, OUT, cardSel, colSel, noteText, waitForChange }) {
  await test("bases cards: columns by engagement, Properties on the cards, a drag writes only engagement and Undo restores it", async (start) => {
    const page = await start({ open: false });
    await page.evaluate(() => window.__openBases(1000, { clientele_columnProperty: "note.engagement", order: ["file.name", "engagement", "value", "currency"] }));
    const titles = await page.$$eval(".bases-pane .clientele-column-title", (els) => els.map((e) => e.textContent));
    eq([...titles].sort(), ["Fixed Fee", "Retainer", "Subscription"], "one column per engagement (every client has one: no (none) column)");
    const lines = await page.$$eval(`.bases-pane ${cardSel("Kessler Fluid Systems")} .clientele-card-prop`, (els) => els.map((e) => e.textContent));
    eq(lines, ["engagement: Retainer", "value: 7000", "currency: EUR"], "the Properties menu's choice, in order");
    await page.screenshot({ path: join(OUT, "bases-by-engagement.png") });

    const path = "Clients/Kessler Fluid Systems.md";
    const before = await noteText(page, path);
    await page.locator(`.bases-pane ${cardSel("Kessler Fluid Systems")}`).dragTo(page.locator(`.bases-pane ${colSel("Subscription")}`));
    const after = await waitForChange(page, path, before);
    eq(after, before.replace("engagement: Retainer\n", "engagement: Subscription\n"), "only the engagement line changed, no history line");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction(([p, b]) => window.__app.vault.contentOf(p) === b, [path, before], { timeout: 3000 });
  });

  await test("bases cards: the sidebar's card properties, the column's + and the file menu with another plugin's item", async (start) => {
    const page = await start({ width: 760 });
    await page.evaluate(async () => {
      const plugin = window.__plugin;
      await plugin.saveSettings({ ...plugin.deps.settings(), cardProperties: ["engagement", "currency"] });
      window.__app.workspace.on("file-menu", (menu) => menu.addItem((item) => item.setTitle("Another plugin's item")));
    });
    await page.waitForSelector(`${cardSel("Kessler Fluid Systems")} .clientele-card-prop`);
    const lines = await page.$$eval(`${cardSel("Kessler Fluid Systems")} .clientele-card-prop`, (els) => els.map((e) => e.textContent));
    eq(lines, ["engagement: Retainer", "currency: EUR"], "the setting's properties, in order");
    const plus = page.locator(`${colSel("Proposal")} .clientele-column-new`);
    const box = await plus.boundingBox();
    const header = await page.locator(`${colSel("Proposal")} .clientele-column-header`).boundingBox();
    assert(box && header && box.y + box.height <= header.y + header.height + 1, "the + sits in the column header");
    await page.screenshot({ path: join(OUT, "board-card-properties.png") });
    await page.locator(`${cardSel("Kessler Fluid Systems")} .clientele-card-more`).click();
    const items = await page.$$eval(".menu .menu-item", (els) => els.map((e) => e.textContent.trim()));
    assert(items.length > 0, "a menu is drawn");
    eq(items.at(-1), "Another plugin's item", "other plugins' items come after Clientele's");
    assert(items[0].startsWith("Move to") || items[0].endsWith("(current)"), `Clientele's moves first: ${items[0]}`);
    await page.screenshot({ path: join(OUT, "board-file-menu.png") });
    await page.keyboard.press("Escape");
    await plus.click();
    await page.locator(".modal").waitFor({ timeout: 3000 });
    eq(await page.locator('.modal .setting-item:has(.setting-item-name:text-is("Stage")) select').inputValue(), "Proposal", "New client starts in the column's stage");
  });
}
