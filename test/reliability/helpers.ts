// Shared by the reliability tests: note fixtures, a Deps without the whole plugin, the plugin's
// writing commands driven through their real UI, and byte/property checks on a note before and after.
import { expect } from "vitest";
import { parse } from "yaml";
import { evaluateClient } from "../../src/core/model/activity";
import { parseClient } from "../../src/core/model/client";
import { findFrontmatter } from "../../src/core/note/frontmatter-block";
import { readSection } from "../../src/core/note/sections";
import { defaultSettings, type ClienteleSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import type { Deps } from "../../src/deps";
import {
  DropdownComponent,
  getControl,
  getOpenModal,
  runCommand,
  suggestModal,
  TextAreaComponent,
  TextComponent,
  type App,
  type FakeFileSpec,
} from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";
import { click, settle } from "../plugin/setup";

import { TODAY } from "../helpers/builders";
export { TODAY };

// ---- fixtures ------------------------------------------------------------------------------------

export interface Fixture {
  name: string;
  path: string;
  text: string;
  company: string;
  /** Whether Obsidian (the fake) reads its properties, so it is a client the command UI can pick. */
  indexed: boolean;
}

export const CLIENT_PROPERTIES = [
  "type: client",
  "client_id: CLI-00007",
  "company: Acme Robotics",
  "stage: Proposal",
  "custom_field: keep me",
  'zip: "01234"',
  "country: NO",
  "flag: yes",
  'answer: "NO"',
  'champion: "[[Jane Doe]]"',
  'persona: "[[ICP - Agency owner]]"',
  "health_profitability: 4",
  "last_contact: 2026-10-01",
  "renewal: 2027-01-31",
  "value: 12000",
  "tags:",
  "  - AEROSPACE",
  "  - ISO-REQUIRED",
];

export const BODY = [
  "# Acme Robotics",
  "",
  "Some text with a --- in it, and trailing spaces   ",
  "",
  "---",
  "",
  "```yaml",
  "---",
  "stage: Fake",
  "## Stage history",
  "```",
  "",
  "## Interaction log",
  "",
  "- 2026-10-01 · call · First call.",
  "",
  "## Notes",
  "",
  "Unrelated section.",
  "",
  "## Health history",
  "",
  "## Stage history",
  "",
  "- 2026-09-01: Discovery → Proposal",
  "",
  "## Last words",
  "",
  "The end.",
];

interface NoteShape {
  properties: string[] | "empty" | null;
  body: string[];
  eol?: "\n" | "\r\n";
  bom?: boolean;
  finalNewline?: boolean;
  /** Blank lines between the closing `---` and the body. */
  blankAfter?: number;
}

export function note(shape: NoteShape): string {
  const eol = shape.eol ?? "\n";
  const lines: string[] = [];
  if (shape.properties === "empty") lines.push("---", "---");
  else if (shape.properties !== null) lines.push("---", ...shape.properties, "---");
  if (shape.properties !== null) for (let i = 0; i < (shape.blankAfter ?? 0); i++) lines.push("");
  lines.push(...shape.body);
  const text = lines.join(eol) + (shape.finalNewline === false ? "" : eol);
  return (shape.bom ? "\uFEFF" : "") + text;
}

function bigBody(): string[] {
  const paragraph = "Meeting notes about the Q3 rollout, the ISO audit and the hangar move — café, naïve, 日本語, 🚀. ".repeat(10).trim();
  const lines: string[] = [];
  for (let size = 0; size < 1_050_000; size += paragraph.length + 2) lines.push(paragraph, "");
  return [...BODY.slice(0, 4), ...lines, ...BODY.slice(4)];
}

const UNICODE_COMPANY = "Zürich Café 🚀 株式会社 👩‍💻";

export function fixtures(): Fixture[] {
  const acme = "Clients/Acme Robotics.md";
  const f = (name: string, shape: NoteShape, indexed = true, path = acme, company = "Acme Robotics"): Fixture => ({ name, path, text: note(shape), company, indexed });
  const noFinalNewlineBody = [...BODY.slice(0, 20), "## Stage history", "", "- 2026-09-01: Discovery → Proposal"];
  const breaksBody = [
    "---",
    "Setext heading",
    "---",
    "***",
    "___",
    "---",
    "type: client",
    "stage: NotMe",
    "---",
    "~~~",
    "---",
    "## Stage history",
    "stage: Fake",
    "~~~",
    "````md",
    "```",
    "---",
    "## Interaction log",
    "```",
    "````",
    "",
    ...BODY,
    "",
    "---",
  ];
  const unicodeProps = CLIENT_PROPERTIES.map((l) => (l.startsWith("company:") ? `company: "${UNICODE_COMPANY}"` : l)).concat(["größe: Ünïcödé — “quotes” ‘single’ «guillemets»", "emoji: 🧪🚀👩‍👩‍👧‍👦", "rtl: שלום عربى"]);
  const unicodeBody = [...BODY, "", "Emoji 👩‍💻 and flags 🇳🇴, combining e\u0301, NBSP\u00a0here, zero\u200bwidth, RTL שלום."];
  const commented = [
    "# my own comment",
    ...CLIENT_PROPERTIES.slice(0, 15).map((l) => (l.startsWith("custom_field") ? "custom_field: 'keep me'   # inline comment" : l)),
    "tags: [AEROSPACE, ISO-REQUIRED]",
    "aliases: ['Acme', \"ACME Inc.\"]",
    "empty_value:",
    "nested:",
    "  a: 1",
    "  b: [x, y]",
    "multiline: |",
    "  line one",
    "  line two",
  ];
  return [
    f("LF, no blank line after the properties", { properties: CLIENT_PROPERTIES, body: BODY }),
    f("CRLF, one blank line after the properties", { properties: CLIENT_PROPERTIES, body: BODY, eol: "\r\n", blankAfter: 1 }),
    f("byte order mark", { properties: CLIENT_PROPERTIES, body: BODY, bom: true }, false),
    f("byte order mark and CRLF", { properties: CLIENT_PROPERTIES, body: BODY, bom: true, eol: "\r\n" }, false),
    f("no trailing newline", { properties: CLIENT_PROPERTIES, body: noFinalNewlineBody, finalNewline: false }),
    f("no trailing newline, CRLF", { properties: CLIENT_PROPERTIES, body: noFinalNewlineBody, finalNewline: false, eol: "\r\n" }),
    f("empty frontmatter (--- / ---)", { properties: "empty", body: BODY }, false),
    f("no frontmatter", { properties: null, body: BODY }, false),
    f("no frontmatter, CRLF", { properties: null, body: BODY, eol: "\r\n" }, false),
    f("--- thematic breaks, a second --- block and code fences holding ---", { properties: CLIENT_PROPERTIES, body: breaksBody, blankAfter: 0 }),
    f("three blank lines after the properties", { properties: CLIENT_PROPERTIES, body: BODY, blankAfter: 3 }),
    f("properties only, closing --- at the end without a newline", { properties: CLIENT_PROPERTIES, body: [], finalNewline: false }),
    f("comments, quotes, flow lists and nested values in the properties", { properties: commented, body: BODY }),
    f("a 1 MB note", { properties: CLIENT_PROPERTIES, body: bigBody() }),
    f("unicode and emoji in the name, properties and body", { properties: unicodeProps, body: unicodeBody }, true, `Clients/Zürich Café 🚀 株式会社.md`, UNICODE_COMPANY),
  ];
}

// ---- the app -------------------------------------------------------------------------------------

/** A fake app holding `files` and the Deps main.ts would build (index started), without loading the plugin. */
export async function directDeps(files: Record<string, string | FakeFileSpec>, settings: ClienteleSettings = defaultSettings(), today = TODAY): Promise<{ app: App; deps: Deps }> {
  const { fake, deps } = await startDeps(files, settings, today);
  return { app: fake, deps };
}

/** The client of a note's text as a command would get it (any note, client or not). */
export function statusOf(path: string, text: string, settings: ClienteleSettings = defaultSettings(), today = TODAY): ClientStatus {
  let fm: Record<string, unknown> = {};
  try {
    fm = props(text);
  } catch {
    // invalid YAML: a stale view of the note, as a board card drawn before the note broke
  }
  const client = parseClient(path, fm, settings);
  return evaluateClient(client, { today, modifiedDay: null }, settings);
}

export function depsOf(app: App): Deps {
  return (app.plugins.plugins.clientele as unknown as { deps: Deps }).deps;
}

// ---- the commands through their UI ------------------------------------------------------------------

type Suggest<T> = { getSuggestions(query: string): T[] };

async function openNote(app: App, path: string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.workspace.getLeaf(false).openFile(file);
}

export async function uiMove(app: App, path: string, stage: string): Promise<void> {
  await openNote(app, path);
  await runCommand(app, "move-stage");
  const modal = suggestModal(getOpenModal<Suggest<string>>(app));
  await modal.setQuery(stage);
  const i = modal.suggestions.findIndex((s) => s === stage);
  modal.chooseSuggestion(i < 0 ? 0 : i);
  await settle(app);
}

export interface HealthInput {
  scores: { profitability: number; communication: number; strategic_fit: number; growth: number };
  comment: string;
}

export async function uiHealthCheck(app: App, path: string, input: HealthInput): Promise<void> {
  await openNote(app, path);
  await runCommand(app, "health-check");
  const el = getOpenModal(app).contentEl;
  getControl(el, "Profitability", DropdownComponent).simulateChange(String(input.scores.profitability));
  getControl(el, "Communication", DropdownComponent).simulateChange(String(input.scores.communication));
  getControl(el, "Strategic fit", DropdownComponent).simulateChange(String(input.scores.strategic_fit));
  getControl(el, "Growth potential", DropdownComponent).simulateChange(String(input.scores.growth));
  getControl(el, "Comment", TextAreaComponent).simulateChange(input.comment);
  click(el, "Save health check");
  await settle(app);
}

export interface InteractionInput {
  type: "call" | "email" | "meeting" | "message" | "note";
  date: string;
  summary: string;
  followUp: string;
}

export async function uiLogInteraction(app: App, path: string, i: InteractionInput): Promise<void> {
  await openNote(app, path);
  await runCommand(app, "log-interaction");
  const el = getOpenModal(app).contentEl;
  getControl(el, "Type", DropdownComponent).simulateChange(i.type);
  getControl(el, "Date", TextComponent).simulateChange(i.date);
  getControl(el, "Summary", TextAreaComponent).simulateChange(i.summary);
  getControl(el, "Follow-up date", TextComponent).simulateChange(i.followUp);
  click(el, "Log");
  await settle(app);
}

export async function uiNewClient(app: App, company: string, stage = "Discovery", engagement = "Retainer"): Promise<void> {
  await runCommand(app, "new-client");
  const el = getOpenModal(app).contentEl;
  getControl(el, "Company", TextComponent).simulateChange(company);
  getControl(el, "Stage", DropdownComponent).simulateChange(stage);
  getControl(el, "Engagement model", DropdownComponent).simulateChange(engagement);
  click(el, "Create");
  await settle(app);
}

// ---- checks --------------------------------------------------------------------------------------

/** The note's properties parsed as Obsidian does (YAML 1.2 core: dates and `NO` stay strings). */
export function props(text: string): Record<string, unknown> {
  const b = findFrontmatter(text);
  if (!b.exists || b.yaml.trim() === "") return {};
  return (parse(b.yaml) as Record<string, unknown> | null) ?? {};
}

export function body(text: string): string {
  return text.slice(findFrontmatter(text).bodyStart);
}

/**
 * The text `after` adds to `before` when it only inserts one run of text at one place; throws
 * when any byte of `before` was changed or dropped.
 */
export function insertedText(before: string, after: string): string {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  if (p + s !== before.length) throw new Error(`bytes of the body changed or were lost (common prefix ${p}, suffix ${s}, old length ${before.length})`);
  return after.slice(p, after.length - s);
}

/**
 * The body outside the touched section is byte for byte the same: `after`'s body is `before`'s
 * with one run of text inserted, made only of `lines` (in the body's line ending), and, when the
 * section was missing, its heading, blank lines and line breaks (and the closing fence of a code
 * block left open at the end). The lines end the section.
 */
export function expectBodyKept(before: string, after: string, section: string, lines: string[]): void {
  const oldBody = body(before);
  const newBody = body(after);
  const inserted = insertedText(oldBody, newBody);
  let rest = inserted;
  for (const line of lines) {
    const at = rest.indexOf(line);
    expect(at, `the line ${JSON.stringify(line)} was written`).toBeGreaterThanOrEqual(0);
    rest = rest.slice(0, at) + rest.slice(at + line.length);
  }
  rest = rest.replace(section, "");
  // A code block left open at the end of the note is closed first (it ended with the note anyway).
  expect(rest.replace(/[\r\n]/g, ""), "nothing but the lines, a heading, a fence closer and line breaks was added").toMatch(/^(`{3,}|~{3,})?$/);
  if (lines.length === 0) return;
  const nl = oldBody.indexOf("\n");
  if (nl >= 0) {
    const eol = nl > 0 && oldBody[nl - 1] === "\r" ? "\r\n" : "\n";
    for (const line of lines) expect(newBody, "written in the body's own line ending").toContain(line + eol);
    const stray = eol === "\n" ? /\r/ : /\r(?!\n)|(?<!\r)\n/;
    expect(inserted, "no other line ending was mixed in").not.toMatch(stray);
  }
  expect(readSection(after, section)?.slice(-lines.length)).toEqual(lines);
}

/**
 * The properties of `after` are those of `before` with `changed` set: every other key keeps its
 * value (compared after parsing) and its place; new keys come last, in the order given.
 */
export function expectPropertiesKept(before: string, after: string, changed: Record<string, unknown>): void {
  const old = props(before);
  const now = props(after);
  expect(now).toEqual({ ...old, ...changed });
  const order = [...Object.keys(old), ...Object.keys(changed).filter((k) => !Object.prototype.hasOwnProperty.call(old, k))];
  expect(Object.keys(now)).toEqual(order);
  // Days stay plain YYYY-MM-DD (never quoted into text, never a time stamp): the days Clientele
  // writes, and the days the note already had written plain.
  const oldYaml = findFrontmatter(before).yaml;
  const yaml = findFrontmatter(after).yaml;
  // The key may keep the quotes the note gave it: the line editor leaves the key's bytes alone.
  const plain = (y: string, key: string, value: string) => new RegExp(`^(?:${key}|'${key}'|"${key}"): ${value}\\r?$`, "m").test(y);
  for (const [key, value] of Object.entries(now)) {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !/^[a-z_]+$/.test(key)) continue;
    const written = Object.prototype.hasOwnProperty.call(changed, key) && old[key] !== value;
    if (written || plain(oldYaml, key, value)) expect(plain(yaml, key, value), `${key}: ${value} is written plain`).toBe(true);
  }
}

/** The values the fixtures hold that YAML tools are known to mangle, as Obsidian must read them back. */
export function expectTrickyValuesKept(text: string): void {
  const p = props(text);
  if (!("zip" in p)) return;
  expect(p.zip).toBe("01234");
  expect(p.country).toBe("NO");
  expect(p.flag).toBe("yes");
  expect(p.answer).toBe("NO");
  expect(p.champion).toBe("[[Jane Doe]]");
  expect(p.persona).toBe("[[ICP - Agency owner]]");
  expect(p.renewal).toBe("2027-01-31");
  expect(p.health_profitability === 4 || typeof p.health_profitability === "number").toBe(true);
}
