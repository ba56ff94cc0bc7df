// @vitest-environment happy-dom
// Hostile notes and settings: text that looks like HTML or a script link stays text everywhere
// Clientele draws it; keys like __proto__ cannot reach a prototype; folders cannot leave the
// vault; new notes never overwrite; Clientele makes no network call and builds no HTML from strings.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClienteleApi } from "../../src/api";
import { parseClient } from "../../src/core/model/client";
import { sanitiseNoteName } from "../../src/core/note/names";
import { planNewClient } from "../../src/core/create/new-client";
import { applyPatch, patchChangesSomething } from "../../src/core/note/patch";
import { reviewNotePath } from "../../src/core/report/review";
import { defaultSettings, migrateSettings, pathProblem } from "../../src/core/model/settings";
import {
  getControl,
  getOpenModal,
  notices,
  openSettingTab,
  readFile,
  renderCodeBlock,
  runCommand,
  setRequestUrlHandler,
  suggestModal,
  TextComponent,
  unloadPlugin,
} from "../fake/obsidian";
import { cli } from "../cli/run-cli";
import { tmpVault } from "../helpers/tmp-vault";
import { sampleVault, settle, startPlugin } from "../plugin/setup";
import { depsOf, expectPropertiesKept, props, uiHealthCheck, uiLogInteraction, uiMove, uiNewClient } from "./helpers";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(1)</script>";
const JS = "javascript:alert(1)";
const MD_JS = "[click me](javascript:alert(1))";
const SVG = "<svg onload=alert(1)>";

/** The elements Clientele draws; anything else (img, script, svg, iframe, b, …) came from a string. */
const ALLOWED_TAGS = new Set(["div", "span", "small", "p", "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "button", "input", "textarea", "select", "option", "label"]);

function expectInert(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    // Obsidian's own icons (setIcon) are the only SVG: empty, with an icon id.
    const icon = el.tagName.toLowerCase() === "svg" && el.classList.contains("svg-icon") && el.children.length === 0;
    expect(icon || ALLOWED_TAGS.has(el.tagName.toLowerCase()), `<${el.tagName.toLowerCase()}> in ${root.className}`).toBe(true);
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith("on"), `${attr.name} attribute`).toBe(false);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attr.name.toLowerCase())) expect(attr.value.replace(/\s/g, "").toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
    }
  }
}

const EVIL = "Clients/Evil.md";
const EVIL_NOTE = [
  "---",
  "type: client",
  `company: "${IMG}"`,
  `stage: "${SCRIPT}"`,
  `engagement: "<b onmouseover=alert(1)>Retainer</b>"`,
  `persona: "[[${IMG}]]"`,
  `positioning: "${JS}"`,
  `champion: "${MD_JS}"`,
  `next_action: "${SCRIPT} ${MD_JS}"`,
  "next_action_due: 2020-01-01",
  "renewal: 2026-12-01",
  "value: 100",
  `currency: "<i>"`,
  `tags: ["${SVG}"]`,
  "health_profitability: 1",
  "health_growth: 1",
  "last_contact: 2020-01-01",
  "---",
  `# ${IMG}`,
  "",
].join("\n");
const HOSTILE_FILES = {
  [EVIL]: EVIL_NOTE,
  [`Clients/${IMG}.md`]: `---\ntype: client\nstage: Active\nnext_action: "${SVG}"\n---\n`,
  [`${JS}.md`]: "---\ntype: client\nstage: Active\nlast_contact: 2020-01-01\n---\n",
};
const HOSTILE_SETTINGS = { stages: ["Discovery", SCRIPT, "Active", "Sunset"], useModifiedTime: false };

