// @vitest-environment happy-dom
// Selecting agenda rows (issue 14 item 7): a checkbox per row, the bar's bulk actions for the
// selected rows' clients (snooze, log one interaction, Bulk edit…) as one undoable change each, and
// the selection across redraws.
import { describe, expect, it } from "vitest";
import { getControl, getOpenModal, readFile, TextAreaComponent } from "../fake/obsidian";
import { click } from "../plugin/setup";
import { startDeps, type Harness } from "../helpers/sample-plugin";
import { undoLastChange } from "../../src/obsidian/bulk-writes";
import { registerAgenda } from "../../src/views/agenda-register";
import { rowKey, selectedClientPaths } from "../../src/views/agenda-select";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/views/agenda-view";

// Three clients, each with a touchpoint overdue on 2026-11-21 (last contact long ago); Acme also a health check.
const client = (name: string, extra = "") =>
  `---\ntype: client\ncompany: ${name}\nstage: Active\nlast_review: 2026-11-01\nlast_contact: 2026-09-01\n${extra}---\n# ${name}\n\n## Interaction log\n\n`;
const VAULT: Record<string, string> = {
  "Clients/Acme.md": client("Acme").replace("last_review: 2026-11-01", "last_review: 2026-10-01"),
  "Clients/Birch.md": client("Birch"),
  "Clients/Cobalt.md": client("Cobalt"),
};

async function start(): Promise<{ h: Harness; view: AgendaView }> {
  const h = await startDeps(VAULT);
  await h.settle();
  await h.deps.bodies.idle();
  const agenda = registerAgenda(h.deps.plugin, h.deps);
  agenda.openAgenda();
  for (let i = 0; i < 5; i++) await new Promise((r) => window.setTimeout(r, 0));
  const leaf = h.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0];
  if (!leaf || !(leaf.view instanceof AgendaView)) throw new Error("no agenda leaf");
  document.body.appendChild(leaf.view.containerEl);
  return { h, view: leaf.view };
}

async function written(h: Harness): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => window.setTimeout(r, 2));
  await h.settle();
  await h.deps.bodies.idle();
}

