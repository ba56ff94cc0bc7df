import { describe, expect, it } from "vitest";
import { existingPathFor, planNewClient } from "../../../src/core/create/new-client";
import { defaultSettings } from "../../../src/core/model/settings";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";
import { renderTemplate } from "../../../src/core/create/template";

const now = new Date(2026, 10, 21, 9, 5);
const templates = { client: "---\ntype: client\ncompany: {{company}}\n---\n", contract: "contract {{title}}\n", invoices: "invoices {{title}}\n" };
const input = (company: string) => ({ company, stage: "Discovery", engagement: "Retainer" });
const settings = { ...defaultSettings(), clientsFolder: "Clients" };
const bytes = (s: string) => new TextEncoder().encode(s).length;
const fileName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
/** Answers like the plugin's vault lookup: exact path, or the same path in another letter case. */
const lookup = (paths: string[]) => (p: string) => paths.some((x) => x.toLowerCase() === p.toLowerCase());

describe("planNewClient: the duplicate check", () => {
  it("finds Café.md for a name typed decomposed and in another case (a list of paths)", () => {
    const plan = planNewClient(input("CAFE\u0301"), templates, [], ["Clients/Other.md", "Clients/Café.md"], now, settings);
    expect(plan).toMatchObject({ ok: false, reason: "exists", existingPath: "Clients/Café.md" });
    if (!plan.ok) expect(plan.message).toBe('A note named "Café" already exists at Clients/Café.md.');
  });

  it("finds Café.md for a name typed decomposed and in another case (a lookup function)", () => {
    const plan = planNewClient(input("CAFE\u0301"), templates, [], lookup(["Clients/Café.md"]), now, settings);
    expect(plan).toMatchObject({ ok: false, reason: "exists" });
  });

  it("finds a note whose file name is stored decomposed (as some file systems do)", () => {
    expect(planNewClient(input("café"), templates, [], ["Clients/Cafe\u0301.md"], now, settings)).toMatchObject({ ok: false, existingPath: "Clients/Cafe\u0301.md" });
    expect(planNewClient(input("café"), templates, [], lookup(["Clients/Cafe\u0301.md"]), now, settings)).toMatchObject({ ok: false, reason: "exists" });
  });

  it("creates the note in NFC when the name is free, with the linked notes", () => {
    const plan = planNewClient(input("Cafe\u0301"), templates, [], ["Clients/Cafeteria.md"], now, settings);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.title).toBe("Caf\u00E9");
    expect(plan.note.path).toBe("Clients/Caf\u00E9.md");
    expect(plan.linked.map((n) => n.path)).toEqual(["Clients/legal/Caf\u00E9-contract.md", "Clients/billing/Caf\u00E9-invoices.md", "Clients/outcomes/Caf\u00E9-outcomes.md"]);
  });

  it("skips a linked note that exists in another case or normal form", () => {
    const plan = planNewClient(input("Café"), templates, [], ["Clients/legal/CAFE\u0301-CONTRACT.md"], now, settings);
    expect(plan.ok && plan.linked.map((n) => n.path)).toEqual(["Clients/billing/Café-invoices.md", "Clients/outcomes/Café-outcomes.md"]);
  });

  it("existingPathFor returns null when nothing matches", () => {
    expect(existingPathFor(["Clients/Acme.md"], "Clients/Acme Co.md")).toBeNull();
    expect(existingPathFor(() => false, "Clients/Acme.md")).toBeNull();
  });
});

describe("planNewClient: file names fit in 255 bytes", () => {
  it.each([
    ["CJK", "中".repeat(120)],
    ["emoji", "😀".repeat(120)],
    ["mixed", "a" + "😀".repeat(100)],
    ["accents", "é".repeat(120)],
  ])("the note and its linked notes stay within 255 UTF-8 bytes (%s)", (_name, company) => {
    const plan = planNewClient(input(company), templates, [], [], now, settings);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    for (const path of [plan.note.path, ...plan.linked.map((n) => n.path)]) {
      expect(bytes(fileName(path))).toBeLessThanOrEqual(255);
      expect(fileName(path)).not.toMatch(/[\uD800-\uDFFF]/u);
    }
    for (const [n, suffix] of [[plan.linked[0], "-contract.md"], [plan.linked[1], "-invoices.md"]] as const) {
      const name = fileName(n?.path ?? "");
      expect(name.endsWith(suffix)).toBe(true);
      expect(plan.title.startsWith(name.slice(0, -suffix.length))).toBe(true);
    }
  });
});

