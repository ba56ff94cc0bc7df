import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import { findFrontmatter } from "../../../src/core/note/frontmatter-block";
import { renderTemplate, templateVars, yamlScalar, type TemplateVars } from "../../../src/core/create/template";

const now = new Date(2026, 10, 21, 9, 5);
const vars: TemplateVars = { company: "Acme Robotics", title: "Acme Robotics", client_id: "CLI-00042", stage: "Discovery", engagement: "Retainer", currency: "EUR" };

const BUILT_IN = [
  "---",
  "type: client",
  "client_id: {{client_id}}",
  "company: {{company}}",
  "stage: {{stage}}",
  "last_contact: {{date}}",
  "---",
  "# {{company}}",
  "",
].join("\n");

/** The rendered note's frontmatter, parsed by the `yaml` package (throws on broken YAML). */
function frontmatterOf(note: string): Record<string, unknown> {
  const fm = findFrontmatter(note);
  expect(fm.exists).toBe(true);
  return parse(fm.yaml, { strict: true, uniqueKeys: true }) as Record<string, unknown>;
}

const withCompany = (company: string): TemplateVars => ({ ...vars, company, title: company });

describe("renderTemplate: placeholders", () => {
  it("fills every placeholder in the body, raw", () => {
    const out = renderTemplate("{{company}}|{{title}}|{{client_id}}|{{stage}}|{{engagement}}|{{currency}}|{{date}}|{{time}}", withCompany('Acme: "Labs" #1'), now);
    expect(out).toBe('Acme: "Labs" #1|Acme: "Labs" #1|CLI-00042|Discovery|Retainer|EUR|2026-11-21|09:05');
  });

  it("tolerates spaces inside the braces", () => {
    expect(renderTemplate("{{ company }} {{company  }} {{\tstage}} {{ date:yyyy }}", vars, now)).toBe("Acme Robotics Acme Robotics Discovery 2026");
  });

  it("formats dates with date-fns tokens", () => {
    expect(renderTemplate("{{date:yyyy-MM-dd}} {{date:RRRR-'W'II}} {{date:dd.MM.yyyy HH:mm}} {{time:HH:mm:ss}} {{date:EEEE}} {{date:'Day' d 'YD'}}", vars, now))
      .toBe("2026-11-21 2026-W47 21.11.2026 09:05 09:05:00 Saturday Day 21 YD");
  });

  it("leaves invalid formats and unknown placeholders as written", () => {
    const text = "{{date:YYYY-MM-DD}} {{date:YYY}} {{date:DDD}} {{date:foo}} {{date:}} {{unknown}} {{Company}} {{company:upper}} <% tp.file.title %> {{date:yyyy";
    expect(renderTemplate(text, vars, now)).toBe(text);
  });

  it("leaves a placeholder as written when `now` is an invalid date", () => {
    expect(renderTemplate("{{date}} {{company}}", vars, new Date(NaN))).toBe("{{date}} Acme Robotics");
  });

  it("keeps every other byte: BOM, CRLF, no trailing newline", () => {
    const template = "\uFEFF---\r\ncompany: {{company}}\r\n---\r\n# {{company}}\r\nText";
    expect(renderTemplate(template, vars, now)).toBe("\uFEFF---\r\ncompany: Acme Robotics\r\n---\r\n# Acme Robotics\r\nText");
  });

  it("renders the built-in template", () => {
    const out = renderTemplate(BUILT_IN, vars, now);
    expect(out).toBe("---\ntype: client\nclient_id: CLI-00042\ncompany: Acme Robotics\nstage: Discovery\nlast_contact: 2026-11-21\n---\n# Acme Robotics\n");
  });
});