const rows = (view: AgendaView) => Array.from(view.containerEl.querySelectorAll<HTMLElement>(".clientele-agenda-row"));
const row = (view: AgendaView, name: string, kind: string) => {
  const r = rows(view).find((x) => x.dataset.kind === kind && x.querySelector(".clientele-agenda-client")?.textContent === name);
  if (!r) throw new Error(`no ${kind} row of ${name}`);
  return r;
};
const check = (r: HTMLElement) => {
  const box = r.querySelector<HTMLInputElement>(".clientele-agenda-check input");
  if (!box) throw new Error("no checkbox");
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change", { bubbles: true }));
};
const bar = (view: AgendaView) => view.containerEl.querySelector<HTMLElement>(".clientele-agenda-select-bar");
const barText = (view: AgendaView) => bar(view)?.querySelector(".clientele-select-count")?.textContent;
const press = (view: AgendaView, text: string) => {
  const b = Array.from(bar(view)?.querySelectorAll("button") ?? []).find((x) => x.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  b.click();
};
const withoutLine = (text: string, line: string) => text.replace(`${line}\n`, "");

describe("rowKey and selectedClientPaths", () => {
  it("a key per row; the clients once each, in the order selected", () => {
    const a = rowKey({ clientPath: "C/A.md", kind: "touchpoint", day: "2026-11-01", text: "t" });
    const a2 = rowKey({ clientPath: "C/A.md", kind: "health-check", day: "2026-11-01", text: "h" });
    const b = rowKey({ clientPath: "C/B.md", kind: "touchpoint", day: "2026-11-01", text: "t" });
    expect(new Set([a, a2, b]).size).toBe(3);
    expect(selectedClientPaths([b, a, a2])).toEqual(["C/B.md", "C/A.md"]);
  });
});

describe("selecting agenda rows", () => {
  it("each row has a checkbox; the bar shows while rows are selected and counts rows and clients", async () => {
    const { view } = await start();
    expect(rows(view).length).toBe(4);
    expect(rows(view).every((r) => r.querySelector('.clientele-agenda-check input[type="checkbox"]')?.getAttribute("aria-label")?.startsWith("Select "))).toBe(true);
    expect(bar(view)?.classList.contains("is-hidden")).toBe(true);
    check(row(view, "Acme", "touchpoint"));
    expect(barText(view)).toBe("1 selected");
    check(row(view, "Acme", "health-check"));
    check(row(view, "Birch", "touchpoint"));
    expect(barText(view)).toBe("3 selected (2 clients)");
    expect(row(view, "Birch", "touchpoint").classList.contains("is-selected")).toBe(true);
    press(view, "Clear");
    expect(bar(view)?.classList.contains("is-hidden")).toBe(true);
    expect(rows(view).some((r) => r.querySelector<HTMLInputElement>(".clientele-agenda-check input")?.checked)).toBe(false);
  });

  it("Snooze 1 week snoozes each selected row's client once, in one undoable change; their rows go", async () => {
    const { h, view } = await start();
    check(row(view, "Acme", "touchpoint"));
    check(row(view, "Acme", "health-check"));
    check(row(view, "Cobalt", "touchpoint"));
    press(view, "Snooze 1 week");
    await written(h);
    for (const p of ["Clients/Acme.md", "Clients/Cobalt.md"]) {
      const after = readFile(h.fake, p);
      expect(after).toContain("snooze_until: 2026-11-28\n");
      expect(withoutLine(after, "snooze_until: 2026-11-28")).toBe(VAULT[p]);
    }
    expect(readFile(h.fake, "Clients/Birch.md")).toBe(VAULT["Clients/Birch.md"]);
    expect(rows(view).map((r) => r.querySelector(".clientele-agenda-client")?.textContent)).toEqual(["Birch"]);
    expect(bar(view)?.classList.contains("is-hidden")).toBe(true);
    await undoLastChange(h.deps);
    for (const p of Object.keys(VAULT)) expect(readFile(h.fake, p)).toBe(VAULT[p]);
  });

  it("Log interaction… logs one interaction with each selected client, in one undoable change", async () => {
    const { h, view } = await start();
    check(row(view, "Birch", "touchpoint"));
    check(row(view, "Cobalt", "touchpoint"));
    press(view, "Log interaction…");
    const modal = getOpenModal(h.fake);
    expect(modal.titleEl.textContent).toBe("Log interaction with 2 clients");
    getControl(modal.contentEl, "Summary", TextAreaComponent).simulateChange("Quarterly check-in");
    click(modal.contentEl, "Log");
    await written(h);
    for (const p of ["Clients/Birch.md", "Clients/Cobalt.md"]) {
      expect(readFile(h.fake, p)).toBe(VAULT[p]?.replace("last_contact: 2026-09-01\n", "last_contact: 2026-11-21\n").replace("## Interaction log\n\n", "## Interaction log\n- 2026-11-21 · call · Quarterly check-in\n\n"));
    }
    expect(readFile(h.fake, "Clients/Acme.md")).toBe(VAULT["Clients/Acme.md"]);
    await undoLastChange(h.deps);
    for (const p of Object.keys(VAULT)) expect(readFile(h.fake, p)).toBe(VAULT[p]);
  });

  it("Bulk edit… opens Bulk edit for exactly the selected rows' clients", async () => {
    const { h, view } = await start();
    check(row(view, "Cobalt", "touchpoint"));
    check(row(view, "Acme", "health-check"));
    press(view, "Bulk edit…");
    const modal = getOpenModal(h.fake);
    expect(modal.contentEl.querySelector(".clientele-bulk-preview")?.textContent).toBe("2 clients: Cobalt, Acme");
  });

  it("keeps the selection across a redraw and drops the rows that left the agenda; x toggles and Escape clears", async () => {
    const { h, view } = await start();
    check(row(view, "Acme", "health-check"));
    check(row(view, "Birch", "touchpoint"));
    const file = h.app.vault.getFileByPath("Clients/Acme.md");
    if (!file) throw new Error("no Acme");
    await h.app.vault.modify(file, (VAULT["Clients/Acme.md"] ?? "").replace("last_review: 2026-10-01", "last_review: 2026-11-21"));
    await written(h);
    expect(rows(view).some((r) => r.dataset.kind === "health-check")).toBe(false);
    expect(barText(view)).toBe("1 selected");
    expect(row(view, "Birch", "touchpoint").querySelector<HTMLInputElement>(".clientele-agenda-check input")?.checked).toBe(true);
    const cobalt = row(view, "Cobalt", "touchpoint");
    cobalt.focus();
    cobalt.dispatchEvent(new KeyboardEvent("keydown", { key: "x", bubbles: true, cancelable: true }));
    expect(barText(view)).toBe("2 selected");
    cobalt.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    expect(bar(view)?.classList.contains("is-hidden")).toBe(true);
  });
});
