// @vitest-environment happy-dom
// Contract section 4, "Edits": a note's file time is not evidence of work. Through the plugin's
// own wiring (makeDeps: index, note bodies, body watch): touching every file changes no client's
// activity; an edit made while the plugin runs does, and the health history reaches the risk.
import { describe, expect, it } from "vitest";
import { TODAY } from "../helpers/builders";
import { startDeps, type Harness } from "../helpers/sample-plugin";

const ACME = "Clients/Acme.md";
const NOTE = "---\ntype: client\nstage: Active\nlast_contact: 2026-10-01\nhealth_profitability: 3\n---\n# Acme\n\n## Health history\n\n- 2026-09-01: P4 C4 S4 G4 = 75 (Good)\n";
const FILES = { [ACME]: NOTE, "Clients/Beta.md": "---\ntype: client\nstage: Active\nlast_review: 2026-11-01\n---\n# Beta\n" };

async function quiet(h: Harness): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await h.deps.bodies.idle();
    await h.settle();
  }
}

function activity(h: Harness): Record<string, unknown> {
  return Object.fromEntries(h.deps.index.clients(TODAY).map((c) => [c.client.path, [c.lastActivity, c.daysInactive, c.stale]]));
}

describe("the note bodies in the live index", () => {
  it("touching every file (new modification times, same content) changes no client's activity", async () => {
    const h = await startDeps(FILES);
    await quiet(h);
    const before = activity(h);
    expect(before[ACME]).toEqual(["2026-10-01", 51, true]);
    for (const file of h.app.vault.getMarkdownFiles()) await h.app.vault.modify(file, await h.app.vault.read(file), { mtime: Date.now() + 3_600_000 });
    await quiet(h);
    expect(activity(h)).toEqual(before);
  });

  it("an edit made while the plugin runs is the note's last edit: today", async () => {
    const h = await startDeps(FILES);
    await quiet(h);
    const file = h.app.vault.getFileByPath(ACME);
    if (!file) throw new Error("no Acme");
    await h.app.vault.modify(file, `${NOTE}\nMet the new CFO.\n`);
    await quiet(h);
    expect(h.deps.index.client(ACME, TODAY)).toMatchObject({ lastActivity: TODAY, daysInactive: 0, stale: false });
    expect(h.deps.index.client("Clients/Beta.md", TODAY)?.lastActivity).toBe("2026-11-01");
  });

  it("a new health check in the body reaches the trend and the risk", async () => {
    const h = await startDeps(FILES);
    await quiet(h);
    expect(h.deps.index.client(ACME, TODAY)?.trend).toBeNull();
    const file = h.app.vault.getFileByPath(ACME);
    if (!file) throw new Error("no Acme");
    await h.app.vault.modify(file, `${NOTE}- 2026-11-20: P3 C3 S3 G3 = 50 (At Risk)\n`);
    await quiet(h);
    const acme = h.deps.index.client(ACME, TODAY);
    // Churn: round(100 x 51 / 60) = 85, + 25 for the fall from 75 to 50 = 100; profitability 3 -> 50; risk 75.
    expect(acme?.trend).toBe(-25);
    expect(acme?.risk).toMatchObject({ score: 75, level: "High", parts: { payment: null, churn: 100, profitability: 50 } });
  });
});
