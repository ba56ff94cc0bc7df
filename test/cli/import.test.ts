import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/import/csv-parse";
import { CLIENT_FIELDS } from "../../src/core/model/fields";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "./run-cli";

const TAKEN = "---\ntype: client\nclient_id: CLI-00004\ncompany: Taken\nstage: Active\n---\n# Taken\nmine\n";
const CSV = "Company,Stage,Value,Renewal,Owner\nAcme,Active,100,2027-01-01,Dana\nTaken,Active,5,,\nBeta,Proposal,lots,31/12/2027,\nacme,Active,,,\n";

function allFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else out.push(r);
    }
  };
  walk(root, "");
  return out.sort();
}

const read = (root: string, rel: string) => readFileSync(path.join(root, rel), "utf8");

describe("clientele import (CSV)", () => {
  it("--dry-run prints the plan and writes nothing", async () => {
    const v = tmpVault({ "Clients/Taken.md": TAKEN, "in.csv": CSV });
    const before = allFiles(v);
    const r = await cli(["import", v, path.join(v, "in.csv"), "--now", "2026-11-21", "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("dry run: nothing written");
    expect(r.out).toContain("Would create 2 clients");
    expect(r.out).toContain("CLI-00005 Clients/Acme.md  (line 2)");
    expect(r.out).toContain("CLI-00006 Clients/Beta.md  (line 4)");
    expect(r.out).toMatch(/Skipped 2 rows:\n {2}Row 2 \(line 3\): A note named "Taken" already exists at Clients\/Taken\.md\. The row is left out\.\n {2}Row 4 \(line 5\): .*left out/);
    expect(r.out).toContain('column "Value": "lots" is not a number');
    expect(allFiles(v)).toEqual(before);
  });

  it("a real run creates the planned notes, never overwrites, and --json lists them", async () => {
    const v = tmpVault({ "Clients/Taken.md": TAKEN, "in.csv": CSV });
    const dry = await cli(["import", v, path.join(v, "in.csv"), "--now", "2026-11-21", "--dry-run", "--json"]);
    const planned = JSON.parse(dry.out) as { notes: string[]; skipped: { row: number }[] };
    const r = await cli(["import", v, path.join(v, "in.csv"), "--now", "2026-11-21", "--json"]);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out) as { written: string[]; created: { path: string; id: string }[]; skipped: { row: number }[]; failed: unknown[] };
    expect(done.written).toEqual(planned.notes);
    expect(done.created.map((c) => [c.path, c.id])).toEqual([["Clients/Acme.md", "CLI-00005"], ["Clients/Beta.md", "CLI-00006"]]);
    expect(done.skipped.map((p) => p.row)).toEqual([2, 4]);
    expect(done.failed).toEqual([]);
    for (const p of planned.notes) expect(existsSync(path.join(v, p))).toBe(true);
    expect(read(v, "Clients/Taken.md")).toBe(TAKEN);
    const acme = read(v, "Clients/Acme.md");
    expect(acme).toContain("client_id: CLI-00005");
    expect(acme).toContain("value: 100");
    expect(acme).toContain("- **Owner:** Dana");
    // A second run finds every name taken: nothing is created, nothing changes.
    const again = await cli(["import", v, path.join(v, "in.csv"), "--now", "2026-11-21"]);
    expect(again.out).toContain("Created 0 clients");
    expect(read(v, "Clients/Acme.md")).toBe(acme);
  });

  it("--map chooses a column's property, keeps it under Imported or ignores it", async () => {
    const v = tmpVault({ "in.csv": "Firm,Stage,Owner,Secret\nAcme,Active,Dana,pw\n" });
    const r = await cli(["import", v, path.join(v, "in.csv"), "--now", "2026-11-21", "--map", "Firm=company,Stage=imported", "--map", "secret=ignore"]);
    expect(r.code).toBe(0);
    const acme = read(v, "Clients/Acme.md");
    expect(acme).toContain("- **Stage:** Active");
    expect(acme).toContain("- **Owner:** Dana");
    expect(acme).not.toContain("pw");
    expect(acme).toContain("stage: Discovery");
  });

  it("refuses bad --map, --kind and a missing file with exit 2, writing nothing", async () => {
    const v = tmpVault({ "in.csv": "Company\nAcme\n" });
    const cases = [
      [["--map", "Nope=company"], /does not have/],
      [["--map", "Company=colour"], /not a client property/],
      [["--kind", "contact", "--map", "Company=stage"], /"stage" is not a contact property/],
      [["--kind", "boss"], /--kind needs client or contact/],
    ] as const;
    for (const [extra, message] of cases) {
      const r = await cli(["import", v, path.join(v, "in.csv"), ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
    const vcard = tmpVault({ "in.vcf": "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n" });
    const asClient = await cli(["import", vcard, path.join(vcard, "in.vcf"), "--kind", "client"]);
    expect(asClient.code).toBe(2);
    expect(asClient.err).toMatch(/vCard/);
    const missing = await cli(["import", v, path.join(v, "none.csv")]);
    expect(missing.code).toBe(2);
    expect((await cli(["import", v])).code).toBe(2);
    expect((await cli(["review", v, "--dry-run"])).code).toBe(2);
    expect(existsSync(path.join(v, "Clients"))).toBe(false);
  });

  it("imports 1,000 rows with ids one after another", async () => {
    const lines = ["Company,Stage,Value"];
    for (let i = 0; i < 1000; i++) lines.push(`Client ${i},Active,${i}`);
    const settings = JSON.stringify({ createLinkedNotes: false });
    const v = tmpVault({ "Clients/Old.md": "---\ntype: client\nclient_id: CLI-00041\ncompany: Old\n---\n", "big.csv": lines.join("\n"), ".obsidian/plugins/clientele/data.json": settings });
    const started = performance.now();
    const r = await cli(["import", v, path.join(v, "big.csv"), "--now", "2026-11-21", "--json"]);
    const ms = performance.now() - started;
    const done = JSON.parse(r.out) as { created: { id: string }[]; skipped: unknown[] };
    expect(done.created).toHaveLength(1000);
    expect(done.skipped).toEqual([]);
    expect(done.created[0]?.id).toBe("CLI-00042");
    expect(done.created[999]?.id).toBe("CLI-01041");
    expect(read(v, "Clients/Client 999.md")).toContain("value: 999");
    const review = await cli(["review", v, "--json", "--now", "2026-11-21"]);
    expect((JSON.parse(review.out) as { clients: unknown[] }).clients).toHaveLength(1001);
    expect(readdirSync(path.join(v, "Clients"))).toHaveLength(1001);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});

describe("export --csv imports back", () => {
  it("gives the sample vault's clients the same properties in a fresh vault", async () => {
    const sample = path.join(__dirname, "..", "..", "vault-template");
    const from = mkdtempSync(path.join(tmpdir(), "clientele-from-"));
    cpSync(sample, from, { recursive: true });
    const exported = await cli(["export", from, "--csv", "--now", "2026-11-21"]);
    const to = mkdtempSync(path.join(tmpdir(), "clientele-to-"));
    cpSync(path.join(sample, ".obsidian"), path.join(to, ".obsidian"), { recursive: true });
    cpSync(path.join(sample, "Templates"), path.join(to, "Templates"), { recursive: true });
    writeFileSync(path.join(to, "export.csv"), exported.out);
    const r = await cli(["import", to, path.join(to, "export.csv"), "--now", "2026-11-21", "--json"]);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out) as { created: unknown[]; skipped: unknown[]; problems: unknown[] };
    expect(done.skipped).toEqual([]);
    expect(done.problems).toEqual([]);
    const again = await cli(["export", to, "--csv", "--now", "2026-11-21"]);
    const props = (csv: string) => {
      const t = parseCsv(csv);
      const keep = CLIENT_FIELDS.filter((f) => f.shows.includes("csv")).map((f) => t.header.indexOf(f.key));
      expect(keep.every((i) => i >= 0)).toBe(true);
      return t.rows.map((row) => keep.map((i) => row.cells[i])).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    };
    const before = props(exported.out);
    expect(before.length).toBeGreaterThan(10);
    expect(done.created).toHaveLength(before.length);
    expect(props(again.out)).toEqual(before);
    // The computed columns of the export are left out, not kept under Imported.
    const anyNote = readdirSync(path.join(to, "Clients")).find((n) => n.endsWith(".md")) ?? "";
    expect(read(to, `Clients/${anyNote}`)).not.toContain("health_score");
  });
});

describe("clientele import (vCard)", () => {
  it("creates a contact note linked to the client of each card's ORG and reports the others", async () => {
    const acme = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\n---\n";
    const vcf = ["BEGIN:VCARD", "VERSION:4.0", "FN:Ada Lovelace", "ORG:Acme Robotics", "EMAIL:ada@acme.com", "END:VCARD", "BEGIN:VCARD", "VERSION:4.0", "FN:Nobody", "ORG:Unknown Inc", "END:VCARD"].join("\r\n");
    const v = tmpVault({ "Clients/Acme Robotics.md": acme, "people.vcf": vcf });
    const r = await cli(["import", v, path.join(v, "people.vcf"), "--now", "2026-11-21", "--json"]);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out) as { kind: string; written: string[]; skipped: { value: string }[] };
    expect(done.kind).toBe("contact");
    expect(done.written).toHaveLength(1);
    expect(done.skipped.map((p) => p.value)).toEqual(["Unknown Inc"]);
    const note = read(v, done.written[0] ?? "");
    expect(note).toContain('client: "[[Acme Robotics]]"');
    expect(note).toContain('email: "ada@acme.com"');
    expect(read(v, "Clients/Acme Robotics.md")).toBe(acme);
  });
});

describe("clientele import --kind contact (CSV)", () => {
  it("creates a contact note per row linked to the client its client column names, never overwriting, and reports the others", async () => {
    const acme = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\n---\n";
    const csv = '\uFEFFName;Client;Email;Last contact\r\n"Lovelace; Ada";CLI-00001;ada@acme.com;2026-11-01\r\nBob;Unknown Inc;;\r\nEve;Acme Robotics;;31/11/2026\r\n';
    const v = tmpVault({ "Clients/Acme Robotics.md": acme, "people.csv": csv });
    const dry = await cli(["import", v, path.join(v, "people.csv"), "--kind", "contact", "--now", "2026-11-21", "--json", "--dry-run"]);
    const planned = JSON.parse(dry.out) as { notes: string[] };
    const r = await cli(["import", v, path.join(v, "people.csv"), "--kind", "contact", "--now", "2026-11-21", "--json"]);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out) as { kind: string; written: string[]; skipped: { value: string; message: string }[]; problems: { value: string }[] };
    expect(done.kind).toBe("contact");
    expect(done.written).toEqual(planned.notes);
    expect(done.written).toHaveLength(2);
    expect(done.skipped.map((p) => p.value)).toEqual(["Unknown Inc"]);
    expect(done.problems.map((p) => p.value)).toEqual(["31/11/2026"]);
    const ada = read(v, done.written[0] ?? "");
    expect(ada).toContain('client: "[[Acme Robotics]]"');
    expect(ada).toContain("last_contact: 2026-11-01");
    const again = await cli(["import", v, path.join(v, "people.csv"), "--kind", "contact", "--now", "2026-11-21", "--json"]);
    expect((JSON.parse(again.out) as { written: string[] }).written).toEqual([]);
    expect(read(v, done.written[0] ?? "")).toBe(ada);
  });
});
