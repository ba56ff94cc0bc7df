// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { TFile, type Events } from "obsidian";
import { renderCodeBlock, takeHandlerErrors, type RenderedCodeBlock } from "../fake/obsidian";
import { sampleHarness, sampleNotes, type Harness } from "../helpers/sample-plugin";

const DASHBOARD = "Client dashboard.md";
const attached: HTMLElement[] = [];

/** Renders a block as the reading view would and puts it on the page (visible). */
async function block(h: Harness, source: string): Promise<RenderedCodeBlock> {
  const b = await renderCodeBlock(h.fake, "clientele", source, DASHBOARD);
  document.body.appendChild(b.el);
  attached.push(b.el);
  return b;
}

afterEach(() => {
  for (const el of attached.splice(0)) el.remove();
  expect(takeHandlerErrors()).toEqual([]);
});

const headers = (el: HTMLElement) => Array.from(el.querySelectorAll("th"), (th) => th.textContent);
const rows = (el: HTMLElement) => Array.from(el.querySelectorAll("tbody tr"), (tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent));
const firstColumn = (el: HTMLElement) => rows(el).map((r) => r[0]);

async function setProperty(h: Harness, path: string, key: string, value: unknown): Promise<void> {
  const file = h.app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no ${path}`);
  await h.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    fm[key] = value;
  });
  await h.settle();
}

describe("the clientele code block", () => {
  it("pipeline: a row per client, linked to the note, with a stage summary", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: pipeline");
    expect(headers(el)).toEqual(["Client", "Stage", "Health", "Value", "Next action"]);
    expect(rows(el)).toHaveLength(14);
    const link = el.querySelector("tbody tr a.internal-link");
    expect(link?.textContent).toBe("Copperleaf Coffee Roasters");
    expect(link?.getAttribute("data-href")).toBe("Clients/Copperleaf Coffee Roasters.md");
    expect(link?.getAttribute("href")).toBe("Clients/Copperleaf Coffee Roasters.md");
    expect(el.querySelector(".clientele-block-summary")?.textContent).toBe("Discovery 3 · Proposal 2 · Active 4 · Retention 3 · Sunset 2 · total EUR 61,800 + GBP 4,000");
  });

  it("at-risk: the at-risk clients with their reasons in the bad tone", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: at-risk");
    expect(firstColumn(el)).toEqual(["Meridian Clinics", "Kessler Fluid Systems", "Copperleaf Coffee Roasters", "Halloran Pike Solicitors", "Fieldnote Analytics"]);
    const reasons = el.querySelector("tbody tr td:last-child");
    expect(reasons?.textContent).toBe("No activity for 120 days; No contact for 120 days; Health 25 (Critical); Risk 66 (High): 1 invoice overdue by 5 days, 33% of the last year's invoicing; Health fell from 56 to 25; Profitability 2 of 5");
    expect(reasons?.classList.contains("clientele-tone-bad")).toBe(true);
  });

  it("health: scores worst first", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: health\nlimit: 3");
    expect(rows(el).map((r) => [r[0], r[2]])).toEqual([["Fieldnote Analytics", "19 Critical"], ["Meridian Clinics", "25 Critical"], ["Halloran Pike Solicitors", "50 At Risk"]]);
    expect(el.querySelector(".clientele-block-summary")?.textContent).toBe("Showing 3 of 14.");
  });

  it("renewals: soonest first", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: renewals\nlimit: 2");
    expect(rows(el)).toEqual([
      ["Northlight Studio", "2026-12-15", "in 24 days", "EUR 3,200", "69 Good"],
      ["Meridian Clinics", "2026-12-31", "in 40 days", "EUR 2,800", "25 Critical"],
    ]);
  });

  it("next-actions: filtered by stage, overdue first", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: next-actions\nstage: Retention");
    expect(firstColumn(el)).toEqual(["Meridian Clinics", "Halloran Pike Solicitors", "Northlight Studio"]);
    expect(el.querySelector("tbody tr td:last-child")?.className).toBe("clientele-tone-bad");
  });

  it("review: the week's checks", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: review");
    expect(headers(el)).toEqual(["Check", "Client", "Detail"]);
    expect(rows(el)).toHaveLength(21);
    expect(rows(el)[0]).toEqual(["At risk", "Copperleaf Coffee Roasters", "No activity for 52 days; No contact for 52 days; Risk 87 (High)"]);
  });

  it("redraws after a client note changes", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: at-risk");
    expect(firstColumn(el)).toContain("Kessler Fluid Systems");
    await setProperty(h, "Clients/Kessler Fluid Systems.md", "last_contact", "2026-11-20");
    expect(firstColumn(el)).not.toContain("Kessler Fluid Systems");
    expect(firstColumn(el)).toHaveLength(4);
  });

  it("waits while hidden and redraws once shown again", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: at-risk");
    el.hide();
    await setProperty(h, "Clients/Kessler Fluid Systems.md", "last_contact", "2026-11-20");
    el.show();
    expect(firstColumn(el)).toContain("Kessler Fluid Systems"); // not redrawn while hidden
    (h.app.workspace as Events).trigger("layout-change");
    expect(firstColumn(el)).not.toContain("Kessler Fluid Systems");
  });

  it("redraws when re-attached to the page", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: at-risk");
    el.remove();
    await setProperty(h, "Clients/Kessler Fluid Systems.md", "last_contact", "2026-11-20");
    expect(firstColumn(el)).toContain("Kessler Fluid Systems");
    document.body.appendChild(el);
    await new Promise((r) => window.setTimeout(r, 0)); // the insertion observer runs as a microtask
    expect(firstColumn(el)).not.toContain("Kessler Fluid Systems");
  });

  it("stops listening once unloaded", async () => {
    const h = await sampleHarness();
    const b = await block(h, "view: at-risk");
    b.unload();
    const before = b.el.innerHTML;
    await setProperty(h, "Clients/Kessler Fluid Systems.md", "last_contact", "2026-11-20");
    expect(b.el.innerHTML).toBe(before);
  });

  it("shows a clear message for a bad option, and no table", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: pipline");
    expect(el.querySelector("table")).toBeNull();
    expect(el.textContent).toBe('Clientele: unknown view "pipline"; use one of pipeline, at-risk, health, renewals, next-actions, review, records, client, risk, top-value');
    expect((await block(h, "view: health\nstage: Won")).el.textContent).toBe('Clientele: unknown stage "Won"; use one of Discovery, Proposal, Active, Retention, Sunset');
    expect((await block(h, "view: [")).el.textContent).toContain("Clientele: the block's options are not valid YAML");
  });

  it("opens the client note when its link is clicked", async () => {
    const h = await sampleHarness();
    const { el } = await block(h, "view: at-risk");
    const link = el.querySelector<HTMLElement>('a.internal-link[data-href="Clients/Kessler Fluid Systems.md"]');
    link?.click();
    await new Promise((r) => window.setTimeout(r, 0));
    expect(h.app.workspace.getActiveFile()?.path).toBe("Clients/Kessler Fluid Systems.md");
  });

  it("shows a hostile company name as text", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const files = { ...sampleNotes(), "Clients/Hostile.md": `---\ntype: client\ncompany: "${hostile}"\nstage: Active\nlast_contact: 2026-01-01\n---\n` };
    const h = await sampleHarness(files);
    const { el } = await block(h, "view: at-risk\nsort: name");
    expect(el.querySelector("img")).toBeNull();
    const link = Array.from(el.querySelectorAll("a.internal-link")).find((a) => a.getAttribute("data-href") === "Clients/Hostile.md");
    expect(link?.textContent).toBe(hostile);
  });

  it("redraws only when its table changes, and then only the rows that changed; the result equals a freshly drawn block", async () => {
    const h = await sampleHarness();
    const source = "view: pipeline\nstage: [Discovery, Proposal]";
    const { el } = await block(h, source);
    const trs = () => Array.from(el.querySelectorAll("tbody tr"));
    const fresh = async () => {
      const b = await renderCodeBlock(h.fake, "clientele", source, DASHBOARD);
      document.body.appendChild(b.el);
      const html = b.el.innerHTML;
      b.unload();
      b.el.remove();
      return html;
    };
    const before = trs();
    const cellsBefore = Array.from(el.querySelectorAll("tbody td"));
    const textsBefore = cellsBefore.map((td) => td.textContent);
    expect(firstColumn(el)).toContain("Copperleaf Coffee Roasters");
    await setProperty(h, "Clients/Fieldnote Analytics.md", "next_action", "Send the deck"); // an Active client: not in the block
    expect(trs()).toEqual(before);
    expect(trs().every((tr, i) => tr === before[i])).toBe(true);
    await setProperty(h, "Clients/Copperleaf Coffee Roasters.md", "next_action", "Call about the roastery");
    const changed = firstColumn(el).indexOf("Copperleaf Coffee Roasters");
    expect(rows(el)[changed]).toContain("Call about the roastery");
    // The rows stay where they are; only the changed client's changed cell is drawn again.
    expect(trs().every((tr, i) => tr === before[i])).toBe(true);
    const cellsAfter = Array.from(el.querySelectorAll("tbody td"));
    const redrawn = cellsAfter.filter((td, i) => td.textContent !== textsBefore[i]);
    expect(redrawn.map((td) => td.textContent)).toEqual(["Call about the roastery"]);
    expect(cellsAfter.every((td, i) => td === cellsBefore[i])).toBe(true);
    expect(el.innerHTML).toBe(await fresh());
    // Rows that come and go, and the summary with them.
    await setProperty(h, "Clients/Fieldnote Analytics.md", "stage", "Proposal");
    expect(el.innerHTML).toBe(await fresh());
    await setProperty(h, "Clients/Copperleaf Coffee Roasters.md", "stage", "Active");
    expect(firstColumn(el)).not.toContain("Copperleaf Coffee Roasters");
    expect(el.innerHTML).toBe(await fresh());
  });

  it("computes a table once per change for every block with the same source", async () => {
    const h = await sampleHarness();
    const clients = vi.spyOn(h.deps.index, "clientChanges");
    let n = 0;
    const callsForOneChange = async () => {
      clients.mockClear();
      await setProperty(h, "Clients/Copperleaf Coffee Roasters.md", "next_action", `Call ${n++}`);
      return clients.mock.calls.length;
    };
    const a = await block(h, "view: at-risk");
    const one = await callsForOneChange();
    const b = await block(h, "view: at-risk");
    expect(await callsForOneChange()).toBe(one); // the second block with that source computes nothing
    await block(h, "view: health");
    expect(await callsForOneChange()).toBe(one + 1); // a block with another source computes once
    expect(rows(a.el)).toEqual(rows(b.el));
    expect(rows(a.el).length).toBeGreaterThan(0);
  });
});