describe("hostile text shows as text", () => {
  it("in every view of the dashboard code block", async () => {
    const { app } = await startPlugin(HOSTILE_FILES, HOSTILE_SETTINGS);
    for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) {
      const { el } = await renderCodeBlock(app, "clientele", `view: ${view}`, "Client dashboard.md");
      document.body.appendChild(el);
      expectInert(el);
      if (view !== "renewals") expect(el.textContent, view).toContain(IMG);
      el.remove();
    }
    const { el } = await renderCodeBlock(app, "clientele", "view: pipeline", "Client dashboard.md");
    expect(el.textContent).toContain(SCRIPT);
    expect(el.textContent).toContain(MD_JS);
    // The note named javascript:… is linked through data-href only, never as a javascript: href.
    const link = Array.from(el.querySelectorAll("a")).find((a) => a.getAttribute("data-href") === `${JS}.md`);
    expect(link?.hasAttribute("href")).toBe(false);
  });

  it("in the pickers, the health check and log interaction modals, the at-risk list, the status bar and the settings tab", async () => {
    const { app } = await startPlugin(HOSTILE_FILES, HOSTILE_SETTINGS);
    type Item = { client: { name: string; path: string } };

    await runCommand(app, "move-stage");
    const pick = suggestModal(getOpenModal<{ getSuggestions(q: string): Item[] }>(app));
    const items = await pick.setQuery("");
    expectInert(pick.modalEl);
    expect(pick.suggestionTexts.join("\n")).toContain(IMG);
    pick.chooseSuggestion(items.findIndex((c) => c.client.path === EVIL));
    const stages = suggestModal(getOpenModal<{ getSuggestions(q: string): string[] }>(app));
    await stages.setQuery("");
    expectInert(stages.modalEl);
    expect(stages.suggestionTexts).toContain(`${SCRIPT}Current stage`);
    stages.close();

    for (const [command, title] of [["health-check", `Health check: ${IMG}`], ["log-interaction", `Log interaction with ${IMG}`]] as const) {
      await runCommand(app, command);
      const chooser = suggestModal(getOpenModal<{ getSuggestions(q: string): Item[] }>(app));
      const list = await chooser.setQuery("");
      chooser.chooseSuggestion(list.findIndex((c) => c.client.path === EVIL));
      const modal = getOpenModal(app);
      expect(modal.titleEl.textContent).toBe(title);
      expectInert(modal.modalEl);
      modal.close();
    }

    await runCommand(app, "show-at-risk");
    const atRisk = suggestModal(getOpenModal<{ getSuggestions(q: string): Item[] }>(app));
    await atRisk.setQuery("");
    expectInert(atRisk.modalEl);
    expect(atRisk.suggestionTexts.join("\n")).toContain(IMG);
    atRisk.close();

    await new Promise((r) => setTimeout(r, 150));
    expectInert(app.statusBarEl);
    const { containerEl } = openSettingTab(app, "clientele");
    expectInert(containerEl);
    expect(containerEl.textContent).toContain(SCRIPT);
  });

  it("in the weekly review note: HTML and links from notes are escaped Markdown", async () => {
    const { app } = await startPlugin(HOSTILE_FILES, HOSTILE_SETTINGS);
    await runCommand(app, "weekly-review");
    await settle(app);
    const path = app.vault.getFiles().find((f) => f.path.startsWith("Reviews/"))?.path ?? "";
    const md = readFile(app, path);
    expect(md).toContain("(\\<img src\\=x onerror\\=alert(1)\\>)");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\> \\[click me\\](javascript:alert(1))");
    // Notes whose names hold < > or : are linked as Markdown links with an encoded target.
    expect(md).toContain("[\\<img src\\=x onerror\\=alert(1)\\>](Clients/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md)");
    expect(md).toContain("[javascript:alert(1)](javascript%3Aalert(1).md)");
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/\[\[[^\]]*[<>:][^\]]*\]\]/);
    expect(md).not.toMatch(/(^|[^\\])\]\(\s*javascript:/im);
  });

  it("in the CLI: no escape sequence from a note reaches the terminal", async () => {
    const root = tmpVault({
      "Clients/Esc.md": '---\ntype: client\ncompany: "Evil\\e[2J\\e]0;pwned\\a\\u009b31m\\rForged line"\nstage: Active\nnext_action: "a\\e[31mred"\nlast_contact: 2020-01-01\n---\n',
      "Clients/\u001b[31mRed.md": "---\ntype: client\nstage: Active\n---\n",
    });
    for (const args of [["review", root], ["export", root, "--csv"], ["weekly", root]]) {
      const { out } = await cli([...args, "--now", "2026-11-21"]);
      // eslint-disable-next-line no-control-regex -- the point: none of these may be printed
      expect(out, args[0]).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    }
    const { out } = await cli(["review", root, "--now", "2026-11-21"]);
    expect(out).toContain("Evil\uFFFD[2J\uFFFD]0;pwned\uFFFD\uFFFD31m Forged line");
  });
});

