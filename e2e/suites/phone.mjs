// Phones (issue 15 item 7): the board, the agenda and every modal at 390 x 844 CSS px with touch,
// mobile viewport emulation and Obsidian's phone body classes (openPage's `mobile` option), light
// and dark. Nothing may stick out sideways (beyond the board's own column strip), every control is
// a tap target of at least 44 x 44 px, and a move by long press or by the ⋯ menu writes the same
// bytes as a desktop move. Screenshots go to e2e/out/; with --docs the README's also go to docs/.
import { join } from "node:path";

const PHONE = { width: 390, height: 844, mobile: true };
const MIN_TAP = 44;

/**
 * In the page: what is wrong with `rootSel` at this size. `wide`: elements wider than the window
 * and elements sticking out of it sideways (the column strip `strip` may scroll sideways; what is
 * inside it is checked for fitting its own width instead). `small`: controls whose tap target (the
 * control, or the label around it) is under `min` px in either direction. Hidden controls are skipped.
 */
function measure([rootSel, strip, min]) {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const name = (el) => {
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ""}`;
  };
  const shown = (el) => {
    if (!el.getClientRects().length) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden" && cs.display !== "none" && !el.closest(".clientele-sr-only");
  };
  const roots = [...document.querySelectorAll(rootSel)];
  const wide = [];
  const small = [];
  let checked = 0;
  const stripEl = strip ? document.querySelector(strip) : null;
  const stripBox = stripEl?.getBoundingClientRect();
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (stripEl && stripEl !== el && stripEl.contains(el)) {
        if (r.width > stripBox.width + 0.5) wide.push(`${name(el)} ${Math.round(r.width)} px wide in a ${Math.round(stripBox.width)} px strip`);
        continue;
      }
      if (r.width > vw + 0.5 || r.left < -0.5 || r.right > vw + 0.5) wide.push(`${name(el)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
    const controls = root.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], .clickable-icon, .checkbox-container');
    for (const el of controls) {
      if (!shown(el)) continue;
      checked++;
      const target = el.closest("label, .checkbox-container") ?? el;
      const r = target.getBoundingClientRect();
      if (r.width < min - 0.01 || r.height < min - 0.01) small.push(`${name(el)} ${Math.round(r.width * 10) / 10} x ${Math.round(r.height * 10) / 10}`);
    }
  }
  const page = document.scrollingElement;
  if (page.scrollWidth > vw + 0.5) wide.push(`the page scrolls sideways: ${page.scrollWidth} px`);
  return { wide, small, checked, roots: roots.length, vw, vh };
}

/** Taps the middle of `locator` with a finger (touch start and end through the DevTools protocol). */
async function tap(page, t, locator) {
  await locator.scrollIntoViewIfNeeded();
  const b = await locator.boundingBox();
  const p = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  await t.gesture(p, p, { steps: 1 });
}

const KESSLER = "Clients/Kessler Fluid Systems.md";
const CSV = "company,stage,value,currency\nPhone Import One,Discovery,1200,EUR\nPhone Import Two,Proposal,800,EUR\n";

/** The modals, each opened by its command at phone size (the client ones for the open client note). */
const MODALS = [
  ["new client", "clientele:new-client"],
  ["new record", "clientele:new-record"],
  ["log interaction", "clientele:log-interaction"],
  ["health check", "clientele:health-check"],
  ["snooze", "clientele:snooze-client"],
  ["bulk edit", "clientele:bulk-edit"],
  ["tag rules", "clientele:apply-tag-rules"],
  ["import", "clientele:import-csv"],
  ["progress report", "clientele:progress-report"],
];

/** `page`'s modal (or settings) box, and whether what does not fit scrolls. */
function modalBox() {
  const m = document.querySelector(".modal");
  const r = m.getBoundingClientRect();
  const cs = getComputedStyle(m);
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, scrolls: ["auto", "scroll"].includes(cs.overflowY), overflow: m.scrollHeight - m.clientHeight, vw: window.innerWidth, vh: window.innerHeight };
}

