// Browser tests of issue 15 items 1 and 4: "Move inline fields to properties" (preview, move, one
// undo gives back every byte) and the client picker's fuzzy ranking with highlighted letters.
import { join } from "node:path";

const allNotes = (page) => page.evaluate(() => Object.fromEntries(window.__app.vault.getMarkdownFiles().map((f) => [f.path, window.__app.vault.contentOf(f.path)])));
const FIELDS = "\nacquisition_cost:: 1500\nMet both founders (snooze_until:: 2026-12-01) on Friday.\nhealth_growth:: 4\n```\nstage:: Sunset\n```\n";

export default async function inlineFieldsSuite({ test, eq, assert, vault, OUT }) {
  const path = "Clients/Fieldnote Analytics.md";
  const files = { ...vault, [path]: vault[path] + FIELDS };

  await test("inline fields: the preview lists each field, Move writes it into the properties, one undo gives back every byte", async (start) => {
    const page = await start({ width: 1000, files });
    await page.waitForSelector(".clientele-card");
    const before = await allNotes(page);
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:move-inline-fields"));
    const modal = page.locator(".modal");
    await modal.locator(".clientele-inline-preview").waitFor({ timeout: 3000 });
    const rows = await modal.locator(".clientele-inline-note:has(strong:text-is('Clients/Fieldnote Analytics.md')) li").allTextContents();
    eq(rows.map((r) => r.replace(/ \(line \d+\)/, "")), [
      "acquisition_cost: 1500: new",
      "snooze_until: 2026-12-01: new",
      "health_growth: 4: conflict: property already set to 2 (left alone)",
    ], "preview rows");
    eq(await allNotes(page), before, "nothing written before Move");
    await modal.screenshot({ path: join(OUT, "inline-fields-modal.png") });
    await modal.locator('button:text-is("Move 2 fields")').click();
    await page.waitForFunction((p) => window.__app.vault.contentOf(p).includes("acquisition_cost: 1500"), path, { timeout: 3000 });
    const after = await allNotes(page);
    eq(Object.keys(after).filter((p) => after[p] !== before[p]), [path], "only Fieldnote changed");
    const text = after[path];
    assert(text.includes("\nacquisition_cost: 1500\nsnooze_until: 2026-12-01\n---\n"), "properties added at the end of the frontmatter");
    assert(text.endsWith("\nMet both founders on Friday.\nhealth_growth:: 4\n```\nstage:: Sunset\n```\n"), "fields gone from the text, the conflict and the code block kept");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:undo-last-change"));
    await page.waitForFunction(([p, b]) => window.__app.vault.contentOf(p) === b, [path, before[path]], { timeout: 3000 });
    eq(await allNotes(page), before, "every note back byte for byte");
  });

  await test("fuzzy picker: 'fldn' ranks Fieldnote Analytics first and highlights the matched letters", async (start) => {
    const page = await start({ width: 1000 });
    await page.waitForSelector(".clientele-card");
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:log-interaction"));
    const input = page.locator(".prompt-input, .modal input").first();
    await input.waitFor({ timeout: 3000 });
    await input.fill("fldn");
    await page.waitForSelector(".suggestion-item .suggestion-highlight", { timeout: 3000 });
    const first = page.locator(".suggestion-item").first();
    eq(await first.locator(".clientele-suggest-title").textContent(), "Fieldnote Analytics", "first suggestion");
    eq(await first.locator(".clientele-suggest-title .suggestion-highlight").allTextContents(), ["F", "ldn"], "highlighted letters");
    await page.locator(".modal").first().screenshot({ path: join(OUT, "fuzzy-client-picker.png") });
  });
}