describe("no prototype pollution", () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  const NOTE = [
    "---",
    "type: client",
    "stage: Proposal",
    "__proto__:",
    "  polluted: yes",
    "  stage: Sunset",
    "constructor:",
    "  prototype:",
    "    polluted: yes",
    "prototype:",
    "  polluted: yes",
    "base: &base",
    "  polluted: yes",
    "  stage: Sunset",
    "<<: *base",
    "---",
    "# Proto",
    "",
    "## Stage history",
    "",
  ].join("\n");

  it("from a note's keys __proto__, constructor, prototype and a merge key, read and written by the plugin", async () => {
    const { app } = await startPlugin({ "Clients/Proto.md": NOTE });
    const deps = depsOf(app);
    expect(deps.index.client("Clients/Proto.md", deps.today())?.client.stage).toBe("Proposal");
    await uiMove(app, "Clients/Proto.md", "Active");
    const after = readFile(app, "Clients/Proto.md");
    expectPropertiesKept(NOTE, after, { stage: "Active", stage_changed: deps.today() });
    expect(Object.getPrototypeOf(props(after))).toBe(Object.prototype);
    await uiHealthCheck(app, "Clients/Proto.md", { scores: { profitability: 1, communication: 2, strategic_fit: 3, growth: 4 }, comment: "__proto__" });
    await uiLogInteraction(app, "Clients/Proto.md", { type: "note", date: "2026-11-20", summary: "constructor", followUp: "" });
    expect(props(readFile(app, "Clients/Proto.md"))).toMatchObject({ stage: "Active", health_growth: 4, last_contact: "2026-11-20" });
    const api = (app.plugins.plugins.clientele as unknown as { api: ClienteleApi }).api;
    expect(api.getClient("__proto__")).toBeNull();
    expect(api.getClient("constructor")).toBeNull();
    expect(await api.moveStage("__proto__", "Active")).toBe(false);
  });

  it("in the CLI's YAML reading", async () => {
    const root = tmpVault({ "Clients/Proto.md": NOTE });
    const report = JSON.parse((await cli(["review", root, "--json", "--now", "2026-11-21"])).out) as { clients: { stage: string }[]; errors: unknown[] };
    expect(report.clients.map((c) => c.stage)).toEqual(["Proposal"]);
    expect(report.errors).toEqual([]);
  });

  it("in parseClient: own keys only, never inherited ones", () => {
    const fm = JSON.parse('{"type":"client","__proto__":{"stage":"Active","company":"Inherited"},"constructor":{"prototype":{"polluted":1}}}') as Record<string, unknown>;
    const client = parseClient("Clients/X.md", fm, defaultSettings());
    expect(client.stage).toBeNull();
    expect(client.name).toBe("X");
    const inherited = Object.create({ type: "client", stage: "Active" }) as Record<string, unknown>;
    expect(parseClient("Clients/Y.md", inherited, defaultSettings()).stage).toBeNull();
  });

  it("in applyPatch: keys that could reach a prototype are refused before anything changes", () => {
    for (const patch of ['{"__proto__":{"polluted":1}}', '{"stage":"Active","constructor":"x"}', '{"prototype":{"polluted":1}}']) {
      const fm: Record<string, unknown> = { stage: "Proposal" };
      const p = JSON.parse(patch) as Record<string, string>;
      expect(() => applyPatch(fm, p)).toThrow(/Refusing to write/);
      expect(() => patchChangesSomething(fm, p)).toThrow(/Refusing to write/);
      expect(fm).toEqual({ stage: "Proposal" });
    }
  });

  it("in migrateSettings", () => {
    const raw = JSON.parse('{"__proto__":{"polluted":1,"staleDays":1,"clientsFolder":"../x"},"constructor":{"prototype":{"polluted":1}},"staleDaysByStage":{"__proto__":5,"constructor":6,"prototype":7,"Active":10},"weights":{"__proto__":{"growth":100},"growth":2}}') as unknown;
    const { settings } = migrateSettings(raw);
    expect(settings.staleDays).toBe(30);
    expect(settings.clientsFolder).toBe("Clients");
    expect(Object.keys(settings.staleDaysByStage)).toEqual(["Active"]);
    expect(Object.getPrototypeOf(settings.staleDaysByStage)).toBe(Object.prototype);
    expect(settings.healthMatrix.map((c) => c.weight)).toEqual([1, 1, 1, 2]);
  });
});

const BAD_PATHS = ["../outside", "Clients/../../outside", "a/..", "/etc", "/", "\\\\server\\share", "C:\\Users\\me", "c:/Users", "Clients\\..\\..\\x", "bad\0path"];

