// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu } from "../fake/obsidian";
import { DEFAULT_BOARD_STATE, type BoardState } from "../../src/core/pipeline/board";
import { defaultSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import { clientStatus, TODAY } from "../helpers/builders";
import { BoardRenderer, PAGE_SIZE, type BoardHost } from "../../src/views/board-render";

const settings = defaultSettings();

const status = (name: string, fm: Record<string, unknown> = {}): ClientStatus => clientStatus(`Clients/${name}.md`, { company: name, stage: "Discovery", ...fm }, { settings });

interface Harness {
  board: BoardRenderer;
  host: BoardHost;
  moves: [string, string][];
  notices: string[];
  opened: [string, boolean][];
  states: BoardState[];
  /** The clients each "Bulk edit…" click handed over, by name. */
  bulk: string[][];
  result: { value: Promise<boolean> | (() => Promise<boolean>) };
}

let parent: HTMLElement;

function makeBoard(list: ClientStatus[], state: Partial<BoardState> = {}): Harness {
  const h = { moves: [], notices: [], opened: [], states: [], bulk: [], result: { value: Promise.resolve(true) } } as unknown as Harness;
  h.host = {
    settings: () => settings,
    today: () => TODAY,
    move: (c, to) => {
      h.moves.push([c.client.path, to]);
      const r = h.result.value;
      return typeof r === "function" ? r() : r;
    },
    open: (path, newTab) => h.opened.push([path, newTab]),
    notify: (m) => h.notices.push(m),
    stateChanged: (s) => h.states.push(s),
    bulkEdit: (clients) => h.bulk.push(clients.map((c) => c.client.name)),
  };
  h.board = new BoardRenderer(parent, h.host, { ...DEFAULT_BOARD_STATE, ...state });
  h.board.setClients(list);
  return h;
}

const columns = () => Array.from(parent.querySelectorAll<HTMLElement>(".clientele-column"));

describe("Bulk edit from the board", () => {
  it("hands over exactly the cards the board shows, filter applied, column by column", () => {
    const h = makeBoard([status("Acme", { stage: "Active" }), status("Beta"), status("Cyan", { stage: "Active" })], { query: "acme" });
    parent.querySelector<HTMLButtonElement>(".clientele-board-bulk")?.click();
    expect(h.bulk).toEqual([["Acme"]]);
    h.board.setState({ ...DEFAULT_BOARD_STATE });
    parent.querySelector<HTMLButtonElement>(".clientele-board-bulk")?.click();
    expect(h.bulk[1]).toEqual(["Beta", "Acme", "Cyan"]);
    h.board.setState({ ...DEFAULT_BOARD_STATE, collapsed: ["Discovery"] });
    parent.querySelector<HTMLButtonElement>(".clientele-board-bulk")?.click();
    expect(h.bulk[2]).toEqual(["Acme", "Cyan"]);
  });
});
const column = (key: string) => parent.querySelector<HTMLElement>(`.clientele-column[data-key="${key}"]`)!;
const namesIn = (key: string) => Array.from(column(key).querySelectorAll(".clientele-card-company")).map((e) => e.textContent);
const card = (name: string) => parent.querySelector<HTMLElement>(`.clientele-card[data-path="Clients/${name}.md"]`)!;
const tick = () => new Promise((r) => window.setTimeout(r, 0));

function key(el: HTMLElement, k: string, extra: KeyboardEventInit = {}): void {
  el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...extra }));
}

beforeEach(() => {
  parent = document.body.createDiv();
  Menu.shown = [];
});

afterEach(() => {
  parent.remove();
  vi.useRealTimers();
});

const sample = () => [
  status("Acme", { stage: "Active", value: 9500, currency: "EUR", health_profitability: 4, health_communication: 3, health_strategic_fit: 5, health_growth: 2, next_action: "Send deck", next_action_due: "2026-11-18", renewal: "2026-12-15", engagement: "Retainer", client_id: "CLI-00001", last_contact: "2026-11-01" }),
  status("Beta", { stage: "Active", value: 100, currency: "GBP", last_contact: "2026-01-01" }),
  status("Cyan", { stage: "Discovery", value: 50 }),
  status("Dune", { stage: "Sunset", value: 10 }),
];