describe("renderTemplate: YAML quoting", () => {
  it("quotes a company that would break the YAML", () => {
    const out = renderTemplate(BUILT_IN, withCompany('Acme: "Labs" #1'), now);
    expect(out).toContain('company: "Acme: \\"Labs\\" #1"\n');
    expect(out).toContain('# Acme: "Labs" #1\n');
    expect(frontmatterOf(out)).toEqual({ type: "client", client_id: "CLI-00042", company: 'Acme: "Labs" #1', stage: "Discovery", last_contact: "2026-11-21" });
  });

  it("quotes values YAML would read as something else than text", () => {
    for (const company of ["true", "No", "null", "~", "01234", "1e3", "0x1F", "2026-11-21", "12:30", "", " padded ", "-x", "[a]", "{a}", "*x", "&x", "!x", "|", ">", "%x", "@x", "`x`", "? x", "a #b", "'q'"]) {
      const out = renderTemplate(BUILT_IN, withCompany(company), now);
      expect(out).not.toContain(`company: ${company}\n`);
      expect(frontmatterOf(out).company).toBe(company);
    }
  });

  it("leaves safe values plain, and dates as dates", () => {
    for (const company of ["Acme", "3M", "Société Générale", "A.B-C_D", "7-Eleven"]) {
      expect(renderTemplate(BUILT_IN, withCompany(company), now)).toContain(`company: ${company}\n`);
    }
    expect(yamlScalar("2026-11-21", true)).toBe("2026-11-21");
    expect(yamlScalar("2026-11-21")).toBe('"2026-11-21"');
  });

  it("escapes inside double quotes and doubles single quotes", () => {
    const template = "---\na: \"Client {{company}}\"\nb: 'Client {{company}}'\nc: \"[[{{title}}-contract]]\"\n---\n";
    const company = `O'Brien "Labs" \\ C:`;
    const out = renderTemplate(template, { ...vars, company, title: "O'Brien Labs C" }, now);
    expect(out).toContain(`b: 'Client O''Brien "Labs" \\ C:'`);
    expect(frontmatterOf(out)).toEqual({ a: `Client ${company}`, b: `Client ${company}`, c: "[[O'Brien Labs C-contract]]" });
  });

  it("rewrites a single-quoted value double-quoted when it must hold a line break", () => {
    const out = renderTemplate("---\nb: 'It''s {{company}}'\n---\n", withCompany("two\nlines"), now);
    expect(frontmatterOf(out)).toEqual({ b: "It's two\nlines" });
  });

  it("quotes a placeholder sitting inside a longer plain value", () => {
    const out = renderTemplate("---\nnote: Client {{company}} since {{date}}\nsafe: Client {{stage}}\n---\n", withCompany("A: #b"), now);
    expect(out).toContain("safe: Client Discovery\n");
    expect(frontmatterOf(out)).toEqual({ note: "Client A: #b since 2026-11-21", safe: "Client Discovery" });
  });

  it("handles list items, flow lists, keys, comments and block scalars", () => {
    const template = [
      "---",
      "aliases:",
      "  - {{company}}",
      "  - Client {{company}}",
      "tags: [client, {{stage}}, \"{{company}}\"]",
      "{{company}}: key  # {{company}}",
      "notes: |",
      "  About {{company}}",
      "  end",
      "folded: >-",
      "  {{company}}",
      "multi: first {{company}}",
      "  second line",
      "stage: {{stage}}",
      "---",
      "",
    ].join("\n");
    const company = "Acme: x\n#y, [z]";
    const out = renderTemplate(template, withCompany(company), now);
    expect(frontmatterOf(out)).toEqual({
      aliases: [company, `Client ${company}`],
      tags: ["client", "Discovery", company],
      [company]: "key",
      notes: "About Acme: x\n#y, [z]\nend\n",
      // A folded scalar folds a value's line break into a space, as YAML says.
      folded: "Acme: x #y, [z]",
      multi: `first ${company} second line`,
      stage: "Discovery",
    });
  });

  it("keeps a plain value that goes on after a blank line one value", () => {
    const out = renderTemplate("---\na: {{company}}\n\n  more\nb: x\n---\n", withCompany("A: #b"), now);
    expect(frontmatterOf(out)).toEqual({ a: "A: #b\nmore", b: "x" });
  });

  it("leaves YAML it cannot place alone (unknown placeholders, Templater)", () => {
    const template = "---\na: {{unknown}}\nb: <% tp.date.now() %>\n---\n";
    expect(renderTemplate(template, vars, now)).toBe(template);
  });

  it("reads back any company exactly, with id and stage intact", () => {
    const tricky = fc.constantFrom(":", '"', "#", "'", "\n", "\r\n", "\r", "---", "-", "?", "&", "*", "!", "|", ">", "%", "@", "`", " ", "\t",
      "\\", "{", "}", "[", "]", ",", "\u0000", "\u0085", "\u2028", "\uFEFF", "\u007F", "true", "1", "e3", "😀", "\uD800", "a", "Z");
    const company = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(tricky, { maxLength: 12 }).map((a) => a.join("")));
    fc.assert(fc.property(company, (c) => {
      const out = renderTemplate(BUILT_IN, templateVars({ company: c, client_id: "CLI-00042", stage: "Discovery", engagement: "Retainer", currency: "EUR" }), now);
      const fm = frontmatterOf(out);
      expect(fm.company).toBe(c);
      expect(fm.client_id).toBe("CLI-00042");
      expect(fm.stage).toBe("Discovery");
      expect(fm.type).toBe("client");
      expect(Object.keys(fm)).toEqual(["type", "client_id", "company", "stage", "last_contact"]);
      expect(out.endsWith(`---\n# ${c}\n`)).toBe(true);
    }), { numRuns: 1000 });
  }, 30_000);
});

