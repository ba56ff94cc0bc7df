// @vitest-environment happy-dom
// The agenda view (contract sections 9, 10) on the sample vault: its groups, the client buttons and
// the redraw after a client note changes; completing, snoozing and the keyboard.
import { describe, expect, it, vi } from "vitest";
import type { TFile } from "obsidian";
import { DropdownComponent, getControl, getOpenModal, Menu, notices, readFile, TextAreaComponent, TextComponent } from "../fake/obsidian";
import { click } from "../plugin/setup";
import { sampleHarness, SAMPLE_TODAY, startDeps, type Harness } from "../helpers/sample-plugin";
import { CATEGORY_LABELS, HEALTH_CATEGORIES } from "../../src/core/model/health";
import { undoLastChange } from "../../src/obsidian/bulk-writes";
import { registerAgenda } from "../../src/views/agenda-register";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/views/agenda-view";

const MERIDIAN = "Clients/Meridian Clinics.md";

async function open(h: Harness): Promise<AgendaView> {
  const agenda = registerAgenda(h.deps.plugin, h.deps);
  agenda.openAgenda();
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
  const leaf = h.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0];
  if (!leaf || !(leaf.view instanceof AgendaView)) throw new Error("no agenda leaf");
  document.body.appendChild(leaf.view.containerEl);
  return leaf.view;
}

const rows = (view: AgendaView) => Array.from(view.containerEl.querySelectorAll<HTMLElement>(".clientele-agenda-row"));
const rowOf = (view: AgendaView, client: string, text: RegExp) =>
  rows(view).find((r) => r.querySelector(".clientele-agenda-client")?.textContent === client && text.test(r.querySelector(".clientele-agenda-text")?.textContent ?? ""));

describe("the agenda view", () => {
  it("opens in the right sidebar and lists the overdue items first, in the error colour", async () => {
    const h = await sampleHarness();
    expect(SAMPLE_TODAY).toBe("2026-11-21");
    const view = await open(h);
    const leaf = h.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0];
    expect((leaf as unknown as { location: string }).location).toBe("right");
    expect(view.getDisplayText()).toBe("Client agenda");
    expect(view.getIcon()).toBe("calendar-clock");
    const headings = Array.from(view.containerEl.querySelectorAll(".clientele-agenda-heading")).map((e) => e.firstElementChild?.textContent);
    expect(headings[0]).toBe("Overdue");
    const check = rowOf(view, "Meridian Clinics", /^Health check due/);
    expect(check?.querySelector(".clientele-agenda-day")?.textContent).toBe("overdue 114 d"); // due 2026-07-30
    expect(check?.classList.contains("is-overdue")).toBe(true);
    const count = view.containerEl.querySelector(".clientele-agenda-overdue .clientele-agenda-count")?.textContent;
    expect(Number(count)).toBe(view.containerEl.querySelectorAll(".clientele-agenda-overdue .clientele-agenda-row").length);
    expect(view.containerEl.innerHTML).not.toMatch(/Nothing due/);
  });

  it("registers the command open-agenda", async () => {
    const h = await sampleHarness();
    registerAgenda(h.deps.plugin, h.deps);
    const cmd = (h.app as unknown as { commands: { commands: Record<string, { name: string }> } }).commands.commands["clientele:open-agenda"];
    expect(cmd?.name).toMatch(/(^|: )Open agenda$/); // the fake prefixes the plugin name, as Obsidian shows it
  });

  it("opens the client note when its name is clicked (a button, so reachable by keyboard)", async () => {
    const h = await sampleHarness();
    const view = await open(h);
    const opened: string[] = [];
    h.deps.openFile = vi.fn((file: TFile) => {
      opened.push(file.path);
      return Promise.resolve();
    });
    const button = rowOf(view, "Meridian Clinics", /^Health check due/)?.querySelector("button");
    expect(button?.tagName).toBe("BUTTON");
    button?.click();
    expect(opened).toEqual([MERIDIAN]);
  });

  it("redraws after a client note changes: a review today removes its health check", async () => {
    const h = await sampleHarness();
    const view = await open(h);
    expect(rowOf(view, "Meridian Clinics", /^Health check due/)).toBeDefined();
    const file = h.app.vault.getFileByPath(MERIDIAN);
    if (!file) throw new Error("no Meridian");
    const text = await h.app.vault.read(file);
    await h.app.vault.modify(file, text.replace("last_review: 2026-06-30", `last_review: ${SAMPLE_TODAY}`));
    await h.settle();
    await h.deps.bodies.idle();
    expect(rowOf(view, "Meridian Clinics", /^Health check due/)).toBeUndefined();
    expect(rows(view).length).toBeGreaterThan(0);
  });

  it("says nothing is due when the vault has no items", async () => {
    const h = await sampleHarness({});
    const view = await open(h);
    expect(view.containerEl.querySelector(".clientele-agenda-empty")?.textContent).toBe("Nothing due in the next 7 days.");
  });
});

