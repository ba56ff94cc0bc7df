// @vitest-environment happy-dom
// The agenda view (contract sections 9, 10) on the sample vault: its groups, the client buttons and
// the redraw after a client note changes.
import { describe, expect, it, vi } from "vitest";
import type { TFile } from "obsidian";
import { sampleHarness, SAMPLE_TODAY, type Harness } from "../helpers/sample-plugin";
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
