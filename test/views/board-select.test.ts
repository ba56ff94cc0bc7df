// @vitest-environment happy-dom
// Selecting several cards on the board (issue 14 item 7): the rules of BoardSelection, then the
// board with the fake DOM: Ctrl-click, Shift-click ranges, Space and Escape, the bar and its Bulk
// edit…, a long press, and the selection across re-renders and vanished cards.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Menu } from "../fake/obsidian";
import { DEFAULT_BOARD_STATE, type BoardState } from "../../src/core/pipeline/board";
import { defaultSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import { clientStatus, TODAY } from "../helpers/builders";
import { BoardRenderer, type BoardHost } from "../../src/views/board-render";
import { BoardSelection } from "../../src/views/board-select";
import { HOLD_MS } from "../../src/views/board-touch";

const settings = defaultSettings();
const status = (name: string, fm: Record<string, unknown> = {}): ClientStatus => clientStatus(`Clients/${name}.md`, { company: name, stage: "Discovery", ...fm }, { settings });

describe("BoardSelection", () => {
  const make = () => {
    const changes: string[][] = [];
    const s: BoardSelection = new BoardSelection(() => changes.push(s.list()));
    return { s, changes };
  };
  const col = ["a", "b", "c", "d", "e"];

  it("toggles a card on and off, in the order selected", () => {
    const { s, changes } = make();
    expect(s.toggle("c")).toBe(true);
    expect(s.toggle("a")).toBe(true);
    expect(s.list()).toEqual(["c", "a"]);
    expect(s.toggle("c")).toBe(false);
    expect(s.list()).toEqual(["a"]);
    expect(s.has("a") && !s.has("c")).toBe(true);
    expect(changes).toEqual([["c"], ["c", "a"], ["a"]]);
  });

  it("selects a range in the column from the last toggled card, either direction, both ends included", () => {
    const { s } = make();
    s.toggle("b");
    s.range("d", col);
    expect(s.list()).toEqual(["b", "c", "d"]);
    s.toggle("e");
    s.range("c", col); // from e back to c: d and c already selected, e kept
    expect([...s.list()].sort()).toEqual(["b", "c", "d", "e"]);
    expect(s.size).toBe(4);
  });

  it("without a start in that column, a range toggles the one card (and starts the next range)", () => {
    const { s } = make();
    s.range("c", col);
    expect(s.list()).toEqual(["c"]);
    s.toggle("x"); // a card of another column
    s.range("e", col);
    expect(s.list()).toEqual(["c", "x", "e"]);
    s.range("a", col);
    expect(s.list()).toEqual(["c", "x", "e", "a", "b", "d"]);
  });

  it("a range that adds nothing reports no change", () => {
    const { s, changes } = make();
    s.toggle("a");
    s.range("b", col);
    const n = changes.length;
    s.range("b", col);
    expect(changes.length).toBe(n);
  });

  it("clear empties it and says whether anything was selected; the range start goes too", () => {
    const { s, changes } = make();
    expect(s.clear()).toBe(false);
    expect(changes).toEqual([]);
    s.toggle("b");
    expect(s.clear()).toBe(true);
    expect(s.size).toBe(0);
    s.range("d", col);
    expect(s.list()).toEqual(["d"]); // no start left: d alone
  });

  it("retain drops the cards that vanished, and the range start when it vanished", () => {
    const { s, changes } = make();
    s.toggle("a");
    s.toggle("c");
    const n = changes.length;
    s.retain((p) => p !== "zzz");
    expect(changes.length).toBe(n); // nothing dropped, no change
    s.retain((p) => p !== "c");
    expect(s.list()).toEqual(["a"]);
    s.range("e", col); // c was the start and is gone: e alone
    expect(s.list()).toEqual(["a", "e"]);
  });
});

// ---- the board ----

let parent: HTMLElement;
interface Harness {
  board: BoardRenderer;
  opened: [string, boolean][];
  bulk: string[][];
}

function makeBoard(list: ClientStatus[], state: Partial<BoardState> = {}): Harness {
  const h: Harness = { board: null as unknown as BoardRenderer, opened: [], bulk: [] };
  const host: BoardHost = {
    settings: () => settings,
    today: () => TODAY,
    move: () => Promise.resolve(true),
    open: (path, newTab) => h.opened.push([path, newTab]),
    notify: () => {},
    stateChanged: () => {},
    bulkEdit: (clients) => h.bulk.push(clients.map((c) => c.client.name)),
  };
  h.board = new BoardRenderer(parent, host, { ...DEFAULT_BOARD_STATE, ...state });
  h.board.setClients(list);
  return h;
}

const card = (name: string) => parent.querySelector<HTMLElement>(`.clientele-card[data-path="Clients/${name}.md"]`)!;
const selected = () => Array.from(parent.querySelectorAll<HTMLElement>(".clientele-card.is-selected")).map((e) => e.querySelector(".clientele-card-company")?.textContent);
const bar = () => parent.querySelector<HTMLElement>(".clientele-select-bar")!;
const barButton = (text: string) => Array.from(bar().querySelectorAll("button")).find((b) => b.textContent === text)!;
const clickCard = (name: string, init: MouseEventInit = {}) => card(name).dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
const key = (el: HTMLElement, k: string, extra: KeyboardEventInit = {}) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...extra }));

