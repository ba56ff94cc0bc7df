import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";
import { parseCsv } from "../../../src/core/import/csv-parse";
import { planClientImport, planContactImport, type ClientImportOptions, type ContactImportOptions } from "../../../src/core/import/plan-import";
import { parseVCards } from "../../../src/core/import/vcard";
import { defaultSettings } from "../../../src/core/model/settings";
import { verifyApproved } from "../../helpers/approve";

const now = new Date(2026, 10, 21, 9, 5);
const settings = { ...defaultSettings(), clientsFolder: "Clients" };
const yaml = (s: string): unknown => parse(s);
const templates = { client: BUILTIN_TEMPLATES.client, contract: BUILTIN_TEMPLATES.contract, invoices: BUILTIN_TEMPLATES.invoices };
const opts = (over: Partial<ClientImportOptions> = {}): ClientImportOptions => ({ settings, now, parse: yaml, existingPaths: [], templates, existingIds: [], ...over });
const noteAt = (plan: { notes: { path: string; content: string }[] }, p: string) => plan.notes.find((n) => n.path === p)?.content ?? "";

const CSV = [
  "Company,Stage,Value,Renewal,Owner,Tags",
  "Acme Robotics,Active,1200,2027-03-01,Dana,vip",
  "Beta Ltd,Proposal,lots,31/12/2027,Eve,",
  "Gamma,Discovery,,,,",
].join("\n");

describe("planClientImport", () => {
  it("plans a client note per row, like New client, with unknown columns under Imported", () => {
    const plan = planClientImport(parseCsv(CSV), opts({ existingIds: ["CLI-00007"] }));
    expect(plan.created.map((c) => [c.path, c.id])).toEqual([
      ["Clients/Acme Robotics.md", "CLI-00008"],
      ["Clients/Beta Ltd.md", "CLI-00009"],
      ["Clients/Gamma.md", "CLI-00010"],
    ]);
    expect(plan.highestClientId).toBe(10);
    verifyApproved(__dirname, "acme-robotics", noteAt(plan, "Clients/Acme Robotics.md"));
    const acme = noteAt(plan, "Clients/Acme Robotics.md");
    expect(yaml(acme.split("---\n")[1] ?? "")).toMatchObject({ client_id: "CLI-00008", company: "Acme Robotics", stage: "Active", value: 1200, renewal: "2027-03-01", tags: ["vip"] });
    expect(noteAt(plan, "Clients/Gamma.md")).not.toContain("## Imported");
  });

  it("reports bad number and date cells by row, column and value and keeps them under Imported", () => {
    const plan = planClientImport(parseCsv(CSV), opts());
    const beta = noteAt(plan, "Clients/Beta Ltd.md");
    expect(beta).toContain("## Imported\n\n- **Value:** lots\n- **Renewal:** 31/12/2027\n- **Owner:** Eve\n");
    const bad = plan.problems.filter((p) => p.row === 2);
    expect(bad.map((p) => [p.line, p.column, p.value, p.skipped])).toEqual([
      [3, "Value", "lots", false],
      [3, "Renewal", "31/12/2027", false],
    ]);
    for (const p of bad) expect(p.message).toMatch(/^Row 2 \(line 3\), column "(Value|Renewal)": "(lots|31\/12\/2027)" is not/);
  });

  it("skips a duplicate name in the file and an existing path, with a problem", () => {
    const csv = parseCsv("Company\nAcme\nacme\nTaken\nNew\n");
    const plan = planClientImport(csv, opts({ existingPaths: ["Clients/Taken.md"] }));
    expect(plan.created.map((c) => c.path)).toEqual(["Clients/Acme.md", "Clients/New.md"]);
    expect(plan.created.map((c) => c.id)).toEqual(["CLI-00001", "CLI-00002"]);
    const skipped = plan.problems.filter((p) => p.skipped);
    expect(skipped.map((p) => [p.row, p.value])).toEqual([[2, "acme"], [3, "Taken"]]);
  });

  it("continues client ids after the highest existing one, and keeps a free id from the file", () => {
    const plan = planClientImport(parseCsv("Company,Client id\nA,\nB,CLI-00050\nC,CLI-00003\n"), opts({ existingIds: ["CLI-00003", "CLI-00012", "junk"] }));
    expect(plan.created.map((c) => c.id)).toEqual(["CLI-00051", "CLI-00050", "CLI-00052"]);
    expect(plan.highestClientId).toBe(52);
    expect(plan.problems.map((p) => [p.row, p.column, p.value])).toEqual([[3, "Client id", "CLI-00003"]]);
  });
});

const DANGER = ["<% tp.file.title %>", "`= this.file.name`", "`$= dv.pages()`", "![[secret]]", "<img src=x onerror=alert(1)>", "[[Other]]", "key:: value"];
const LIVE = ["<%", "`=", "`$=", "![[", "<img", "[[Other]]", "key::"];

describe("imported text stays inert", () => {
  it("no cell turns live in the note, as an unknown column or as the company", () => {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = DANGER.map((d, i) => [q(`Co ${i}`), q(d), q(d)].join(","));
    const withName = DANGER.map((d, i) => [q(`${d} ${i}`), "", ""].join(","));
    const csv = parseCsv(["Company,Notes,Positioning", ...rows, ...withName].join("\n"));
    const plan = planClientImport(csv, opts());
    expect(plan.created).toHaveLength(DANGER.length * 2);
    for (const note of plan.notes) {
      const body = note.content.replace(/\[\[Clients\/[^\]]*\]\]|\[\[[^\]]*-(contract|invoices|outcomes)\]\]/g, "");
      // A text property may hold `key:: value` as a quoted YAML string (not live there); the body may not.
      const text = body.slice(body.indexOf("\n---\n") + 5);
      for (const live of LIVE) expect(live === "key::" ? text : body, `${note.path} holds ${live}`).not.toContain(live);
      expect(note.path).not.toMatch(/[<>[\]`]/);
    }
    const named = plan.problems.filter((p) => p.column === "Company");
    expect(named.length).toBeGreaterThan(0);
  });
});

describe("planContactImport", () => {
  const vcf = [
    "BEGIN:VCARD", "VERSION:4.0", "FN:Ada Lovelace", "ORG:acme robotics", "EMAIL:ada@acme.com", "EMAIL:ada2@acme.com", "TITLE:CTO", "END:VCARD",
    "BEGIN:VCARD", "VERSION:4.0", "FN:Nobody", "ORG:Unknown Inc", "END:VCARD",
  ].join("\n");
  const copts = (): ContactImportOptions => ({ settings, now, parse: yaml, existingPaths: [], template: BUILTIN_TEMPLATES.contact, existingClients: [{ name: "Acme Robotics", path: "Clients/Acme Robotics.md", id: "CLI-00001" }] });

  it("links a contact to the client of its ORG and keeps extra emails under Imported", () => {
    const plan = planContactImport(parseVCards(vcf).contacts, copts());
    expect(plan.created).toHaveLength(1);
    const note = plan.notes[0]?.content ?? "";
    expect(note).toContain('client: "[[Acme Robotics]]"');
    expect(note).toContain('email: "ada@acme.com"');
    expect(note).toContain("## Imported\n\n- **Email:** ada2@acme.com\n- **Title:** CTO\n");
    const skip = plan.problems.filter((p) => p.skipped);
    expect(skip).toHaveLength(1);
    expect(skip[0]).toMatchObject({ row: 2, column: "ORG", value: "Unknown Inc" });
  });
});

