// @vitest-environment happy-dom
// setRecordDay: an invoice paid or a feedback answered, written only while the note is still that
// kind of record and the key is empty; otherwise nothing is written and a Notice names note and key.
import { describe, expect, it } from "vitest";
import { notices, readFile } from "../fake/obsidian";
import { startDeps } from "../helpers/sample-plugin";
import { undoLastChange } from "../../src/obsidian/bulk-writes";
import { setRecordDay } from "../../src/obsidian/writes";

const FILES: Record<string, string> = {
  "Clients/Acme.md": "---\ntype: client\ncompany: Acme\nstage: Active\n---\n",
  "Billing/INV-1.md": '---\ntype: invoice\nclient: "[[Acme]]"\namount: 100 # euros\ndue: 2026-11-10\n---\nNotes.\n',
  "Billing/INV-2.md": '---\ntype: invoice\nclient: "[[Acme]]"\ndue: 2026-11-10\npaid: 2026-11-15\n---\n',
  "Billing/INV-3.md": '---\ntype: invoice\nclient: "[[Acme]]"\ndue: 2026-11-10\npaid:\n---\n',
  "Support/FB-1.md": '---\ntype: feedback\nclient: "[[Acme]]"\nopened: 2026-11-20\n---\n',
};

async function start() {
  const h = await startDeps(FILES);
  await h.settle();
  return h;
}

describe("setRecordDay", () => {
  it("adds paid: day to an invoice, nothing else, as one undoable change", async () => {
    const h = await start();
    expect(await setRecordDay(h.deps, "Billing/INV-1.md", "paid", "2026-11-21", "Mark INV-1 paid")).toBe(true);
    expect(readFile(h.fake, "Billing/INV-1.md")).toBe('---\ntype: invoice\nclient: "[[Acme]]"\namount: 100 # euros\ndue: 2026-11-10\npaid: 2026-11-21\n---\nNotes.\n');
    await undoLastChange(h.deps);
    expect(readFile(h.fake, "Billing/INV-1.md")).toBe(FILES["Billing/INV-1.md"]);
    expect(notices().at(-1)).toMatch(/Mark INV-1 paid/);
  });

  it("fills an empty key in place", async () => {
    const h = await start();
    expect(await setRecordDay(h.deps, "Billing/INV-3.md", "paid", "2026-11-21", "Mark INV-3 paid")).toBe(true);
    expect(readFile(h.fake, "Billing/INV-3.md")).toBe('---\ntype: invoice\nclient: "[[Acme]]"\ndue: 2026-11-10\npaid: 2026-11-21\n---\n');
  });

  it("writes nothing to an invoice already paid, and says so naming note and key", async () => {
    const h = await start();
    expect(await setRecordDay(h.deps, "Billing/INV-2.md", "paid", "2026-11-21", "Mark INV-2 paid")).toBe(false);
    expect(readFile(h.fake, "Billing/INV-2.md")).toBe(FILES["Billing/INV-2.md"]);
    expect(notices().at(-1)).toBe('Clientele: "Billing/INV-2.md" already has paid set; paid was not written.');
  });

  it("writes nothing to a note that is not that kind of record", async () => {
    const h = await start();
    expect(await setRecordDay(h.deps, "Support/FB-1.md", "paid", "2026-11-21", "x")).toBe(false);
    expect(notices().at(-1)).toBe('Clientele: "Support/FB-1.md" is no longer an invoice note; paid was not written.');
    expect(await setRecordDay(h.deps, "Clients/Acme.md", "first_response", "2026-11-21", "x")).toBe(false);
    expect(notices().at(-1)).toBe('Clientele: "Clients/Acme.md" is no longer a feedback note; first_response was not written.');
    for (const [p, text] of Object.entries(FILES)) expect(readFile(h.fake, p)).toBe(text);
  });

  it("sets first_response on a feedback; a missing note is named", async () => {
    const h = await start();
    expect(await setRecordDay(h.deps, "Support/FB-1.md", "first_response", "2026-11-21", "Mark FB-1 answered")).toBe(true);
    expect(readFile(h.fake, "Support/FB-1.md")).toBe('---\ntype: feedback\nclient: "[[Acme]]"\nopened: 2026-11-20\nfirst_response: 2026-11-21\n---\n');
    expect(await setRecordDay(h.deps, "Support/Gone.md", "first_response", "2026-11-21", "x")).toBe(false);
    expect(notices().at(-1)).toBe('Clientele: "Support/Gone.md" no longer exists; first_response was not set.');
  });
});
