// Property tests of the write path (fast-check): random properties (written in random YAML
// styles) x random bodies (line endings, byte order mark, --- lines, code fences, headings that
// look like Clientele's) x a random action. Whatever the note, the action changes only its keys
// and appends only its line; moving twice equals moving once; a move that changes nothing writes
// nothing (same bytes, same modification time); undoing any action gives back the exact bytes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { healthCheckFor, logInteractionFor, moveClient } from "../../src/obsidian/writes";
import { planHealthCheck, planInteraction, planStageChange, type NoteChange } from "../../src/core/change/actions";
import { configuredStage } from "../../src/core/pipeline/pipeline";
import { defaultSettings } from "../../src/core/model/settings";
import type { HealthCategory } from "../../src/core/model/types";
import type { Deps } from "../../src/deps";
import { NoteStore } from "../../src/obsidian/note-store";
import { createFakeApp, Notice, readFile, type App } from "../fake/obsidian";
import { expectBodyKept, expectPropertiesKept, props, statusOf, TODAY } from "./helpers";

/** Runs per property; the whole file stays well under ten seconds. */
const RUNS = { write: 200, twice: 100, noop: 100, undo: 100 } as const;

const settings = defaultSettings();
const PATH = "Clients/Note.md";

function cheapDeps(text: string): { app: App; deps: Deps } {
  const app = createFakeApp({ [PATH]: text });
  const notify = (m: string) => void new Notice(m);
  const deps = {
    app,
    store: new NoteStore(app as never, notify),
    settings: () => settings,
    today: () => TODAY,
    notify,
  } as unknown as Deps;
  return { app, deps };
}

// ---- generators --------------------------------------------------------------------------------

const TRICKY = ["01234", "NO", "no", "yes", "Yes", "on", "off", "y", "n", "~", "null", "true", "2026-10-01", "2026-10-01T10:00:00Z", "[[Jane Doe]]",
  "[[Note|alias]]", "#tag", "a: b", "- x", "---", "...", "'q'", '"dq"', "  spaced  ", "", "1e3", "0x1F", "0o17", ".inf", "-.nan", "Ver: 4.4",
  "line1\nline2", "tab\there", "ünï 🚀 👩‍💻", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "%% hidden %%", "$$", "%%", "<!--", "a $$ b", "&anchor", "*alias", "!tag"];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 24 }), fc.string({ maxLength: 12 }));
const scalar = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).filter((k) => k !== "type");
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.oneof(text, fc.integer()), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(key, scalar, { maxKeys: 3 }) },
);
const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
const clientKeys = fc.record({
  type: fc.constantFrom("client", "Client", " client "),
  stage: fc.oneof(fc.constantFrom(...settings.stages, "active", " Proposal ", "Lost", ""), text),
  last_contact: fc.oneof(day, text),
  health_growth: fc.oneof(fc.integer({ min: 0, max: 6 }), text),
}, { requiredKeys: ["type"] });
const properties = fc.tuple(clientKeys, fc.dictionary(key, value, { maxKeys: 8 }), fc.boolean()).map(([own, extra, ownFirst]) => (ownFirst ? { ...own, ...extra } : { ...extra, ...own }));
const yamlStyle = fc.record({
  defaultStringType: fc.constantFrom<"PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE">("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom<"any" | "block" | "flow">("any", "block", "flow"),
  lineWidth: fc.constantFrom(0, 40, 80),
  indent: fc.constantFrom(2, 4),
});

const LINES = ["# Acme", "## Stage history", "## Interaction log", "## Health history", "## Stage history  ", "## Notes", "### Sub", "---", "--- ", "***",
  "```", "```yaml", "~~~", "````", "- item", "- 2026-01-01: Discovery → Proposal", "", "   ", "> quote", "text --- inside", "stage: Fake", "type: client",
  "<!-- comment -->", "%% comment %%", "| a | b |", "\uFEFF", "Setext", "===", "    ## indented code", "#NotAHeading"];
const bodyLine = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " ")) });
const noteText = fc.record({
  fm: fc.oneof({ weight: 6, arbitrary: fc.tuple(properties, yamlStyle) }, { weight: 1, arbitrary: fc.constantFrom("none", "empty") }),
  body: fc.array(bodyLine, { maxLength: 25 }),
  eol: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  blankAfter: fc.integer({ min: 0, max: 3 }),
}).map(({ fm, body, eol, bom, finalNewline, blankAfter }) => {
  const lines: string[] = [];
  if (fm === "empty") lines.push("---", "---");
  else if (fm !== "none") {
    const [obj, style] = fm;
    const yaml = stringify(obj, style).replace(/\n$/, "");
    lines.push("---", ...yaml.split("\n"), "---");
  }
  if (fm !== "none") for (let i = 0; i < blankAfter; i++) lines.push("");
  lines.push(...body);
  return (bom ? "\uFEFF" : "") + lines.join(eol) + (finalNewline ? eol : "");
});

type Action =
  | { kind: "move"; to: string }
  | { kind: "health"; scores: Record<HealthCategory, number>; comment: string }
  | { kind: "interaction"; type: "call" | "email" | "meeting" | "message" | "note"; date: string; summary: string; followUp: string | null };

const score = fc.integer({ min: 1, max: 5 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("move" as const), to: fc.constantFrom(...settings.stages, "active", "Nope") }),
  fc.record({ kind: fc.constant("health" as const), scores: fc.record({ profitability: score, communication: score, strategic_fit: score, growth: score }), comment: text }),
  fc.record({
    kind: fc.constant("interaction" as const),
    type: fc.constantFrom<"call" | "email" | "meeting" | "message" | "note">("call", "email", "meeting", "message", "note"),
    date: day,
    summary: text.filter((s) => s.trim() !== ""),
    followUp: fc.option(day, { nil: null }),
  }),
);

