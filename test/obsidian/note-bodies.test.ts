// NoteBodies: the per-device edit record (contract section 4) and the history lines (section 8),
// read from client notes' text on a fake App.
import { describe, expect, it, vi } from "vitest";
import { createFakeApp, type App } from "../fake/obsidian";
import { NoteBodies } from "../../src/obsidian/note-bodies";
import { editFileName, serializeEditRecord } from "../../src/core/model/edit-record";

const DIR = ".obsidian/plugins/clientele";
const PATH = "Clients/Acme.md";
const ACME = "---\ntype: client\n---\n# Acme\n\n## Health history\n- 2026-10-02: P4 C3 S5 G2 = 63 (Good)\n- 2026-09-01: P1 = Unscored\n\n## Stage history\n- 2026-08-15: Created in Discovery\n- 2026-09-20: Discovery → Active\n";

interface Setup {
  app: App;
  bodies: NoteBodies;
  notes: string[];
  changed: string[];
  day: { today: string };
}

async function setup(app: App = createFakeApp({ [PATH]: ACME, [`${DIR}/data.json`]: "{}" }), device = "dev1"): Promise<Setup> {
  app.saveLocalStorage("clientele-device", device);
  const notes: string[] = [];
  const changed: string[] = [];
  const day = { today: "2026-11-01" };
  const bodies = new NoteBodies(app as never, { pluginDir: DIR, today: () => day.today, onChange: (p) => changed.push(p), notify: (m) => notes.push(m) });
  await bodies.load();
  return { app, bodies, notes, changed, day };
}

function file(app: App, path = PATH) {
  const f = app.vault.getFileByPath(path);
  if (!f) throw new Error(`no ${path}`);
  return f;
}

async function see(s: Setup, path = PATH): Promise<void> {
  s.bodies.see(file(s.app, path) as never);
  await s.bodies.idle();
}

describe("NoteBodies", () => {
  it("first sighting records no day; a change records today; a touch changes nothing", async () => {
    const s = await setup();
    await see(s);
    expect(s.bodies.activity(PATH)?.lastEdit).toBeNull();
    await s.app.vault.modify(file(s.app), ACME, { mtime: Date.UTC(2026, 10, 5) });
    await see(s);
    expect(s.bodies.activity(PATH)?.lastEdit).toBeNull();
    await s.app.vault.modify(file(s.app), ACME + "more\n");
    await see(s);
    expect(s.bodies.activity(PATH)?.lastEdit).toBe("2026-11-01");
    expect(s.changed).toContain(PATH);
  });

  it("reads health and stage histories from the body", async () => {
    const s = await setup();
    await see(s);
    const a = s.bodies.activity(PATH);
    expect(a?.health).toEqual([{ day: "2026-10-02", score: 63 }]);
    expect(a?.stageDays).toEqual(["2026-08-15", "2026-09-20"]);
    expect(a?.firstHistory).toBe("2026-08-15");
  });

  it("keeps the dated unmet needs (undated ones make no need) and reports a change to them", async () => {
    const s = await setup();
    await see(s);
    expect(s.bodies.activity(PATH)?.needs).toEqual([]);
    s.changed.length = 0;
    await s.app.vault.modify(file(s.app), ACME + "\n### Unmet needs\n- 2026-10-01: SSO for the clinic staff\n- Faster exports\n");
    await see(s);
    expect(s.bodies.activity(PATH)?.needs).toEqual([{ text: "SSO for the clinic staff", written: "2026-10-01" }]);
    expect(s.changed).toContain(PATH);
  });

  it("saves the record to the device file and a new NoteBodies reloads it", async () => {
    const s = await setup();
    await see(s);
    await s.app.vault.modify(file(s.app), ACME + "x\n");
    await see(s);
    await s.bodies.flush();
    const saved = s.app.vault.adapter.hiddenContent(`${DIR}/${editFileName("dev1")}`);
    expect(saved).toContain('"day": "2026-11-01"');
    const t = await setup(s.app);
    await see(t);
    expect(t.bodies.activity(PATH)?.lastEdit).toBe("2026-11-01");
    expect(t.notes).toEqual([]);
  });

  it("saves debounced about 2 s after a change", async () => {
    vi.useFakeTimers();
    try {
      const s = await setup();
      await see(s);
      const name = `${DIR}/${editFileName("dev1")}`;
      expect(s.app.vault.adapter.hiddenContent(name)).toBeNull();
      await vi.advanceTimersByTimeAsync(2100);
      expect(s.app.vault.adapter.hiddenContent(name)).toContain(PATH);
    } finally {
      vi.useRealTimers();
    }
  });

  it("merges two device files, latest day wins", async () => {
    const rec = (device: string, day: string) => serializeEditRecord({ device, notes: new Map([[PATH, { hash: "1:00000000", day }]]) });
    const app = createFakeApp({ [PATH]: ACME, [`${DIR}/edits-a.json`]: rec("a", "2026-10-01"), [`${DIR}/edits-b.json`]: rec("b", "2026-10-20") });
    const s = await setup(app);
    await see(s);
    expect(s.bodies.activity(PATH)?.lastEdit).toBe("2026-10-20");
    expect(s.notes).toEqual([]);
  });

  it("ignores a conflicted copy with one notice and leaves it untouched", async () => {
    const copy = `${DIR}/edits-dev1 (conflicted copy).json`;
    const app = createFakeApp({ [PATH]: ACME, [copy]: "{broken" });
    const s = await setup(app);
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0]).toContain("edits-dev1 (conflicted copy).json");
    await see(s);
    expect(s.bodies.activity(PATH)?.lastEdit).toBeNull();
    expect(app.vault.adapter.hiddenContent(copy)).toBe("{broken");
  });

  it("never overwrites its own unparsable file", async () => {
    const own = `${DIR}/edits-dev1.json`;
    const app = createFakeApp({ [PATH]: ACME, [own]: "{broken" });
    const s = await setup(app);
    expect(s.notes).toHaveLength(1);
    expect(s.notes[0]).toContain("edits-dev1.json");
    await see(s);
    await s.app.vault.modify(file(s.app), ACME + "x\n");
    await see(s);
    await s.bodies.flush();
    expect(app.vault.adapter.hiddenContent(own)).toBe("{broken");
  });

  it("keeps the day across a rename", async () => {
    const s = await setup();
    await see(s);
    await s.app.vault.modify(file(s.app), ACME + "x\n");
    await see(s);
    const NEW = "Clients/Acme Corp.md";
    await s.app.vault.rename(file(s.app), NEW);
    s.bodies.rename(PATH, NEW);
    expect(s.bodies.activity(NEW)?.lastEdit).toBe("2026-11-01");
    expect(s.bodies.activity(PATH)).toBeUndefined();
    await see(s, NEW);
    expect(s.bodies.activity(NEW)?.lastEdit).toBe("2026-11-01");
    s.bodies.forget(NEW);
    expect(s.bodies.activity(NEW)).toBeUndefined();
  });

  it("coalesces: 5 see calls give 1 cachedRead", async () => {
    const s = await setup();
    const spy = vi.spyOn(s.app.vault, "cachedRead");
    for (let i = 0; i < 5; i++) s.bodies.see(file(s.app) as never);
    await s.bodies.idle();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("makes and keeps a device id when none is stored", async () => {
    const app = createFakeApp({ [PATH]: ACME });
    const bodies = new NoteBodies(app as never, { pluginDir: DIR, today: () => "2026-11-01", onChange: () => undefined, notify: () => undefined });
    await bodies.load();
    expect(bodies.deviceId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(app.loadLocalStorage("clientele-device")).toBe(bodies.deviceId());
  });
});