describe("planNewClient: the linked notes follow the clients folder", () => {
  const linksOf = (text: string) => [...text.matchAll(/\[\[([^\]|#]+)\]\]/g)].map((m) => m[1]);
  const builtin = { client: BUILTIN_TEMPLATES.client, contract: BUILTIN_TEMPLATES.contract, invoices: BUILTIN_TEMPLATES.invoices };

  it.each(["Clients", "CRM/Accounts", ""])("every link of the built-in client template is a note it creates (folder %j)", (clientsFolder) => {
    const plan = planNewClient(input("Acme Robotics"), builtin, [], [], now, { ...settings, clientsFolder, createLinkedNotes: true });
    if (!plan.ok) throw new Error(plan.message);
    const prefix = clientsFolder === "" ? "" : `${clientsFolder}/`;
    expect(plan.linked.map((n) => n.path)).toEqual([`${prefix}legal/Acme Robotics-contract.md`, `${prefix}billing/Acme Robotics-invoices.md`, `${prefix}outcomes/Acme Robotics-outcomes.md`]);
    const links = linksOf(plan.note.content);
    expect(links).toEqual(plan.linked.map((n) => n.path.slice(0, -".md".length)));
    expect(plan.note.content).not.toContain("{{");
    // The linked notes link back to the client by name.
    for (const n of plan.linked) expect(linksOf(n.content)).toContain("Acme Robotics");
  });

  it("the outcomes note comes from the built-in outcomes template when the setting is on and no template is given", () => {
    const on = planNewClient(input("Acme"), builtin, [], [], now, { ...settings, createLinkedNotes: true });
    expect(on.ok && on.linked[2]).toMatchObject({ path: "Clients/outcomes/Acme-outcomes.md" });
    expect(on.ok && on.linked[2]?.content).toContain('type: outcomes\nclient: "[[Acme]]"\nclient_id: CLI-00001\n');
    const own = planNewClient(input("Acme"), { ...builtin, outcomes: "outcomes of {{title}}\n" }, [], [], now, settings);
    expect(own.ok && own.linked.map((n) => [n.path, n.content])[2]).toEqual(["Clients/outcomes/Acme-outcomes.md", "outcomes of Acme\n"]);
    const none = planNewClient(input("Acme"), { ...builtin, outcomes: null }, [], [], now, { ...settings, createLinkedNotes: true });
    expect(none.ok && none.linked.map((n) => n.path)).toEqual(["Clients/legal/Acme-contract.md", "Clients/billing/Acme-invoices.md"]);
    const off = planNewClient(input("Acme"), { client: BUILTIN_TEMPLATES.client, contract: null, invoices: null }, [], [], now, { ...settings, createLinkedNotes: false });
    expect(off.ok && off.linked).toEqual([]);
  });

  it("links a name cut to fit by the cut name, and keeps a linked note that is already there", () => {
    const plan = planNewClient(input("😀".repeat(120)), builtin, [], [], now, { ...settings, createLinkedNotes: true });
    if (!plan.ok) throw new Error(plan.message);
    expect(linksOf(plan.note.content)).toEqual(plan.linked.map((n) => n.path.slice(0, -".md".length)));
    expect(linksOf(plan.note.content)[0]).not.toBe(`Clients/legal/${plan.title}-contract`);
    const existing = planNewClient(input("Acme"), builtin, [], ["Clients/outcomes/ACME-outcomes.md"], now, { ...settings, createLinkedNotes: true });
    expect(existing.ok && existing.linked.map((n) => n.path)).toEqual(["Clients/legal/Acme-contract.md", "Clients/billing/Acme-invoices.md"]);
    expect(existing.ok && linksOf(existing.note.content)).toContain("Clients/outcomes/Acme-outcomes");
  });

  it("the linked-note placeholders stay as written where no client is planned", () => {
    const vars = { company: "Acme", title: "Acme", client_id: "CLI-00001", stage: "", engagement: "", currency: "EUR" };
    expect(renderTemplate("See [[{{contract_note}}]] for {{title}}.\n", vars, now)).toBe("See [[{{contract_note}}]] for Acme.\n");
  });
});