// One client with an item of each kind for 2026-11-21 (as the CLI's agenda test): health check
// 2026-11-14, touchpoint 2026-10-25, next action today, renewal notice today, INV-0004 2026-11-11,
// FB-0001 2026-11-22.
const ACME = "Clients/Acme Robotics.md";
const INVOICE = "Billing/INV-0004.md";
const FEEDBACK = "Support/FB-0001.md";
const VAULT: Record<string, string> = {
  [ACME]: "---\ntype: client\ncompany: Acme Robotics\nstage: Active\nlast_review: 2026-10-15\nlast_contact: 2026-10-11\nnext_action: Send the proposal\nnext_action_due: 2026-11-21\n---\n# Acme\n\n## Interaction log\n\n",
  "Clients/Beta.md": "---\ntype: client\nstage: Sunset\nlast_review: 2026-11-21\nlast_contact: 2026-11-21\nnext_action_due: 2026-11-19\n---\n",
  "Legal/Acme MSA.md": '---\ntype: contract\nclient: "[[Acme Robotics]]"\nrecord_id: CTR-0001\nstart: 2026-01-20\nend: 2027-01-20\nnotice_days: 60\nstatus: signed\n---\n',
  [INVOICE]: '---\ntype: invoice\nclient: "[[Acme Robotics]]"\nnumber: INV-0004\namount: 100\ndue: 2026-11-10\n---\n',
  [FEEDBACK]: '---\ntype: feedback\nclient: "[[Acme Robotics]]"\nrecord_id: FB-0001\nopened: 2026-11-20\n---\nThe report was late.\n',
};

async function vaultView(): Promise<{ h: Harness; view: AgendaView }> {
  const h = await startDeps(VAULT);
  await h.settle();
  await h.deps.bodies.idle();
  return { h, view: await open(h) };
}

/** Lets the write after a click run, then the index announce it and the view redraw. */
async function written(h: Harness): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => window.setTimeout(r, 2));
  await h.settle();
  await h.deps.bodies.idle();
}

const kindRow = (view: AgendaView, kind: string, client = "Acme Robotics") =>
  rows(view).find((r) => r.dataset.kind === kind && r.querySelector(".clientele-agenda-client")?.textContent === client);

function must<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`no ${what}`);
  return v;
}

function pressButton(row: HTMLElement | undefined, text: string): void {
  const b = Array.from(must(row, "row").querySelectorAll("button")).find((x) => x.textContent === text);
  must(b, `button ${text}`).click();
}

function key(el: HTMLElement, k: string, init: KeyboardEventInit = {}): void {
  el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
}