describe("rendering", () => {
  it("shows one column per stage with its count and totals per currency", () => {
    makeBoard(sample());
    expect(columns().map((c) => c.dataset.key)).toEqual(["Discovery", "Proposal", "Active", "Retention", "Sunset"]);
    expect(column("Active").querySelector(".clientele-column-count")?.textContent).toBe("2");
    expect(column("Active").querySelector(".clientele-column-totals")?.textContent).toBe("EUR 9,500 + GBP 100");
    expect(column("Proposal").querySelector(".clientele-column-totals")?.textContent).toBe("USD 0");
    expect(namesIn("Active")).toEqual(["Acme", "Beta"]);
  });

  it("adds a No stage column only when needed", () => {
    makeBoard([...sample(), status("Odd", { stage: "Nowhere" })]);
    expect(columns().map((c) => c.dataset.key)).toEqual(["Discovery", "Proposal", "Active", "Retention", "Sunset", ""]);
    expect(column("").querySelector(".clientele-column-title")?.textContent).toBe("No stage");
  });

  it("shows the card's company, id, badge, engagement, next action, overdue due date and renewal", () => {
    makeBoard(sample());
    const el = card("Acme");
    expect(el.querySelector(".clientele-card-id")?.textContent).toBe("CLI-00001");
    expect(el.querySelector(".clientele-badge")?.textContent).toBe("63 Good");
    expect(el.querySelector(".clientele-badge")?.classList.contains("is-good")).toBe(true);
    expect(el.querySelector(".clientele-card-engagement")?.textContent).toBe("Retainer");
    expect(el.querySelector(".clientele-card-action")?.textContent).toBe("Send deck");
    expect(el.querySelector(".clientele-card-due.is-overdue")?.textContent).toBe("Overdue 3 days");
    expect(el.querySelector(".clientele-card-due")?.getAttribute("title")).toBe("Next action due 2026-11-18");
    expect(el.querySelector(".clientele-card-renewal")?.textContent).toBe("Renews in 24 days");
    expect(card("Beta").querySelector(".clientele-card-stale")?.textContent).toBe("324 days inactive");
    expect(card("Cyan").querySelector(".clientele-badge")?.textContent).toBe("Unscored");
  });

  it("shows a company name that looks like HTML as text", () => {
    const evil = '<img src=x onerror=alert(1)>';
    makeBoard([status("evil", { company: evil })]);
    expect(parent.querySelector("img")).toBeNull();
    expect(parent.querySelector(".clientele-card-company")?.textContent).toBe(evil);
    expect(parent.querySelector(".clientele-card")?.getAttribute("aria-label")).toContain(evil);
  });

  it("says so when there are no clients", () => {
    makeBoard([]);
    expect(parent.querySelector(".clientele-board-empty")?.textContent).toContain("No client notes yet");
  });

  it("keeps exactly one card in the tab order", () => {
    makeBoard(sample());
    expect(parent.querySelectorAll('.clientele-card[tabindex="0"]').length).toBe(1);
  });
});

describe("state: filter, sort, hide, collapse", () => {
  it("filters by company, tag or id and shows `n of m`", () => {
    const h = makeBoard(sample());
    h.board.setState({ ...DEFAULT_BOARD_STATE, query: "cli-00001" });
    expect(namesIn("Active")).toEqual(["Acme"]);
    expect(column("Active").querySelector(".clientele-column-count")?.textContent).toBe("1 of 2");
  });

  it("sorts, hides the excluded stages and collapses columns", () => {
    const h = makeBoard(sample(), { sort: "value" });
    expect(namesIn("Active")).toEqual(["Acme", "Beta"]);
    h.board.setState({ ...DEFAULT_BOARD_STATE, sort: "inactive", hideExcluded: true, collapsed: ["Discovery"] });
    expect(namesIn("Active")).toEqual(["Beta", "Acme"]);
    expect(columns().map((c) => c.dataset.key)).not.toContain("Sunset");
    expect(column("Discovery").classList.contains("is-collapsed")).toBe(true);
    expect(namesIn("Discovery")).toEqual([]);
  });

  it("reports toolbar and header changes as state", async () => {
    const h = makeBoard(sample());
    const select = parent.querySelector<HTMLSelectElement>(".clientele-board-sort")!;
    select.value = "health";
    select.dispatchEvent(new Event("change"));
    column("Active").querySelector<HTMLElement>(".clientele-column-toggle")!.click();
    const hide = parent.querySelector<HTMLInputElement>(".clientele-board-hide input")!;
    hide.checked = true;
    hide.dispatchEvent(new Event("change"));
    const filter = parent.querySelector<HTMLInputElement>(".clientele-board-filter")!;
    filter.value = "acme";
    filter.dispatchEvent(new Event("input"));
    await new Promise((r) => window.setTimeout(r, 200));
    expect(h.states.at(-1)).toEqual({ query: "acme", sort: "health", hideExcluded: true, collapsed: ["Active"], segment: "" });
    expect(parent.querySelector(".clientele-board-hide")?.textContent).toBe("Hide Sunset");
  });
});