describe("renderTemplate: YAML quoting in every context", () => {
  const RICH = [
    "---",
    "plain: {{company}}",
    "embedded: Client {{company}} (since {{date}})",
    "dq: \"Client {{company}}\"",
    "sq: 'Client {{company}}'",
    "link: \"[[{{title}}-contract]]\"",
    "k {{company}}: key",
    "items:",
    "  - {{company}}",
    "  - x{{company}}",
    "flow: [client, {{company}}, x{{company}}, \"{{company}}\"]",
    "map: {name: {{company}}, id: {{client_id}}}",
    "stage: {{stage}} # about {{company}}",
    "# {{company}}",
    "literal: |",
    "  About {{company}} end",
    "  last",
    "lead: |",
    "  {{company}}",
    "  tail",
    "folded: >",
    "  About {{company}}",
    "multi: first {{company}}",
    "  second line",
    "multi2: first",
    "  {{company}} tail",
    "mdq: \"a {{company}}",
    "  b\"",
    "mdq2: \"a",
    "  {{company}} b\"",
    "msq2: 'a",
    "  {{company}} b'",
    "msq: 'a {{company}}",
    "  b'",
    "client_id: {{client_id}}",
    "---",
    "Body {{company}}",
  ].join("\r\n");

  /** What a literal block scalar can hold: its own line breaks, no control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this checks
  const inBlock = (v: string) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, " ").replace(/\r\n|\r/g, "\n");

  it("parses and reads back every value for any company", () => {
    const tricky = fc.constantFrom(":", '"', "#", "'", "''", "\n", "\r\n", "\r", "---", "- ", "? ", "&", "*", "!", "|", ">", "%", "@", "`", " ", "  ", "\t",
      "\\", "{", "}", "[", "]", ",", "\u0000", "\u0085", "\u2028", "\uFEFF", "true", "1", "😀", "\uD800", "a", "{{x}}", "{{date}}");
    const company = fc.oneof(fc.string({ unit: "binary" }), fc.array(tricky, { maxLength: 10 }).map((a) => a.join("")));
    fc.assert(fc.property(company, (c) => {
      const v = templateVars({ company: c, client_id: "CLI-00042", stage: "Active", engagement: "", currency: "USD" });
      const out = renderTemplate(RICH, v, now);
      const fm = frontmatterOf(out);
      expect(fm.plain).toBe(c);
      expect(fm.embedded).toBe(`Client ${c} (since 2026-11-21)`);
      expect(fm.dq).toBe(`Client ${c}`);
      expect(fm.sq).toBe(`Client ${c}`);
      expect(fm.link).toBe(`[[${v.title}-contract]]`);
      expect(fm[`k ${c}`]).toBe("key");
      expect(fm.items).toEqual([c, `x${c}`]);
      expect(fm.flow).toEqual(["client", c, `x${c}`, c]);
      expect(fm.map).toEqual({ name: c, id: "CLI-00042" });
      expect(fm.stage).toBe("Active");
      expect(fm.literal).toBe(`About ${inBlock(c)} end\nlast\n`);
      expect(fm.lead).toBe(`${inBlock(c)}\ntail\n`);
      expect(typeof fm.folded).toBe("string");
      // Folding drops the template's own space before the line break when the value is empty.
      expect(fm.multi).toBe(c === "" ? "first second line" : `first ${c} second line`);
      expect(fm.multi2).toBe(c === "" ? "first tail" : `first ${c} tail`);
      expect(fm.mdq).toBe(c === "" ? "a b" : `a ${c} b`);
      expect(fm.mdq2).toBe(c === "" ? "a b" : `a ${c} b`);
      expect(fm.msq2).toBe(c === "" ? "a b" : `a ${c} b`);
      expect(fm.msq).toBe(c === "" ? "a b" : `a ${c} b`);
      expect(fm.client_id).toBe("CLI-00042");
      expect(out.endsWith(`---\r\nBody ${c}`)).toBe(true);
    }), { numRuns: 1000 });
  }, 30_000);
});

describe("templateVars", () => {
  it("derives the title from the company as a safe note name", () => {
    expect(templateVars({ company: 'Acme: "Labs" #1', client_id: "CLI-00001", stage: "Discovery", engagement: "", currency: "USD" }).title).toBe("Acme Labs 1");
  });
});
