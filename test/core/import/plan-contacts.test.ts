// Contacts from a CSV file: the client column resolves to an existing client, the other columns fill
// the contact properties, and nothing is overwritten; each left-out row is reported with its reason.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";
import { parseCsv } from "../../../src/core/import/csv-parse";
import { planContactCsvImport, type ContactCsvOptions } from "../../../src/core/import/plan-contacts";
import { recordFolder } from "../../../src/core/model/record-settings";
import { defaultSettings } from "../../../src/core/model/settings";
import { expectLinear } from "../../helpers/linear";

const now = new Date(2026, 10, 21, 9, 5);
const settings = defaultSettings();
const yaml = (s: string): unknown => parse(s);
const CLIENTS = [
  { name: "Acme Robotics", path: "Clients/Acme Robotics.md", id: "CLI-00001" },
  { name: "Beta & Co", path: "Clients/Beta.md", id: "CLI-00002" },
];
const opts = (over: Partial<ContactCsvOptions> = {}): ContactCsvOptions => ({ settings, now, parse: yaml, existingPaths: [], template: BUILTIN_TEMPLATES.contact, existingClients: CLIENTS, ...over });
const props = (content: string) => yaml(content.split("---\n")[1] ?? "") as Record<string, unknown>;
const noteAt = (plan: { notes: { path: string; content: string }[] }, p: string) => plan.notes.find((n) => n.path === p)?.content ?? "";
const folder = recordFolder(settings, "contact");

describe("planContactCsvImport", () => {
  it("plans a contact per row, linked to the client named by name, note name, id or link", () => {
    const csv = [
      "Name,Client,Email,Phone,Role,Last contact,Notes",
      'Ann Lee,Acme Robotics,ann@acme.com,+1 555 0100,"champion, billing",2026-11-01,"Met at ""the"" fair, twice"',
      "Bo Chan,CLI-00002,bo@beta.com,,,,",
      "Cy Dee,[[Beta]],,,,,",
    ].join("\r\n");
    const plan = planContactCsvImport(parseCsv(csv), opts());
    expect(plan.problems).toEqual([]);
    const paths = plan.created.map((c) => c.path);
    expect(paths).toHaveLength(3);
    const ann = noteAt(plan, paths[0] ?? "");
    expect(props(ann)).toMatchObject({ type: "contact", client: "[[Acme Robotics]]", email: "ann@acme.com", phone: "+1 555 0100", role: ["champion", "billing"], last_contact: "2026-11-01" });
    expect(ann).toContain('- **Notes:** Met at "the" fair, twice');
    expect(props(noteAt(plan, paths[1] ?? "")).client).toBe("[[Beta]]");
    expect(props(noteAt(plan, paths[2] ?? "")).client).toBe("[[Beta]]");
  });

  it("reads a BOM and semicolons; a bad date and a bad email stay under Imported with a note", () => {
    const csv = "\uFEFFFull name;Client;Last contact;Email\nAnn Lee;acme robotics;31/12/2026;not-an-email\n";
    const plan = planContactCsvImport(parseCsv(csv), opts());
    expect(plan.created).toHaveLength(1);
    const ann = noteAt(plan, plan.created[0]?.path ?? "");
    expect(props(ann)).not.toHaveProperty("last_contact", "31/12/2026");
    expect(ann).toContain("- **Last contact:** 31/12/2026");
    expect(plan.problems.map((p) => [p.row, p.column, p.value, p.skipped])).toEqual([
      [1, "Last contact", "31/12/2026", false],
      [1, "Email", "not-an-email", false],
    ]);
  });

  it("never overwrites: a name taken in the vault or earlier in the file, and an unknown client, are skipped with the reason", () => {
    const csv = "Name,Client\nAnn Lee,Acme Robotics\nann lee,Beta & Co\nOld Friend,Acme Robotics\nZed,Nobody Inc\nNo Client,\n";
    const taken = `${folder}/Old Friend.md`;
    const plan = planContactCsvImport(parseCsv(csv), opts({ existingPaths: [taken] }));
    expect(plan.created.map((c) => c.row)).toEqual([1]);
    const skipped = plan.problems.filter((p) => p.skipped);
    expect(skipped.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(skipped[0]?.message).toMatch(/already exists/);
    expect(skipped[1]?.message).toMatch(/already exists/);
    expect(skipped[2]?.message).toBe('Row 4 (line 5), column "client": "Zed" names the client "Nobody Inc", and there is no client by that name or id; the row is left out.');
    expect(skipped[3]?.message).toBe('Row 5 (line 6): "No Client" names no client; the row is left out.');
  });

  it("needs a name column and a client column", () => {
    expect(planContactCsvImport(parseCsv("Email\nx@y.com\n"), opts()).problems.map((p) => p.message)).toEqual([
      "No column names the contact (Name or Full name); nothing is imported.",
      "No column names the client (Client); nothing is imported.",
    ]);
  });

  it("plans 1,000 rows, and the time grows linearly with the rows", () => {
    const csv = (n: number) => ["Name,Client,Email", ...Array.from({ length: n }, (_, i) => `Person ${i},Acme Robotics,p${i}@acme.com`)].join("\n");
    const plan = planContactCsvImport(parseCsv(csv(1000)), opts());
    expect(plan.created).toHaveLength(1000);
    expect(new Set(plan.created.map((c) => c.path)).size).toBe(1000);
    expectLinear("planContactCsvImport", csv, (text) => planContactCsvImport(parseCsv(text), opts()), 50);
  });
});