// ---- the properties -----------------------------------------------------------------------------

/** What the action should write, planned by the core from the note as it is. */
function expected(before: string, a: Action): NoteChange | null {
  const client = statusOf(PATH, before).client;
  if (a.kind === "move") {
    let fm: Record<string, unknown> = {};
    try {
      fm = props(before);
    } catch {
      // invalid YAML: nothing is written anyway
    }
    return planStageChange(client, fm, a.to, TODAY, settings);
  }
  if (a.kind === "health") return planHealthCheck(a.scores, a.comment, TODAY, settings.healthMatrix);
  return planInteraction(client, { type: a.type, date: a.date, summary: a.summary, followUp: a.followUp });
}

/** Whether Obsidian can read the note's properties (none at all counts as readable). */
function readable(text: string): boolean {
  try {
    const p: unknown = props(text);
    return typeof p === "object" && p !== null && !Array.isArray(p);
  } catch {
    return false;
  }
}

async function run(deps: Deps, before: string, a: Action): Promise<boolean> {
  const c = statusOf(PATH, before);
  if (a.kind === "move") return moveClient(deps, c, a.to);
  if (a.kind === "health") return healthCheckFor(deps, c, { scores: a.scores, comment: a.comment });
  return logInteractionFor(deps, c, { type: a.type, date: a.date, summary: a.summary, followUp: a.followUp });
}

describe("the write path, property-based", () => {
  it(`any note x any action: only the action's keys and one line change (${RUNS.write} runs)`, async () => {
    await fc.assert(fc.asyncProperty(noteText, action, async (before, a) => {
      const { app, deps } = cheapDeps(before);
      const mtime = app.vault.getFileByPath(PATH)?.stat.mtime;
      const ok = await run(deps, before, a);
      const after = readFile(app, PATH);
      if (!readable(before)) {
        // A first line of --- opens a block that is not a list of properties: refused, untouched
        // (a move to a stage that does not exist has nothing to do and does not even look).
        if (a.kind !== "move" || configuredStage(a.to, settings) !== null) expect(ok).toBe(false);
        expect(after).toBe(before);
        expect(app.vault.operations).toEqual([]);
        return;
      }
      if (!ok) {
        // Refused: only Obsidian's writer could make the change, and it would drop a comment.
        expect(before).toContain("#");
        expect(after).toBe(before);
        expect(app.vault.operations).toEqual([]);
        return;
      }
      const change = expected(before, a);
      if (change === null) {
        expect(after).toBe(before);
        expect(app.vault.getFileByPath(PATH)?.stat.mtime).toBe(mtime);
        return;
      }
      expectPropertiesKept(before, after, change.patch);
      expectBodyKept(before, after, change.section, change.lines);
    }), { numRuns: RUNS.write });
  }, 60_000);

  it(`moving to the same stage twice equals moving once (${RUNS.twice} runs)`, async () => {
    await fc.assert(fc.asyncProperty(noteText.filter(readable), fc.constantFrom(...settings.stages), async (before, to) => {
      const { app, deps } = cheapDeps(before);
      const moved = await moveClient(deps, statusOf(PATH, before), to);
      const once = readFile(app, PATH);
      if (!moved) expect(once).toBe(before);
      const mtime = app.vault.getFileByPath(PATH)?.stat.mtime;
      // The caller's view may be stale (the board before the index caught up): still no second write.
      await moveClient(deps, statusOf(PATH, before), to);
      expect(readFile(app, PATH)).toBe(once);
      expect(app.vault.getFileByPath(PATH)?.stat.mtime).toBe(mtime);
      if (moved) expect(statusOf(PATH, once).client.stage).toBe(to);
    }), { numRuns: RUNS.twice });
  }, 60_000);

  it(`a move to the stage the note already has writes nothing (${RUNS.noop} runs)`, async () => {
    await fc.assert(fc.asyncProperty(noteText.filter(readable), fc.constantFrom(...settings.stages), fc.constantFrom((s: string) => s, (s: string) => s.toLowerCase(), (s: string) => ` ${s.toUpperCase()} `), async (base, stage, spell) => {
      // Give the note that stage, in some spelling, through a real move first.
      const { app, deps } = cheapDeps(base);
      // A note the move is refused for (a comment only Obsidian's writer would drop) has no stage to keep.
      if (!(await moveClient(deps, statusOf(PATH, base), stage))) return;
      const before = readFile(app, PATH);
      const ops = app.vault.operations.length;
      const mtime = app.vault.getFileByPath(PATH)?.stat.mtime;
      expect(await moveClient(deps, statusOf(PATH, before), spell(stage))).toBe(true);
      expect(readFile(app, PATH)).toBe(before);
      expect(app.vault.getFileByPath(PATH)?.stat.mtime).toBe(mtime);
      expect(app.vault.operations.length).toBe(ops);
    }), { numRuns: RUNS.noop });
  }, 60_000);

  it(`undoing any action on any note gives back its exact bytes (${RUNS.undo} runs)`, async () => {
    await fc.assert(fc.asyncProperty(noteText, action, async (before, a) => {
      const { app, deps } = cheapDeps(before);
      await run(deps, before, a);
      const wrote = readFile(app, PATH) !== before;
      const undone = await deps.store.undoLast();
      expect(undone === null).toBe(!wrote);
      expect(readFile(app, PATH)).toBe(before);
    }), { numRuns: RUNS.undo });
  }, 60_000);
});
