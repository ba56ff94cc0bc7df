// Browser test of board multi-select (issue 14 item 7 and its "Must show"): Ctrl-click three cards,
// the bar's Bulk edit… moves exactly those to a stage in one change, each note changes only in
// stage, stage_changed and one history line, and Undo last change gives back every byte.
import { join } from "node:path";

const centre = async (locator) => {
  const b = await locator.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

export default async function selectSuite({ test, assert, eq, OUT, cardSel, noteText, waitForChange, assertMoveBytes, waitForCardIn, touch, writes }) {
  await test("select: Ctrl-click three cards, Bulk edit… moves exactly them to Active; Undo last change gives back every byte", async (start) => {
    const page = await start({ width: 760 });
    const moved = { "Tidewater Learning": "Discovery", "Kessler Fluid Systems": "Proposal", "Northlight Studio": "Retention" };
    const before = {};
    for (const n of Object.keys(moved)) before[n] = await noteText(page, `Clients/${n}.md`);
    const others = await page.evaluate(() => window.__app.vault.getMarkdownFiles().map((f) => [f.path, window.__app.vault.contentOf(f.path)]));
    eq(await page.locator(".clientele-select-bar:not(.is-hidden)").count(), 0, "no bar before a selection");
    for (const n of Object.keys(moved)) await page.locator(cardSel(n)).click({ modifiers: ["Control"] });
    eq(await page.textContent(".app-main h1"), "No note open", "Ctrl-click did not open a note");
    const selected = await page.$$eval(".clientele-card.is-selected", (els) => els.map((e) => [e.querySelector(".clientele-card-company").textContent, e.getAttribute("aria-selected")]));
    eq(selected.map((s) => s[0]).sort(), Object.keys(moved).sort(), "selected cards");
    assert(selected.every((s) => s[1] === "true"), "aria-selected on each");
    eq(await page.textContent(".clientele-select-bar .clientele-select-count"), "3 selected", "the bar's count");
    const outline = await page.$eval(".clientele-card.is-selected", (e) => getComputedStyle(e).outlineStyle);
    eq(outline, "solid", "a selected card is outlined");
    await page.screenshot({ path: join(OUT, "select-light.png") });

    await page.click('.clientele-select-bar button:text-is("Bulk edit…")');
    const modal = page.locator(".modal");
    await modal.locator(".clientele-bulk-preview").waitFor({ timeout: 3000 });
    eq(await modal.locator(".clientele-bulk-preview").textContent(), `3 clients: ${Object.keys(moved).join(", ")}`, "the preview names the selected cards, in the order selected");
    await modal.locator('.setting-item:has(.setting-item-name:text-is("Stage")) select').selectOption("Active");
    await modal.locator('button:text-is("Apply")').click();
    for (const [n, from] of Object.entries(moved)) assertMoveBytes(before[n], await waitForChange(page, `Clients/${n}.md`, before[n]), from, "Active");
    for (const [p, text] of others) if (!Object.keys(moved).some((n) => p === `Clients/${n}.md`)) eq(await noteText(page, p), text, `${p} untouched`);
    for (const n of Object.keys(moved)) await waitForCardIn(page, n, "Active");
    eq((await page.$$eval(".clientele-card.is-selected", (els) => els.length)), 3, "the moved cards stay selected");

    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction((b) => Object.entries(b).every(([n, t]) => window.__app.vault.contentOf(`Clients/${n}.md`) === t), before, { timeout: 3000 });
    for (const [n, from] of Object.entries(moved)) await waitForCardIn(page, n, from);
    await page.click('.clientele-select-bar button:text-is("Clear")');
    eq(await page.locator(".clientele-card.is-selected").count(), 0, "Clear empties the selection");
    eq(await page.locator(".clientele-select-bar:not(.is-hidden)").count(), 0, "the bar hides");
  });

  await test("select: Shift-click selects a column's range, Space toggles, Escape clears, a plain click still opens the note", async (start) => {
    const page = await start({ width: 760 });
    const names = await page.$$eval('.clientele-column[data-key="Discovery"] .clientele-card-company', (els) => els.map((e) => e.textContent));
    assert(names.length >= 3, `Discovery cards: ${names}`);
    await page.locator(cardSel(names[0])).click({ modifiers: ["Control"] });
    await page.locator(cardSel(names[2])).click({ modifiers: ["Shift"] });
    eq(await page.$$eval(".clientele-card.is-selected .clientele-card-company", (els) => els.map((e) => e.textContent)), names.slice(0, 3), "the range");
    await page.locator(cardSel(names[1])).focus();
    await page.keyboard.press("Space");
    eq(await page.textContent(".clientele-select-count"), "2 selected", "Space toggled the focused card off");
    await page.keyboard.press("Escape");
    eq(await page.locator(".clientele-card.is-selected").count(), 0, "Escape cleared");
    await page.locator(cardSel(names[0])).click();
    await page.waitForSelector(`.app-main h1:text-is("${names[0]}")`);
  });

  await test("select: touch, a long press offers Select; with a selection a long press toggles the card, and nothing is written or opened", async (start) => {
    const page = await start({ width: 300 });
    const t = await touch(page);
    const ops = await writes(page);
    const hold = async (name) => {
      const card = page.locator(cardSel(name));
      await card.scrollIntoViewIfNeeded();
      const p = await centre(card);
      await t.gesture(p, p, { hold: 500, steps: 1 });
      await page.waitForTimeout(100);
    };
    await hold("Tidewater Learning");
    await page.waitForSelector('.menu-item:text-is("Select")', { timeout: 2000 });
    eq(await page.$eval(".menu .menu-item", (e) => e.textContent), "Select", "Select comes first in the long-press menu");
    await page.click('.menu-item:text-is("Select")');
    eq(await page.textContent(".clientele-select-count"), "1 selected", "after Select");
    await hold("Open Harbour Foundation");
    eq(await page.locator(".menu").count(), 0, "no menu while cards are selected");
    eq(await page.textContent(".clientele-select-count"), "2 selected", "the long press toggled the card on");
    await hold("Tidewater Learning");
    eq(await page.$$eval(".clientele-card.is-selected .clientele-card-company", (els) => els.map((e) => e.textContent)), ["Open Harbour Foundation"], "toggled off");
    await page.locator(".clientele-board").screenshot({ path: join(OUT, "select-phone.png") });
    eq(await writes(page), ops, "vault writes");
    eq(await page.textContent(".app-main h1"), "No note open", "no note opened");
  });
}
