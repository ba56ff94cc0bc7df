// @vitest-environment happy-dom
// The agenda's status bar count and its once-a-day Notice: shown at the first index change of a new
// day (or window focus), never twice a day, not at all when switched off; the day kept per vault.
import { afterEach, describe, expect, it } from "vitest";
import { Notice } from "../fake/obsidian";
import { startDeps, type Harness } from "../helpers/sample-plugin";
import { defaultSettings } from "../../src/core/model/settings";
import { INDEX_CHANGED } from "../../src/obsidian/client-index";
import { AgendaNotice, NOTICE_DAY_KEY } from "../../src/views/agenda-notice";

// For 2026-11-21: Acme's health check 2026-11-14 and touchpoint 2026-10-25 are overdue, its next
// action is today; Beta's next action is in 3 days (ahead, not counted).
const FILES = {
  "Clients/Acme.md": "---\ntype: client\ncompany: Acme\nstage: Active\nlast_review: 2026-10-15\nlast_contact: 2026-10-11\nnext_action_due: 2026-11-21\n---\n",
  "Clients/Beta.md": "---\ntype: client\ncompany: Beta\nstage: Sunset\nlast_review: 2026-11-21\nnext_action_due: 2026-11-24\n---\n",
};
const TEXT = "Clientele: 1 item due today, 2 overdue. Open the agenda…";

/** Components of the test, unloaded after it so their window listeners go. */
const loaded: AgendaNotice[] = [];
afterEach(() => loaded.splice(0).forEach((c) => c.unload()));

async function start(settings = defaultSettings()): Promise<{ h: Harness; notice: AgendaNotice; opened: () => number }> {
  const h = await startDeps(FILES, settings);
  await h.settle();
  let n = 0;
  const notice = h.deps.plugin.addChild(new AgendaNotice(h.deps, () => n++));
  loaded.push(notice);
  return { h, notice, opened: () => n };
}

const shown = () => Notice.messages.filter((m) => m.startsWith("Clientele: ") && m.includes("Open the agenda"));

describe("the agenda notice", () => {
  it("shows the count of today's and overdue items in the status bar, which opens the agenda", async () => {
    const { h, opened } = await start();
    const el = h.fake.statusBarEl.querySelector<HTMLElement>(".clientele-due-status");
    expect(el?.textContent).toBe("3 due");
    expect(el?.getAttribute("aria-label")).toBe("1 item due today, 2 overdue: open the agenda");
    expect(el?.style.display).not.toBe("none");
    el?.click();
    expect(opened()).toBe(1);
  });

  it("shows one Notice a day: at the first ready index change, not again that day", async () => {
    Notice.reset();
    const { h, opened } = await start();
    expect(shown()).toEqual([TEXT]);
    expect(h.fake.loadLocalStorage(NOTICE_DAY_KEY)).toBe("2026-11-21");
    h.app.workspace.trigger(INDEX_CHANGED, { revision: 99, paths: new Set<string>() });
    window.dispatchEvent(new Event("focus"));
    expect(shown()).toEqual([TEXT]);
    Notice.instances.find((n) => n.message === TEXT)?.messageEl.click();
    expect(opened()).toBe(1);
    // The plugin loaded again the same day: still none.
    const again = h.deps.plugin.addChild(new AgendaNotice(h.deps, () => undefined));
    loaded.push(again);
    again.refresh();
    expect(shown()).toEqual([TEXT]);
  });

  it("shows it again at the first window focus of the next day", async () => {
    Notice.reset();
    const { h } = await start();
    expect(shown()).toHaveLength(1);
    h.deps.today = () => "2026-11-22";
    window.dispatchEvent(new Event("focus"));
    window.dispatchEvent(new Event("focus"));
    expect(shown()).toEqual([TEXT, "Clientele: 0 items due today, 3 overdue. Open the agenda…"]);
    expect(h.fake.loadLocalStorage(NOTICE_DAY_KEY)).toBe("2026-11-22");
  });

  it("shows none when agendaNotice is off, and stops listening once unloaded", async () => {
    Notice.reset();
    const { h, notice } = await start({ ...defaultSettings(), agendaNotice: false });
    expect(shown()).toEqual([]);
    expect(h.fake.statusBarEl.querySelector(".clientele-due-status")?.textContent).toBe("3 due");
    expect(h.fake.loadLocalStorage(NOTICE_DAY_KEY)).toBeNull();
    notice.unload();
    const s = h.deps.settings();
    s.agendaNotice = true;
    window.dispatchEvent(new Event("focus"));
    expect(shown()).toEqual([]);
  });
});
