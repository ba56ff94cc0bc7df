// Browser tests of the agenda view (issue 14 "Must show"): completing an item changes exactly the
// intended lines of exactly one note and the item leaves the agenda; the agenda's screenshots, light
// and dark, at a 420 px sidebar (docs/agenda-light.png, docs/agenda-dark.png); selecting rows.
import { join } from "node:path";
import { ROOT } from "../page.mjs";

/** Opens the agenda in the sidebar (the board not opened) and waits for its rows. */
async function openAgenda(start, o = {}) {
  const page = await start({ width: 420, open: false, ...o });
  await page.evaluate(() => window.__app.commands.executeCommandById("clientele:open-agenda"));
  await page.waitForSelector(".clientele-agenda-row", { timeout: 3000 });
  return page;
}

const allNotes = (page) => page.evaluate(() => Object.fromEntries(window.__app.vault.getMarkdownFiles().map((f) => [f.path, window.__app.vault.contentOf(f.path)])));

/** The notes whose text differs between two snapshots. */
function changedNotes(before, after) {
  return Object.keys(after).filter((p) => before[p] !== after[p]).sort();
}

const rowTexts = (page, kind) => page.$$eval(`.clientele-agenda-row[data-kind="${kind}"] .clientele-agenda-text`, (els) => els.map((e) => e.textContent));

export default async function agendaSuite({ test, assert, eq, TODAY, OUT, lineDiff }) {
  await test("agenda: Mark paid sets only paid: today on the one invoice note, and the item leaves the agenda", async (start) => {
    const page = await openAgenda(start);
    const row = page.locator('.clientele-agenda-row[data-kind="invoice"]').first();
    const text = await row.locator(".clientele-agenda-text").textContent();
    const before = await allNotes(page);
    const invoicesBefore = await rowTexts(page, "invoice");
    await row.locator('button:text-is("Mark paid")').click();
    await page.waitForFunction((b) => window.__app.vault.getMarkdownFiles().some((f) => window.__app.vault.contentOf(f.path) !== b[f.path]), before, { timeout: 3000 });
    await page.waitForTimeout(200);
    const after = await allNotes(page);
    const changed = changedNotes(before, after);
    eq(changed.length, 1, `notes changed (${changed.join(", ")})`);
    const d = lineDiff(before[changed[0]], after[changed[0]]);
    // An empty `paid:` line is filled in place; else the key is added.
    const empty = before[changed[0]].match(/^paid:\s*$/m)?.[0];
    eq(d, { removed: empty === undefined ? [] : [empty], added: [`paid: ${TODAY}`] }, `lines changed in ${changed[0]}`);
    assert(/^---\ntype: invoice\n/.test(after[changed[0]]), `${changed[0]} is an invoice note`);
    await page.waitForFunction((t) => ![...document.querySelectorAll('.clientele-agenda-row[data-kind="invoice"] .clientele-agenda-text')].some((e) => e.textContent === t), text, { timeout: 3000 });
    eq((await rowTexts(page, "invoice")).length, invoicesBefore.length - 1, "invoice rows");
  });

  await test("agenda: Log touchpoint writes last_contact and one log line on the client note only, and the touchpoint leaves", async (start) => {
    const page = await openAgenda(start);
    const row = page.locator('.clientele-agenda-row[data-kind="touchpoint"]').first();
    const path = await row.getAttribute("data-path");
    const text = await row.locator(".clientele-agenda-text").textContent();
    const before = await allNotes(page);
    await row.locator('button:text-is("Log touchpoint")').click();
    const modal = page.locator(".modal");
    await modal.locator("textarea").fill("Called about the renewal");
    await modal.locator('button:text-is("Log")').click();
    await page.waitForFunction(([p, b]) => window.__app.vault.contentOf(p) !== b, [path, before[path]], { timeout: 3000 });
    await page.waitForTimeout(200);
    const after = await allNotes(page);
    eq(changedNotes(before, after), [path], "notes changed");
    const d = lineDiff(before[path], after[path]);
    const oldContact = before[path].match(/^last_contact: .*$/m)?.[0];
    eq(d.removed, oldContact ? [oldContact] : [], "lines removed");
    eq(d.added, [`last_contact: ${TODAY}`, `- ${TODAY} · call · Called about the renewal`], "lines added");
    await page.waitForFunction(([p, t]) => ![...document.querySelectorAll(`.clientele-agenda-row[data-kind="touchpoint"]`)].some((r) => r.dataset.path === p && r.querySelector(".clientele-agenda-text")?.textContent === t), [path, text], { timeout: 3000 });
  });

  await test("agenda: screenshots light and dark at a 420 px sidebar, no sideways overflow (docs/agenda-*.png)", async (start) => {
    for (const theme of ["light", "dark"]) {
      const page = await openAgenda(start, { theme });
      await page.setViewportSize({ width: 900, height: 1000 });
      // Two rows selected, so the picture shows the selection bar and the checkboxes.
      const boxes = page.locator(".clientele-agenda-check input");
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await page.waitForSelector(".clientele-agenda-select-bar:not(.is-hidden)");
      const overflow = await page.$eval(".clientele-agenda-view", (v) => {
        const side = v.closest(".app-sidebar").getBoundingClientRect();
        return [...v.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > side.right + 0.5).map((e) => e.className).slice(0, 5);
      });
      eq(overflow, [], "elements wider than the sidebar");
      await page.screenshot({ path: join(ROOT, "docs", `agenda-${theme}.png`) });
      await page.screenshot({ path: join(OUT, `agenda-${theme}.png`) });
      if (page.errors.length) throw new Error(page.errors.join("; "));
      await page.close();
    }
  });

  await test("agenda: at a 300 px sidebar with two rows selected nothing is wider than the sidebar (e2e/out/agenda-300px.png)", async (start) => {
    const page = await openAgenda(start, { width: 300 });
    const boxes = page.locator(".clientele-agenda-check input");
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const overflow = await page.$eval(".clientele-agenda-view", (v) => {
      const side = v.closest(".app-sidebar").getBoundingClientRect();
      return [...v.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > side.right + 0.5).map((e) => e.className).slice(0, 5);
    });
    eq(overflow, [], "elements wider than the 300 px sidebar");
    await page.locator(".clientele-agenda-view").screenshot({ path: join(OUT, "agenda-300px.png") });
  });

  await test("agenda: two selected rows snoozed a week in one change; Undo last change gives back every byte", async (start) => {
    const page = await openAgenda(start);
    const rows = page.locator(".clientele-agenda-row");
    const paths = [await rows.nth(0).getAttribute("data-path"), await rows.nth(1).getAttribute("data-path")];
    const before = await allNotes(page);
    await rows.nth(0).locator(".clientele-agenda-check input").check();
    await rows.nth(1).locator(".clientele-agenda-check input").check();
    await page.locator('.clientele-agenda-select-bar button:text-is("Snooze 1 week")').click();
    await page.waitForFunction((ps) => ps.every((p) => /^snooze_until: /m.test(window.__app.vault.contentOf(p))), paths, { timeout: 3000 });
    const after = await allNotes(page);
    const unique = [...new Set(paths)].sort();
    eq(changedNotes(before, after), unique, "notes changed");
    for (const p of unique) eq(lineDiff(before[p], after[p]), { removed: [], added: ["snooze_until: 2026-11-28"] }, `lines changed in ${p}`);
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction((b) => Object.entries(b).every(([p, t]) => window.__app.vault.contentOf(p) === t), before, { timeout: 3000 });
  });
}