describe("live updates", () => {
  it("re-renders only the changed card", () => {
    const h = makeBoard(sample());
    const renders = h.board.fullRenders;
    const acme = card("Acme");
    const beta = card("Beta");
    const changed = status("Beta", { stage: "Active", value: 100, currency: "GBP", company: "Beta Renamed" });
    h.board.update(["Clients/Beta.md"], () => changed);
    expect(h.board.fullRenders).toBe(renders);
    expect(card("Acme")).toBe(acme);
    expect(card("Beta")).toBe(beta);
    expect(beta.querySelector(".clientele-card-company")?.textContent).toBe("Beta Renamed");
  });

  it("moves a card between columns when its stage changes and updates both headers", () => {
    const h = makeBoard(sample());
    const renders = h.board.fullRenders;
    h.board.update(["Clients/Cyan.md"], () => status("Cyan", { stage: "Proposal", value: 50 }));
    expect(h.board.fullRenders).toBe(renders);
    expect(namesIn("Discovery")).toEqual([]);
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    expect(column("Discovery").querySelector(".clientele-column-count")?.textContent).toBe("0");
    expect(column("Proposal").querySelector(".clientele-column-totals")?.textContent).toBe("USD 50");
  });

  it("adds and removes cards", () => {
    const h = makeBoard(sample());
    h.board.update(["Clients/New.md", "Clients/Dune.md"], (p) => (p === "Clients/New.md" ? status("New", { stage: "Retention" }) : null));
    expect(namesIn("Retention")).toEqual(["New"]);
    expect(namesIn("Sunset")).toEqual([]);
  });

  it("setClients touches only what changed", () => {
    const h = makeBoard(sample());
    const renders = h.board.fullRenders;
    const acme = card("Acme");
    const next = sample();
    next[2] = status("Cyan", { stage: "Retention", value: 50 });
    h.board.setClients(next);
    expect(h.board.fullRenders).toBe(renders);
    expect(card("Acme")).toBe(acme);
    expect(namesIn("Retention")).toEqual(["Cyan"]);
  });

  it("highlights the active note's card", () => {
    const h = makeBoard(sample());
    h.board.setActive("Clients/Beta.md");
    expect(card("Beta").classList.contains("is-active")).toBe(true);
    h.board.setActive("Clients/Acme.md");
    expect(card("Beta").classList.contains("is-active")).toBe(false);
    expect(card("Acme").getAttribute("aria-current")).toBe("true");
  });
});

describe("moving", () => {
  it("moves the card at once and keeps it there when the write succeeds", async () => {
    const h = makeBoard(sample());
    h.board.move("Clients/Cyan.md", "Proposal");
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    expect(h.moves).toEqual([["Clients/Cyan.md", "Proposal"]]);
    await tick();
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    // The index then confirms the new stage.
    h.board.update(["Clients/Cyan.md"], () => status("Cyan", { stage: "Proposal", value: 50 }));
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    expect(h.notices).toEqual([]);
  });

  it("puts the card back with a notice when the write fails or throws", async () => {
    const h = makeBoard(sample());
    h.result.value = Promise.resolve(false);
    h.board.move("Clients/Cyan.md", "Proposal");
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    await tick();
    expect(namesIn("Proposal")).toEqual([]);
    expect(namesIn("Discovery")).toEqual(["Cyan"]);
    expect(h.notices[0]).toContain("could not move Cyan to Proposal");
    h.result.value = () => Promise.reject(new Error("disk full"));
    h.board.move("Clients/Cyan.md", "Active");
    await tick();
    expect(namesIn("Discovery")).toEqual(["Cyan"]);
    expect(h.notices[1]).toContain("disk full");
  });

  it("ignores an update with the old stage while the move is under way", async () => {
    const h = makeBoard(sample());
    let resolve: (ok: boolean) => void = () => {};
    h.result.value = new Promise((r) => { resolve = r; });
    h.board.move("Clients/Cyan.md", "Proposal");
    h.board.update(["Clients/Cyan.md"], () => status("Cyan", { stage: "Discovery", value: 51 }));
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    resolve(true);
    await tick();
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
  });

  it("writes nothing for a drop on the card's own column", () => {
    const h = makeBoard(sample());
    const drop = new Event("drop", { bubbles: true, cancelable: true });
    const data = new Map([["application/x-clientele-client", "Clients/Cyan.md"]]);
    Object.defineProperty(drop, "dataTransfer", { value: { getData: (t: string) => data.get(t) ?? "", types: [...data.keys()] } });
    column("Discovery").querySelector(".clientele-column-cards")!.dispatchEvent(drop);
    expect(h.moves).toEqual([]);
    const drop2 = new Event("drop", { bubbles: true, cancelable: true });
    Object.defineProperty(drop2, "dataTransfer", { value: { getData: (t: string) => data.get(t) ?? "", types: [...data.keys()] } });
    column("Proposal").dispatchEvent(drop2);
    expect(h.moves).toEqual([["Clients/Cyan.md", "Proposal"]]);
  });

  it("offers Move to… in a menu from the ⋯ button and from a right click", () => {
    const h = makeBoard(sample());
    card("Cyan").querySelector<HTMLElement>(".clientele-card-more")!.click();
    const menu = Menu.shown.at(-1)!;
    expect(menu.titles).toEqual(["Discovery (current)", "Move to Proposal", "Move to Active", "Move to Retention", "Move to Sunset", "Open note", "Open in new tab"]);
    expect(h.opened).toEqual([]);
    menu.clickItem("Move to Active");
    expect(h.moves).toEqual([["Clients/Cyan.md", "Active"]]);
    card("Acme").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 5, clientY: 5, button: 2 }));
    expect(Menu.shown.at(-1)?.titles).toContain("Active (current)");
  });

  it("opens the note on click", () => {
    const h = makeBoard(sample());
    card("Acme").click();
    expect(h.opened).toEqual([["Clients/Acme.md", false]]);
  });
});

