// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { progressReport } from "../../src/commands/progress-report";
import { getControl, getOpenModal, notices, readFile, suggestModal, TextComponent } from "../fake/obsidian";
import type { ClientStatus } from "../../src/core/model/types";
import { ProgressModal } from "../../src/ui/progress-modal";
import { sampleHarness, sampleNotes, sampleSettings, SAMPLE_TODAY, startDeps, type Harness } from "../helpers/sample-plugin";

const LEDGERLINE = "Clients/Ledgerline Payments.md";
const REPORT = "Reviews/Progress/Ledgerline Payments progress 2026-11-21.md";
const approved = readFileSync("test/core/report/__approved__/progress-report.ledgerline.approved.md", "utf8");

function click(el: HTMLElement, text: string): void {
  const button = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

async function openNote(h: Harness, path: string): Promise<void> {
  const file = h.app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await h.app.workspace.getLeaf(false).openFile(file);
}

function period(h: Harness): { from: TextComponent; to: TextComponent; el: HTMLElement } {
  const el = getOpenModal(h.fake, ProgressModal).contentEl;
  return { from: getControl(el, "From", TextComponent), to: getControl(el, "To", TextComponent), el };
}

describe("progress-report", () => {
  it("writes the active client's report for the last 30 days, as the core's approved one, and opens it", async () => {
    const h = await sampleHarness();
    await openNote(h, LEDGERLINE);
    const done = progressReport(h.deps);
    const form = period(h);
    expect([form.from.getValue(), form.to.getValue()]).toEqual(["2026-10-22", SAMPLE_TODAY]);
    click(form.el, "Create");
    await done;
    expect(readFile(h.fake, REPORT)).toBe(approved);
    expect(h.app.workspace.getActiveFile()?.path).toBe(REPORT);
  });

  it("starts the next period after the last report for that client and never overwrites it", async () => {
    const earlier = '---\ntype: progress-report\nclient: "[[Ledgerline Payments]]"\nperiod_start: 2026-10-01\nperiod_end: 2026-11-12\n---\n# Mine\n';
    const other = '---\ntype: progress-report\nclient: "[[Meridian Clinics]]"\nperiod_start: 2026-10-01\nperiod_end: 2026-11-19\n---\n';
    const h = await sampleHarness({ ...sampleNotes(), [REPORT]: earlier, "Elsewhere/Meridian.md": other });
    await openNote(h, LEDGERLINE);
    const done = progressReport(h.deps);
    const form = period(h);
    expect(form.from.getValue()).toBe("2026-11-13");
    click(form.el, "Create");
    await done;
    const second = "Reviews/Progress/Ledgerline Payments progress 2026-11-21 2.md";
    expect(readFile(h.fake, REPORT)).toBe(earlier);
    const text = readFile(h.fake, second);
    expect(text).toContain("period_start: 2026-11-13\nperiod_end: 2026-11-21\n");
    expect(text).toContain("## Work done\n\n- 2026-11-13 · call ·");
    expect(text).not.toContain("2026-11-04");
    expect(h.app.workspace.getActiveFile()?.path).toBe(second);
  });

  it("asks which client when the active note is not one, and takes the period typed in", async () => {
    const h = await sampleHarness();
    await openNote(h, "Welcome.md");
    await progressReport(h.deps);
    const picker = suggestModal(getOpenModal<{ getSuggestions(q: string): ClientStatus[] }>(h.fake));
    await picker.setQuery("Meridian");
    picker.chooseSuggestion(0);
    const form = period(h);
    form.from.simulateChange("2026-06-01");
    form.to.simulateChange("2026-06-30");
    click(form.el, "Create");
    await h.settle();
    const path = "Reviews/Progress/Meridian Clinics progress 2026-06-30.md";
    const text = readFile(h.fake, path);
    expect(text).toContain("## Work done\n\n- 2026-06-12 · email · Asked for Q2 booking numbers; received them three weeks later.\n- 2026-06-30 · call ·");
    expect(text).toContain("## Outcomes\n\n- No-shows down from 11% to 6%");
    expect(text).not.toContain("Permission to use their name");
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
  });

  it("refuses a period that ends after today and writes nothing until it is right", async () => {
    const h = await sampleHarness();
    await openNote(h, LEDGERLINE);
    const done = progressReport(h.deps);
    const form = period(h);
    form.to.simulateChange("2026-11-22");
    click(form.el, "Create");
    expect(form.el.querySelector(".clientele-form-error")?.textContent).toBe("The last day must not be after today.");
    expect(h.app.vault.getFileByPath(REPORT)).toBeNull();
    form.to.simulateChange(SAMPLE_TODAY);
    click(form.el, "Create");
    await done;
    expect(h.app.vault.getFileByPath(REPORT)).not.toBeNull();
  });

  it("writes nothing when the form is cancelled", async () => {
    const h = await sampleHarness();
    await openNote(h, LEDGERLINE);
    const done = progressReport(h.deps);
    click(period(h).el, "Cancel");
    await done;
    expect(h.app.vault.getFolderByPath("Reviews/Progress")).toBeNull();
  });

  it("asks to wait while the client notes are still being read", async () => {
    const h = await startDeps(sampleNotes(), sampleSettings());
    await openNote(h, LEDGERLINE);
    h.deps.index.ready = false; // as before the index's first build, which the fake finishes at once
    await progressReport(h.deps);
    expect(notices().at(-1)).toBe("Clientele: still reading your client notes; try again in a moment.");
    expect(h.fake.openModals).toHaveLength(0);
  });
});
