// @vitest-environment happy-dom
// Today's agenda into the daily note, through the fake app: the daily note's path from the Daily
// notes core plugin or Periodic Notes, the note created when missing, and each item written once.
import { describe, expect, it } from "vitest";
import { addAgendaToDailyNote } from "../../src/commands/daily-note";
import { dailyTaskId } from "../../src/core/agenda/daily-tasks";
import { defaultSettings } from "../../src/core/model/settings";
import { dailyNoteConfig, dailyNotePath, DEFAULT_DAILY_FORMAT } from "../../src/obsidian/daily-note";
import type { App } from "obsidian";
import { readFile } from "../fake/obsidian";
import { TODAY } from "../helpers/builders";
import { startDeps, type Harness } from "../helpers/sample-plugin";

const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\nlast_contact: 2026-11-20\n---\n# Acme\n";
const ACME_PATH = "Clients/Acme Robotics.md";
const ID = dailyTaskId({ kind: "health-check", client: ACME_PATH, day: TODAY });
const LINE = `- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 ${TODAY} 🆔 ${ID}`;

function setDailyNotes(app: App, options: unknown): void {
  (app as unknown as { internalPlugins: { plugins: Record<string, unknown> } }).internalPlugins.plugins["daily-notes"] = { enabled: true, instance: { id: "daily-notes", options } };
}

function setPeriodicNotes(app: App, daily: unknown): void {
  (app as unknown as { plugins: { plugins: Record<string, unknown> } }).plugins.plugins["periodic-notes"] = { settings: { daily } };
}

async function harness(files: Record<string, string> = { [ACME_PATH]: ACME }): Promise<Harness & { notes: string[] }> {
  const notes: string[] = [];
  const h = await startDeps(files, defaultSettings());
  h.deps.notify = (m) => void notes.push(m);
  await h.settle();
  return { ...h, notes };
}

describe("dailyNoteConfig", () => {
  it("defaults to the vault root, YYYY-MM-DD and no template", async () => {
    const { app } = await harness({});
    expect(dailyNoteConfig(app)).toEqual({ folder: "", format: DEFAULT_DAILY_FORMAT, template: "" });
  });

  it("reads the core Daily notes plugin's options", async () => {
    const { app } = await harness({});
    setDailyNotes(app, { folder: "/Journal/Daily/", format: "YYYY/MM/DD dddd", template: " Templates/Day " });
    expect(dailyNoteConfig(app)).toEqual({ folder: "Journal/Daily", format: "YYYY/MM/DD dddd", template: "Templates/Day" });
  });

  it("prefers Periodic Notes' daily settings when they are enabled", async () => {
    const { app } = await harness({});
    setDailyNotes(app, { folder: "Core", format: "DD-MM-YYYY" });
    setPeriodicNotes(app, { enabled: true, folder: "Periodic", format: "YYYY-MM-DD ddd" });
    expect(dailyNoteConfig(app)).toEqual({ folder: "Periodic", format: "YYYY-MM-DD ddd", template: "" });
    setPeriodicNotes(app, { enabled: false, folder: "Periodic", format: "x" });
    expect(dailyNoteConfig(app)).toEqual({ folder: "Core", format: "DD-MM-YYYY", template: "" });
  });

  it("takes settings of an unexpected shape for not set", async () => {
    const { app } = await harness({});
    setDailyNotes(app, { folder: 3, format: ["x"], template: null });
    expect(dailyNoteConfig(app)).toEqual({ folder: "", format: DEFAULT_DAILY_FORMAT, template: "" });
    setDailyNotes(app, "options");
    expect(dailyNoteConfig(app)).toEqual({ folder: "", format: DEFAULT_DAILY_FORMAT, template: "" });
    (app as unknown as { internalPlugins: unknown }).internalPlugins = { getPluginById: () => { throw new Error("private API changed"); } };
    expect(dailyNoteConfig(app).format).toBe(DEFAULT_DAILY_FORMAT);
  });

  it("names the note with moment's format of the day, folders in the format included", () => {
    expect(dailyNotePath({ folder: "Journal", format: "YYYY/MM/DD dddd", template: "" }, TODAY)).toBe("Journal/2026/11/21 Saturday.md");
    expect(dailyNotePath({ folder: "", format: "YYYY-MM-DD", template: "" }, TODAY)).toBe("2026-11-21.md");
  });
});

describe("addAgendaToDailyNote", () => {
  it("creates today's note from the template and adds today's items; a second run adds nothing", async () => {
    const h = await harness({ [ACME_PATH]: ACME, "Templates/Day.md": "# {{date}}\n\n## Journal\n" });
    setDailyNotes(h.app, { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Day" });
    await addAgendaToDailyNote(h.deps);
    const text = `# 2026-11-21\n\n## Journal\n\n## Clientele\n${LINE}\n`;
    expect(readFile(h.fake, "Daily/2026-11-21.md")).toBe(text);
    expect(h.notes).toEqual(["Added 1 item to Daily/2026-11-21.md"]);
    await addAgendaToDailyNote(h.deps);
    expect(readFile(h.fake, "Daily/2026-11-21.md")).toBe(text);
    expect(h.notes[1]).toBe("Nothing new for today");
  });

  it("is one change for Undo last change: the lines go, and the note it created goes to the trash", async () => {
    const h = await harness({ [ACME_PATH]: ACME, "2026-11-20.md": "# Yesterday\n" });
    await addAgendaToDailyNote(h.deps);
    expect(readFile(h.fake, "2026-11-21.md")).toBe(`## Clientele\n${LINE}\n`);
    await h.deps.store.undoLast();
    expect(h.fake.vault.getFileByPath("2026-11-21.md")).toBeNull();

    const existing = await harness({ [ACME_PATH]: ACME, "2026-11-21.md": "# Today\n" });
    await addAgendaToDailyNote(existing.deps);
    await existing.deps.store.undoLast();
    expect(readFile(existing.fake, "2026-11-21.md")).toBe("# Today\n");
  });

  it("writes into an existing note under the configured heading, and leaves a ticked item alone", async () => {
    const note = `# Today\r\n\r\n## Done\r\n- [x] ${LINE.slice(6)} ✅ 2026-11-21\r\n`;
    const h = await harness({ [ACME_PATH]: ACME, "2026-11-21.md": note });
    await addAgendaToDailyNote(h.deps);
    expect(readFile(h.fake, "2026-11-21.md")).toBe(note);
    expect(h.notes).toEqual(["Nothing new for today"]);

    const other = await harness({ [ACME_PATH]: ACME, "2026-11-21.md": "# Today\r\n" });
    other.deps.settings = () => ({ ...defaultSettings(), dailyNoteHeading: "### Clients" });
    await addAgendaToDailyNote(other.deps);
    expect(readFile(other.fake, "2026-11-21.md")).toBe(`# Today\r\n\r\n### Clients\r\n${LINE}\r\n`);
  });

  it("creates no daily note when nothing is due", async () => {
    const h = await harness({});
    await addAgendaToDailyNote(h.deps);
    expect(h.app.vault.getAbstractFileByPath("2026-11-21.md")).toBeNull();
    expect(h.notes).toEqual(["Nothing new for today"]);
  });

  it("says so and writes nothing when a folder is where the note would be", async () => {
    const h = await harness({ [ACME_PATH]: ACME });
    await h.app.vault.createFolder("2026-11-21.md");
    await addAgendaToDailyNote(h.deps);
    expect(h.notes).toEqual(['Clientele: could not add today\'s agenda to "2026-11-21.md": "2026-11-21.md" is a folder']);
  });
});