describe("keyboard", () => {
  it("moves focus with the arrow keys and keeps a roving tab stop", () => {
    makeBoard(sample());
    card("Acme").focus();
    key(card("Acme"), "ArrowDown");
    expect(document.activeElement).toBe(card("Beta"));
    expect(card("Beta").getAttribute("tabindex")).toBe("0");
    expect(card("Acme").getAttribute("tabindex")).toBe("-1");
    key(card("Beta"), "ArrowLeft");
    expect(document.activeElement).toBe(card("Cyan"));
    key(card("Cyan"), "ArrowRight");
    expect(document.activeElement).toBe(card("Acme"));
    key(card("Acme"), "ArrowRight");
    expect(document.activeElement).toBe(card("Dune"));
  });

  it("moves the card to the next or previous stage with Shift+arrows and ] [", () => {
    const h = makeBoard(sample());
    card("Cyan").focus();
    key(card("Cyan"), "ArrowRight", { shiftKey: true });
    expect(namesIn("Proposal")).toEqual(["Cyan"]);
    expect(document.activeElement).toBe(card("Cyan"));
    key(card("Cyan"), "]");
    key(card("Cyan"), "[");
    key(card("Cyan"), "ArrowLeft", { shiftKey: true });
    expect(h.moves.map((m) => m[1])).toEqual(["Proposal", "Active", "Proposal", "Discovery"]);
    key(card("Cyan"), "[");
    expect(h.moves.length).toBe(4);
    expect(parent.querySelector('[role="status"]')?.textContent).toBe("Already in the first stage.");
  });

  it("opens the note with Enter and the menu with Shift+F10", () => {
    const h = makeBoard(sample());
    key(card("Acme"), "Enter");
    expect(h.opened).toEqual([["Clients/Acme.md", false]]);
    key(card("Acme"), "F10", { shiftKey: true });
    expect(Menu.shown.length).toBe(1);
  });
});

describe("long columns", () => {
  it("renders a page of cards and more on request", () => {
    const many = Array.from({ length: 130 }, (_, i) => status(`C${String(i).padStart(3, "0")}`, { stage: "Active" }));
    const h = makeBoard(many);
    expect(column("Active").querySelectorAll(".clientele-card").length).toBe(PAGE_SIZE);
    expect(column("Active").querySelector(".clientele-column-count")?.textContent).toBe("130");
    column("Active").querySelector<HTMLElement>(".clientele-column-more")!.click();
    expect(column("Active").querySelectorAll(".clientele-card").length).toBe(2 * PAGE_SIZE);
    h.board.setActive("Clients/C125.md");
    expect(column("Active").querySelectorAll(".clientele-card").length).toBe(130);
  });

  it("pages in with the down arrow at the end of a page", () => {
    const many = Array.from({ length: 50 }, (_, i) => status(`C${String(i).padStart(3, "0")}`, { stage: "Active" }));
    makeBoard(many);
    const last = column("Active").querySelectorAll<HTMLElement>(".clientele-card")[PAGE_SIZE - 1]!;
    last.focus();
    key(last, "ArrowDown");
    expect(column("Active").querySelectorAll(".clientele-card").length).toBe(Math.min(50, 2 * PAGE_SIZE));
    expect((document.activeElement as HTMLElement).dataset.path).toBe(`Clients/C0${PAGE_SIZE}.md`);
  });
});