export default async function phone(kit) {
  const { test, assert, eq, OUT, TODAY, cardSel, colSel, noteText, waitForChange, assertMoveBytes, waitForCardIn, touch, showWholeBoard } = kit;
  // `--docs`: the README's screenshots are written to docs/ as well as e2e/out/.
  const DOCS = process.argv.includes("--docs") ? join(OUT, "..", "..", "docs") : null;
  const shoot = async (page, name, docs = false) => {
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    if (docs && DOCS) await page.screenshot({ path: join(DOCS, `${name}.png`) });
  };

  /** Fails with the list of problems `measure` found under `rootSel`; `min` controls must have been measured. */
  const fits = async (page, rootSel, strip, min) => {
    const m = await page.evaluate(measure, [rootSel, strip, MIN_TAP]);
    eq(m.vw, PHONE.width, "window width");
    assert(m.roots > 0, `nothing matches ${rootSel}`);
    eq(m.wide, [], "elements sticking out sideways");
    eq(m.small, [], `tap targets under ${MIN_TAP} px`);
    assert(m.checked >= min, `only ${m.checked} controls measured under ${rootSel} (expected at least ${min})`);
    return m;
  };

  for (const theme of ["light", "dark"]) {
    await test(`phone board (${theme}, 390 x 844, touch): nothing sticks out sideways, every control is a 44 px tap target, the ⋯ menu fits`, async (start) => {
      const page = await start({ ...PHONE, theme });
      await page.waitForSelector(".clientele-card");
      eq(await page.locator(".clientele-card").count(), 14, "cards");
      // 14 ⋯ buttons, 5 column headers, filter, segment, sort, Bulk edit, Hide, help.
      await fits(page, ".clientele-pipeline-view", ".clientele-board-columns", 25);
      const cards = await page.$$eval(".clientele-card", (els) => els.filter((e) => { const r = e.getBoundingClientRect(); const c = e.closest(".clientele-column").getBoundingClientRect(); return r.left < c.left - 0.5 || r.right > c.right + 0.5; }).length);
      eq(cards, 0, "cards wider than their column");
      await shoot(page, `phone-board-${theme}`, true);
      const t = await touch(page);
      await tap(page, t, page.locator(`${cardSel("Kessler Fluid Systems")} .clientele-card-more`));
      await page.waitForSelector('.menu-item:text-is("Move to Active")', { timeout: 2000 });
      const menu = await page.$eval(".menu", (e) => { const r = e.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight; });
      assert(menu, "the ⋯ menu is inside the window");
      await shoot(page, `phone-board-menu-${theme}`);
    });
  }

  await test("phone board: a long press and drag, and a tap on ⋯ then Move to, write the same bytes as the desktop moves", async (start) => {
    const harbour = "Clients/Open Harbour Foundation.md";
    const tidewater = "Clients/Tidewater Learning.md";
    // The desktop moves: the ⋯ menu clicked with the mouse in a 760 px sidebar.
    const desk = await start({ width: 760 });
    const desktop = {};
    for (const [path, name, to] of [[harbour, "Open Harbour Foundation", "Proposal"], [tidewater, "Tidewater Learning", "Active"]]) {
      const before = await noteText(desk, path);
      await desk.locator(`${cardSel(name)} .clientele-card-more`).click();
      await desk.locator(`.menu-item:text-is("Move to ${to}")`).click();
      desktop[path] = { before, after: await waitForChange(desk, path, before) };
      assertMoveBytes(before, desktop[path].after, "Discovery", to);
    }
    if (desk.errors.length) throw new Error(desk.errors.join("; "));
    await desk.close();

    const page = await start({ ...PHONE });
    const t = await touch(page);
    eq(await noteText(page, harbour), desktop[harbour].before, "the phone starts from the same note");
    const card = page.locator(cardSel("Open Harbour Foundation"));
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const header = await page.locator(`${colSel("Proposal")} .clientele-column-header`).boundingBox();
    assert(header.y + header.height <= PHONE.height, "the Proposal header is on screen for the drag");
    await t.gesture({ x: from.x + from.width / 3, y: from.y + from.height / 2 }, { x: header.x + header.width / 2, y: header.y + header.height / 2 }, { hold: 500, steps: 12 });
    eq(await waitForChange(page, harbour, desktop[harbour].before), desktop[harbour].after, "long press and drag: the note, byte for byte, as the desktop move left it");
    await waitForCardIn(page, "Open Harbour Foundation", "Proposal");

    await page.waitForTimeout(700); // a click within 600 ms of a drag is its tail (board-touch.ts)
    await tap(page, t, page.locator(`${cardSel("Tidewater Learning")} .clientele-card-more`));
    await tap(page, t, page.locator('.menu-item:text-is("Move to Active")'));
    eq(await waitForChange(page, tidewater, desktop[tidewater].before), desktop[tidewater].after, "⋯ then Move to Active: the note, byte for byte, as the desktop move left it");
    await waitForCardIn(page, "Tidewater Learning", "Active");
  });

  await test("phone agenda (390 x 844, touch): rows and buttons fit and are 44 px targets; tapping Log touchpoint, typing and tapping Log completes it", async (start) => {
    const page = await start({ ...PHONE, open: false });
    await page.evaluate(() => window.__app.commands.executeCommandById("clientele:open-agenda"));
    await page.waitForSelector(".clientele-agenda-row");
    const rows = await page.locator(".clientele-agenda-row").count();
    assert(rows >= 5, `agenda rows: ${rows}`);
    await fits(page, ".clientele-agenda-view", null, rows * 3);
    await shoot(page, "phone-agenda", true);

    const path = "Clients/Kessler Fluid Systems.md";
    const row = page.locator('.clientele-agenda-row:has(.clientele-agenda-client:text-is("Kessler Fluid Systems")):has(.clientele-agenda-text:text-matches("^Touchpoint due"))');
    eq(await row.count(), 1, "Kessler's touchpoint row");
    const before = await noteText(page, path);
    assert(!before.includes(`last_contact: ${TODAY}`), "not yet contacted today");
    const t = await touch(page);
    await tap(page, t, row.locator('button:text-is("Log touchpoint")'));
    await page.waitForSelector(".modal textarea", { timeout: 3000 });
    await fits(page, ".modal-container", null, 5);
    await tap(page, t, page.locator(".modal textarea"));
    await page.keyboard.type("Called Markus about the proposal");
    eq(await page.inputValue(".modal textarea"), "Called Markus about the proposal", "the summary typed on the phone");
    await tap(page, t, page.locator('.modal button:text-is("Log")'));
    const after = await waitForChange(page, path, before);
    assert(after.includes(`last_contact: ${TODAY}`), "last_contact is today");
    assert(after.includes("Called Markus about the proposal"), "the summary is in the note");
    // The overdue touchpoint is done: the next one is a week away, counted from today's contact.
    await page.waitForFunction((today) => {
      const texts = [...document.querySelectorAll(".clientele-agenda-row")].filter((r) => r.querySelector(".clientele-agenda-client")?.textContent === "Kessler Fluid Systems").map((r) => r.textContent);
      return texts.some((x) => x.includes(`Touchpoint due with Kessler Fluid Systems (last contact ${today})`)) && !texts.some((x) => /Touchpoint due.*overdue/.test(x));
    }, TODAY, { timeout: 3000 });
    eq(await row.locator(".clientele-agenda-day").textContent(), "in 7 d", "the next touchpoint");
  });

  for (const [name, id] of MODALS) {
    await test(`phone modal: ${name}, opened by its command at 390 x 844, fits the window, scrolls what does not fit, 44 px controls, fields take typing`, async (start) => {
      const page = await start({ ...PHONE, files: { ...kit.vault, "Imports/clients.csv": CSV } });
      await page.evaluate(async ([path, cmd]) => {
        const app = window.__app;
        await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path));
        await window.__plugin.saveSettings({ ...window.__plugin.current, tagRules: [{ when: "stage:Active", tag: "active-work" }] });
        app.commands.executeCommandById(cmd);
      }, [KESSLER, id]);
      await page.waitForSelector(".modal", { timeout: 3000 });
      const t = await touch(page);
      if (await page.locator(".modal.prompt").count()) {
        await tap(page, t, page.locator(".suggestion-item").first());
        await page.waitForSelector(".modal:not(.prompt)", { timeout: 3000 });
      }
      await page.waitForSelector(".modal.clientele-modal .setting-item button", { timeout: 3000 });
      const box = await page.evaluate(modalBox);
      assert(box.left >= 0 && box.top >= 0 && box.right <= box.vw + 0.5 && box.bottom <= box.vh + 0.5, `the window is inside the screen: ${JSON.stringify(box)}`);
      assert(box.scrolls || box.overflow <= 0, `content that does not fit scrolls: ${JSON.stringify(box)}`);
      await fits(page, ".modal-container", null, 2);
      const field = page.locator('.modal input[type="text"], .modal input:not([type]), .modal textarea').first();
      if (await field.count()) {
        await tap(page, t, field);
        await page.keyboard.press("Control+A");
        await page.keyboard.type("Typed on a phone");
        eq(await field.inputValue(), "Typed on a phone", "a field takes typing");
      }
      await shoot(page, `phone-modal-${name.replace(/ /g, "-")}`);
      if (name === "health check" && DOCS) await page.screenshot({ path: join(DOCS, "phone-modal.png") });
    });
  }

  await test("phone settings tab (drawn as Obsidian's phone settings window): nothing sticks out sideways, 44 px controls", async (start) => {
    const page = await start({ ...PHONE });
    await page.evaluate(() => {
      const box = document.body.createDiv({ cls: "modal-container mod-settings" });
      box.createDiv({ cls: "modal-bg" });
      const modal = box.createDiv({ cls: "modal mod-settings" });
      modal.appendChild(window.__obsidian.openSettingTab(window.__app, "clientele").containerEl);
    });
    await page.waitForSelector(".modal .clientele-settings .setting-item");
    const box = await page.evaluate(modalBox);
    assert(box.left >= 0 && box.top >= 0 && box.right <= box.vw + 0.5 && box.bottom <= box.vh + 0.5 && box.scrolls, `the settings window: ${JSON.stringify(box)}`);
    await fits(page, ".modal-container", null, 20);
    await shoot(page, "phone-settings");
  });

  await test("phone suite's desktop companion: the whole board at desktop size in the dark theme (README screenshot), no card cut off", async (start) => {
    const page = await start({ width: 1200, theme: "dark" });
    await showWholeBoard(page);
    const cut = await page.evaluate(() => [...document.querySelectorAll(".clientele-column, .clientele-card")].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5;
    }).length);
    eq(cut, 0, "columns or cards outside the window");
    eq(await page.locator(".clientele-column").count(), 5, "columns");
    await shoot(page, "board-dark", true);
  });
}