// Discovery: Ann, Bob, Cat, Dan (sorted by name); Active: Eve, Fay.
const sample = () => ["Ann", "Bob", "Cat", "Dan"].map((n) => status(n)).concat([status("Eve", { stage: "Active" }), status("Fay", { stage: "Active" })]);

beforeEach(() => {
  parent = document.body.createDiv();
  Menu.shown = [];
});
afterEach(() => {
  parent.remove();
  vi.useRealTimers();
});

describe("selecting cards on the board", () => {
  it("Ctrl-click toggles a card (style and aria-selected) without opening it; a plain click still opens the note", () => {
    const h = makeBoard(sample());
    expect(bar().classList.contains("is-hidden")).toBe(true);
    clickCard("Bob", { ctrlKey: true });
    clickCard("Eve", { ctrlKey: true });
    expect(selected()).toEqual(["Bob", "Eve"]);
    expect(card("Bob").getAttribute("aria-selected")).toBe("true");
    expect(card("Ann").hasAttribute("aria-selected")).toBe(false);
    expect(h.opened).toEqual([]);
    expect(bar().classList.contains("is-hidden")).toBe(false);
    expect(bar().querySelector(".clientele-select-count")?.textContent).toBe("2 selected");
    clickCard("Bob", { ctrlKey: true });
    expect(selected()).toEqual(["Eve"]);
    clickCard("Ann");
    expect(h.opened).toEqual([["Clients/Ann.md", false]]);
  });

  it("Shift-click selects the range in the column from the last clicked card", () => {
    makeBoard(sample());
    clickCard("Dan", { ctrlKey: true });
    clickCard("Bob", { shiftKey: true });
    expect(selected()).toEqual(["Bob", "Cat", "Dan"]);
    clickCard("Fay", { shiftKey: true }); // another column: no start there, Fay alone
    expect(selected()).toEqual(["Bob", "Cat", "Dan", "Fay"]);
  });

  it("a middle click opens the note in a new tab", () => {
    const h = makeBoard(sample());
    card("Cat").dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
    expect(h.opened).toEqual([["Clients/Cat.md", true]]);
    expect(selected()).toEqual([]);
  });

  it("Space toggles the focused card, Shift+Space selects a range, Escape clears", () => {
    const h = makeBoard(sample());
    card("Ann").focus();
    key(card("Ann"), " ");
    expect(selected()).toEqual(["Ann"]);
    key(card("Cat"), " ", { shiftKey: true });
    expect(selected()).toEqual(["Ann", "Bob", "Cat"]);
    key(card("Ann"), " ");
    expect(selected()).toEqual(["Bob", "Cat"]);
    key(card("Bob"), "Escape");
    expect(selected()).toEqual([]);
    expect(bar().classList.contains("is-hidden")).toBe(true);
    expect(h.opened).toEqual([]);
  });

  it("the bar's Bulk edit… hands over exactly the selected clients; Clear empties the selection", () => {
    const h = makeBoard(sample());
    for (const n of ["Fay", "Ann", "Cat"]) clickCard(n, { ctrlKey: true });
    barButton("Bulk edit…").click();
    expect(h.bulk).toEqual([["Fay", "Ann", "Cat"]]);
    parent.querySelector<HTMLButtonElement>(".clientele-board-bulk")?.click(); // the toolbar's: every shown card
    expect(h.bulk[1]).toHaveLength(6);
    barButton("Clear").click();
    expect(selected()).toEqual([]);
    expect(h.board.selection.size).toBe(0);
  });

  it("survives a re-render of a changed card and a card moving column; drops a card that vanished", () => {
    const h = makeBoard(sample());
    for (const n of ["Ann", "Bob", "Eve"]) clickCard(n, { ctrlKey: true });
    const bobEl = card("Bob");
    h.board.setClients([status("Ann", { next_action: "Call" }), status("Bob", { stage: "Active" }), status("Cat"), status("Dan"), status("Fay", { stage: "Active" })]);
    expect(card("Bob")).toBe(bobEl); // the same element, moved to Active
    expect(card("Ann").querySelector(".clientele-card-action")?.textContent).toBe("Call");
    expect(selected().sort()).toEqual(["Ann", "Bob"]);
    expect(h.board.selection.list()).toEqual(["Clients/Ann.md", "Clients/Bob.md"]);
    expect(bar().querySelector(".clientele-select-count")?.textContent).toBe("2 selected");
    h.board.setState({ ...DEFAULT_BOARD_STATE, sort: "value" }); // a full render
    expect(selected().sort()).toEqual(["Ann", "Bob"]);
  });

  it("a filter or a collapsed column leaves its hidden cards out of the selection", () => {
    const h = makeBoard(sample());
    for (const n of ["Ann", "Bob", "Eve"]) clickCard(n, { ctrlKey: true });
    h.board.setState({ ...DEFAULT_BOARD_STATE, query: "a" }); // Ann, Cat, Dan, Fay
    expect(h.board.selection.list()).toEqual(["Clients/Ann.md"]);
    h.board.setState({ ...DEFAULT_BOARD_STATE });
    clickCard("Eve", { ctrlKey: true });
    h.board.toggleColumn("Active");
    expect(h.board.selection.list()).toEqual(["Clients/Ann.md"]);
    barButton("Bulk edit…").click();
    expect(h.bulk).toEqual([["Ann"]]);
  });

  it("touch: a long press offers Select first; while cards are selected a long press toggles the card", () => {
    vi.useFakeTimers();
    makeBoard(sample());
    const press = (name: string) => {
      const el = card(name);
      el.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "touch", isPrimary: true, pointerId: 1, clientX: 5, clientY: 5 }));
      vi.advanceTimersByTime(HOLD_MS + 10);
      el.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, cancelable: true, pointerType: "touch", isPrimary: true, pointerId: 1, clientX: 5, clientY: 5 }));
    };
    press("Bob");
    const menu = Menu.shown.at(-1);
    expect(menu?.titles[0]).toBe("Select");
    expect(menu?.titles).toContain("Move to Proposal");
    menu?.clickItem("Select");
    expect(selected()).toEqual(["Bob"]);
    press("Dan");
    expect(Menu.shown.length).toBe(1); // no second menu
    expect(selected()).toEqual(["Bob", "Dan"]);
    press("Bob");
    expect(selected()).toEqual(["Dan"]);
  });

  it("the ⋯ menu is unchanged (no Select item)", () => {
    makeBoard(sample());
    card("Cat").querySelector<HTMLElement>(".clientele-card-more")!.click();
    expect(Menu.shown.at(-1)?.titles).not.toContain("Select");
  });
});