describe("completing agenda items", () => {
  it("gives each row its completing action as a button and Snooze", async () => {
    const { view } = await vaultView();
    const labels = Object.fromEntries(["health-check", "touchpoint", "next-action", "renewal", "invoice", "feedback"].map((k) => [
      k, Array.from(must(kindRow(view, k), k).querySelectorAll(".clientele-agenda-actions button")).map((b) => b.textContent),
    ]));
    expect(labels).toEqual({
      "health-check": ["Health check", "Snooze"],
      touchpoint: ["Log touchpoint", "Snooze"],
      "next-action": ["Log and set follow-up", "Snooze"],
      renewal: ["Open note", "Snooze"],
      invoice: ["Mark paid", "Snooze"],
      feedback: ["Mark answered", "Snooze"],
    });
  });

  it("Mark paid sets only paid: today on the invoice note, and the item goes", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "invoice"), "Mark paid");
    await written(h);
    expect(readFile(h.fake, INVOICE)).toBe(VAULT[INVOICE]?.replace("due: 2026-11-10\n", "due: 2026-11-10\npaid: 2026-11-21\n"));
    expect(readFile(h.fake, ACME)).toBe(VAULT[ACME]);
    expect(kindRow(view, "invoice")).toBeUndefined();
    expect(notices().at(-1)).toBe("Clientele: marked INV-0004 paid (paid: 2026-11-21).");
    await undoLastChange(h.deps);
    expect(readFile(h.fake, INVOICE)).toBe(VAULT[INVOICE]);
  });

  it("Mark paid on an invoice paid meanwhile (the row not yet redrawn) writes nothing and says so", async () => {
    const { h, view } = await vaultView();
    const paid = VAULT[INVOICE]?.replace("due: 2026-11-10\n", "due: 2026-11-10\npaid: 2026-11-19\n") ?? "";
    await h.app.vault.modify(must(h.app.vault.getFileByPath(INVOICE), "invoice"), paid);
    pressButton(kindRow(view, "invoice"), "Mark paid");
    await written(h);
    expect(readFile(h.fake, INVOICE)).toBe(paid);
    // The index still lists it when clicked: the write layer's check of the note on disk stops it.
    expect(notices().at(-1)).toBe('Clientele: "Billing/INV-0004.md" already has paid set; paid was not written.');
    expect(kindRow(view, "invoice")).toBeUndefined();
  });

  it("Mark answered sets only first_response: today on the feedback note, and the item goes", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "feedback"), "Mark answered");
    await written(h);
    expect(readFile(h.fake, FEEDBACK)).toBe(VAULT[FEEDBACK]?.replace("opened: 2026-11-20\n", "opened: 2026-11-20\nfirst_response: 2026-11-21\n"));
    expect(kindRow(view, "feedback")).toBeUndefined();
  });

  it("Log touchpoint writes last_contact and the log line, and the touchpoint goes", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "touchpoint"), "Log touchpoint");
    const el = getOpenModal(h.fake).contentEl;
    getControl(el, "Summary", TextAreaComponent).simulateChange("Called about the pilot");
    click(el, "Log");
    await written(h);
    // Only last_contact and the one log line (appended under the heading as the write layer does).
    expect(readFile(h.fake, ACME)).toBe(
      VAULT[ACME]?.replace("last_contact: 2026-10-11\n", "last_contact: 2026-11-21\n").replace("## Interaction log\n\n", "## Interaction log\n- 2026-11-21 · call · Called about the pilot\n\n"),
    );
    expect(kindRow(view, "touchpoint")).toBeUndefined();
    expect(kindRow(view, "invoice")).toBeDefined();
  });

  it("Log and set follow-up moves next_action_due to the follow-up date, and the next action goes", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "next-action"), "Log and set follow-up");
    const el = getOpenModal(h.fake).contentEl;
    getControl(el, "Summary", TextAreaComponent).simulateChange("Sent it");
    getControl(el, "Follow-up date", TextComponent).simulateChange("2026-12-15");
    click(el, "Log");
    await written(h);
    expect(readFile(h.fake, ACME)).toContain("next_action_due: 2026-12-15\n");
    expect(kindRow(view, "next-action")).toBeUndefined();
  });

  it("Health check saves last_review today, and the health check goes", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "health-check"), "Health check");
    const el = getOpenModal(h.fake).contentEl;
    for (const c of HEALTH_CATEGORIES) getControl(el, CATEGORY_LABELS[c], DropdownComponent).simulateChange("4");
    click(el, "Save health check");
    await written(h);
    expect(readFile(h.fake, ACME)).toContain("last_review: 2026-11-21\n");
    expect(kindRow(view, "health-check")).toBeUndefined();
  });

  it("Open note opens the client of a renewal", async () => {
    const { h, view } = await vaultView();
    const opened: string[] = [];
    h.deps.openFile = vi.fn((file: TFile) => {
      opened.push(file.path);
      return Promise.resolve();
    });
    pressButton(kindRow(view, "renewal"), "Open note");
    expect(opened).toEqual([ACME]);
  });

  it("Snooze for a week writes snooze_until only, and hides every item of the client", async () => {
    const { h, view } = await vaultView();
    pressButton(kindRow(view, "invoice"), "Snooze");
    click(getOpenModal(h.fake).contentEl, "1 week");
    await written(h);
    expect(readFile(h.fake, ACME)).toBe(VAULT[ACME]?.replace("next_action_due: 2026-11-21\n", "next_action_due: 2026-11-21\nsnooze_until: 2026-11-28\n"));
    expect(rows(view).filter((r) => r.dataset.path === ACME)).toEqual([]);
    expect(kindRow(view, "next-action", "Beta")).toBeDefined();
  });

  it("the row's context menu offers the action, Open note and the snooze choices", async () => {
    const { h, view } = await vaultView();
    const row = must(kindRow(view, "feedback"), "feedback row");
    row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
    const menu = must(Menu.shown.at(-1), "menu");
    expect(menu.titles).toEqual(["Mark answered", "Open note", "Snooze 1 day", "Snooze 1 week", "Snooze until…"]);
    menu.clickItem("Snooze 1 day");
    await written(h);
    expect(readFile(h.fake, ACME)).toContain("snooze_until: 2026-11-22\n");
    expect(kindRow(view, "feedback")).toBeUndefined();
  });

  it("from the keyboard: one row in the Tab order, arrows move, Enter opens, d completes", async () => {
    const { h, view } = await vaultView();
    const all = rows(view);
    expect(all.map((r) => r.getAttribute("tabindex"))).toEqual(["0", ...all.slice(1).map(() => "-1")]);
    const first = must(all[0], "first row");
    first.focus();
    key(first, "ArrowDown");
    expect(document.activeElement).toBe(all[1]);
    expect(all[1]?.getAttribute("tabindex")).toBe("0");
    expect(first.getAttribute("tabindex")).toBe("-1");
    key(must(all[1], "second row"), "ArrowUp");
    expect(document.activeElement).toBe(first);
    const opened: string[] = [];
    h.deps.openFile = vi.fn((file: TFile) => {
      opened.push(file.path);
      return Promise.resolve();
    });
    key(first, "Enter");
    expect(opened).toEqual([first.dataset.path]);
    key(first, "F10", { shiftKey: true });
    expect(Menu.shown.at(-1)?.titles).toContain("Snooze until…");
    key(first, "s");
    expect(getOpenModal(h.fake).contentEl.textContent).toMatch(/hidden until the day you choose/);
    getOpenModal(h.fake).close();
    const invoice = must(kindRow(view, "invoice"), "invoice row");
    invoice.focus();
    key(invoice, "d");
    await written(h);
    expect(readFile(h.fake, INVOICE)).toContain("paid: 2026-11-21\n");
    expect(kindRow(view, "invoice")).toBeUndefined();
    expect(document.activeElement?.classList.contains("clientele-agenda-row")).toBe(true); // the focus stays in the list
  });
});