describe("folders stay inside the vault", () => {
  it.each(BAD_PATHS)("%j is refused by pathProblem, the settings migration and the new-client plan", (bad) => {
    expect(pathProblem(bad)).not.toBeNull();
    for (const key of ["clientsFolder", "templatePath", "contractTemplatePath", "invoicesTemplatePath", "reviewFolder", "dashboardPath"] as const) {
      const { settings, problems } = migrateSettings({ [key]: bad });
      expect(settings[key]).toBe(defaultSettings()[key]);
      expect(problems.join()).toContain(key);
    }
    const plan = planNewClient({ company: "Acme", stage: "Active", engagement: "Retainer" }, { client: "x", contract: null, invoices: null }, [], () => false, new Date(), { ...defaultSettings(), clientsFolder: bad });
    expect(plan).toMatchObject({ ok: false, reason: "bad-folder" });
    // "/" is the vault root: the review note is written there, which is inside the vault.
    if (bad !== "/") expect(reviewNotePath("2026-11-21", { ...defaultSettings(), reviewFolder: bad }).ok).toBe(false);
  });

  it("a review note name format cannot climb out of the review folder", () => {
    expect(reviewNotePath("2026-11-21", { ...defaultSettings(), reviewNameFormat: "'../../x'" }).ok).toBe(false);
    expect(reviewNotePath("2026-11-21", { ...defaultSettings(), reviewNameFormat: "'a/../../x'" }).ok).toBe(false);
  });

  it("the settings tab names the problem and does not save", async () => {
    const { app } = await startPlugin({});
    const { containerEl } = openSettingTab(app, "clientele");
    const before = depsOf(app).settings();
    for (const name of ["Clients folder", "Client template", "Contract template", "Invoices template", "Weekly review folder", "Dashboard note"]) {
      const input = getControl(containerEl, name, TextComponent);
      for (const bad of ["../outside", "/etc", "C:\\Users", "x/../../y"]) {
        input.simulateChange(bad);
        await settle(app);
        expect(containerEl.textContent).toMatch(/Not saved: the path (must not contain `\.\.`|must be a path inside the vault)/);
      }
    }
    expect(depsOf(app).settings()).toEqual(before);
    const stored = await app.vault.adapter.exists(".obsidian/plugins/clientele/data.json") ? JSON.parse(await app.vault.adapter.read(".obsidian/plugins/clientele/data.json")) as Record<string, unknown> : {};
    for (const v of Object.values(stored)) expect(String(v)).not.toContain("..");
  });
});

describe("new notes: safe names, never an overwrite", () => {
  it.each([
    ["../../etc/passwd", "Clients/etc passwd.md"],
    ["CON", "Clients/CON client.md"],
    ['a|b#c^d[[e]]:f%%g*h?"i<j>k\\l', "Clients/a b c d e f g h i j k l.md"],
    ["..", "Clients/Untitled client.md"],
    [".hidden", "Clients/hidden.md"],
    ["Zürich 🚀", "Clients/Zürich 🚀.md"],
  ])("company %j is created as %j, inside the clients folder", async (company, path) => {
    const { app } = await startPlugin({});
    await uiNewClient(app, company);
    expect(readFile(app, path)).toContain("type: client");
    expect(sanitiseNoteName(company)).toBe(path.slice("Clients/".length, -3));
    for (const op of app.vault.operations) expect(op.path.startsWith("Clients")).toBe(true);
  });

  it("a name already in use (in any letter case) is refused and the note is left as it was", async () => {
    const mine = "---\ntype: client\nclient_id: CLI-00003\n---\nMine, do not touch.\n";
    const contract = "My contract.\n";
    const { app } = await startPlugin({ "Clients/Acme.md": mine, "Clients/legal/Other-contract.md": contract }, { createLinkedNotes: true });
    await uiNewClient(app, "ACME");
    expect(readFile(app, "Clients/Acme.md")).toBe(mine);
    expect(app.vault.getFileByPath("Clients/ACME.md")).toBeNull();
    expect(getOpenModal(app).contentEl.querySelector("p")?.textContent).toBe('A note named "Acme" already exists at Clients/Acme.md. Clientele never overwrites a note.');
    getOpenModal(app).close();
    // Linked notes that exist are skipped, not overwritten.
    await uiNewClient(app, "Other");
    expect(readFile(app, "Clients/legal/Other-contract.md")).toBe(contract);
    expect(readFile(app, "Clients/billing/Other-invoices.md")).toContain("Other");
    expect(app.vault.operations.filter((o) => o.op !== "create" && o.op !== "createFolder")).toEqual([]);
  });
});

describe("no network, no HTML from strings", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
    });
  }

  /** Code without comments (a line comment or block comment never runs). */
  function code(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  }

  const NETWORK = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\brequestUrl\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bnavigator\.(serviceWorker|connection)\b/, /\bimportScripts\b/];
  const HTML = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write/, /\beval\s*\(/, /\bnew\s+Function\b/, /(^|[^\w.$])Function\s*\(/, /\bset(Timeout|Interval)\s*\(\s*["'`]/, /\bcreateContextualFragment\b/, /\bDOMParser\b/];
  const TAGS = /createEl\(\s*["'`](img|iframe|script|link|style|object|embed|audio|video|source|frame)["'`]/;

  it("src/ has no network call, no URL, and no innerHTML, outerHTML, insertAdjacentHTML, eval or new Function", () => {
    const found: string[] = [];
    for (const file of sourceFiles("src")) {
      const text = code(readFileSync(file, "utf8"));
      for (const re of [...NETWORK, ...HTML, TAGS, /https?:\/\//]) if (re.test(text)) found.push(`${file}: ${re.source}`);
    }
    expect(found).toEqual([]);
  });

  it.runIf(existsSync("main.js"))("the built main.js has none of them either (its one URL is in a date-fns error message)", () => {
    const text = readFileSync("main.js", "utf8");
    const found = [...NETWORK, ...HTML, TAGS].filter((re) => re.test(text)).map((re) => re.source);
    expect(found).toEqual([]);
    const urls = [...text.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0]);
    expect(urls.filter((u) => !u.startsWith("https://github.com/date-fns/date-fns/blob/master/docs/"))).toEqual([]);
  });

  it("a whole session (every command, every view, settings, API, unload) makes no network call", async () => {
    const calls: string[] = [];
    const trap = (name: string) => function trapped(): never {
      calls.push(name);
      throw new Error(`network call: ${name}`);
    };
    vi.stubGlobal("fetch", trap("fetch"));
    vi.stubGlobal("XMLHttpRequest", trap("XMLHttpRequest"));
    vi.stubGlobal("WebSocket", trap("WebSocket"));
    vi.stubGlobal("EventSource", trap("EventSource"));
    const beacon = Object.getOwnPropertyDescriptor(navigator, "sendBeacon");
    Object.defineProperty(navigator, "sendBeacon", { value: trap("sendBeacon"), configurable: true });
    setRequestUrlHandler(() => trap("requestUrl")());
    try {
      const { app, plugin } = await startPlugin(sampleVault());
      const deps = depsOf(app);
      const first = deps.index.clients(deps.today())[0]?.client.path ?? "";
      await uiNewClient(app, "Offline Test Co");
      await uiMove(app, first, "Active");
      await uiHealthCheck(app, first, { scores: { profitability: 2, communication: 3, strategic_fit: 4, growth: 5 }, comment: "ok" });
      await uiLogInteraction(app, first, { type: "call", date: "2026-11-20", summary: "Hi", followUp: "" });
      await runCommand(app, "show-at-risk");
      getOpenModal(app).close();
      await runCommand(app, "open-dashboard");
      await runCommand(app, "weekly-review");
      await runCommand(app, "open-pipeline");
      await settle(app);
      for (const view of ["pipeline", "at-risk", "health", "renewals", "next-actions", "review"]) await renderCodeBlock(app, "clientele", `view: ${view}`, "Client dashboard.md");
      const { containerEl } = openSettingTab(app, "clientele");
      getControl(containerEl, "Stale after (days)", TextComponent).simulateChange("21");
      const api = (plugin as unknown as { api: ClienteleApi }).api;
      api.listClients();
      await api.moveStage(first, "Retention");
      await settle(app);
      unloadPlugin(plugin);
      expect(notices().filter((n) => /network call/i.test(n))).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
      if (beacon) Object.defineProperty(navigator, "sendBeacon", beacon);
      else delete (navigator as { sendBeacon?: unknown }).sendBeacon;
      setRequestUrlHandler(null);
    }
    expect(calls).toEqual([]);
  });
});
