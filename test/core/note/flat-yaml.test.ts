// The flat-frontmatter fast path against the CLI's `yaml` parse: for every block, generated
// simple or hostile, it gives either null (the CLI then parses with `yaml`) or exactly what
// `yaml` gives, and the whole frontmatter reader answers the same either way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cliYamlParse, parseFrontmatterYaml } from "../../../src/cli/vault";
import { parseFlatYaml } from "../../../src/core/note/flat-yaml";
import { readProperties } from "../../../src/core/note/properties";
import { expectLinear } from "../../helpers/linear";

const RUNS = 1500;

/** What the CLI's `yaml` call gives, or the error it throws, as a value to compare. */
function yamlResult(block: string): unknown {
  try {
    return { value: cliYamlParse(block) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The fast path's answer must be null or yaml's value; yaml must not throw on what it reads. */
function expectAgrees(block: string): void {
  const fast = parseFlatYaml(block);
  if (fast !== null) expect({ value: fast }, JSON.stringify(block)).toStrictEqual(yamlResult(block));
  const viaFast = readProperties(block, (y) => parseFlatYaml(y) ?? cliYamlParse(y));
  expect(viaFast, JSON.stringify(block)).toStrictEqual(readProperties(block, cliYamlParse));
}

const TRICKY = [
  "01234", "0", "-0", "+12", "12", "-7", "3.5", "1.50", ".5", "5.", "-.5", "1e3", "1E-3", "+1.2e+3", "0x1F", "0o17", "0b101", ".inf", "-.Inf", ".nan", "1_000",
  "NO", "no", "yes", "Yes", "on", "OFF", "y", "n", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "null", "Null", "NULL", "nULL", "~", "",
  "2026-10-01", "2026-10-01T10:00:00Z", "2026-10-01 10:00", "10:30", "1:20:30", "12:00:00", "'q'", "\"dq\"", "'it''s'", "\"a\\\"b\"", "\"tab\\tx\"", "'a\"b'", "\"a'b\"",
  "[[Link]]", "\"[[Link]]\"", "[a, b]", "[a,b]", "[]", "[ ]", "[a, [b]]", "[a, b,]", "[a,,b]", "[a: b]", "[\"x\", 'y', 3]", "[1, true, null, ~]", "{a: 1}", "{}",
  "a: b", "a:b", "http://x.org/a?b=c", "a, b", "a,b", "it's", "say \"hi\"", "-", "--", "---", "...", "-5x", "- a", "? x", "?x", ":x", "x:", "&a x", "*a", "!!str 1",
  "!x y", "|", ">-", "%x", "@x", "`x`", "a # c", "a#b", "#c", "<<", "=", "\\", "a\\b", "ünï", "日本", "😀", "a  b", "a ", " a", "[a] b", "'a' b", "\"a\" b", "x]",
  "a[b]", "{x", "}", "Acme, Inc.", "CLI-00042", "EUR", "Send the proposal", "null value", "true story",
];
const KEYS = ["type", "stage", "client_id", "health_growth", "next-action", "a", "_x", "Tags", "true", "null", "1", "-x", "a b", "\"q\"", "'s'", "__proto__", "x.y", "k"];

const scalar = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.stringMatching(/^[a-z0-9 :,'"[\]\-.]{0,10}$/));
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/));
const spaces = fc.constantFrom("", " ", "  ", "\t");

/** One line or a few of a block, simple or hostile. */
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, scalar, spaces).map(([k, v, t]) => `${k}: ${v}${t}`) },
  { weight: 2, arbitrary: fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, vs]) => `${k}: [${vs.join(", ")}]`) },
  { weight: 2, arbitrary: fc.tuple(key, fc.constantFrom("", "  ", " "), fc.array(scalar, { maxLength: 3 }), spaces).map(([k, ind, vs, t]) => [`${k}:${t}`, ...vs.map((v) => `${ind}- ${v}`)].join("\n")) },
  { weight: 1, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}:${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, scalar, scalar).map(([k, a, b]) => `${k}: ${a}\n  ${b}`) },
  { weight: 1, arbitrary: fc.tuple(key, key, scalar).map(([k, j, v]) => `${k}:\n  ${j}: ${v}`) },
  { weight: 1, arbitrary: fc.constantFrom("# comment", "", "   ", "---", "...", "? x", ": y", "- loose", "  odd: indent", "\tk: v", "k: |\n  text", "k: >-\n  folded", "k: &a v\nj: *a", "k: !!str 1", "k: \"multi\n  line\"", "k: 'multi\n  line'", "%YAML 1.2", "k: v # c", "k: v\r", "k: v\u2028w", "k: v\u0085") },
);

const block = fc.tuple(fc.array(entry, { maxLength: 8 }), fc.boolean()).map(([lines, crlf]) => {
  const text = lines.join("\n");
  return crlf ? text.replace(/\n/g, "\r\n") : text;
});

/** Blocks of only the simple shapes: the fast path must read every one of them. */
const simpleScalar = fc.oneof(
  fc.constantFrom("Active", "2026-10-01", "12", "-3", "3.5", "true", "False", "null", "~", "CLI-00042", "Acme, Inc.", "10:30", "http://x.org/a", "yes", "NO", "'q'", "\"[[Link]]\"", "'it''s'"),
  fc.stringMatching(/^[a-z][a-z0-9 .]{0,10}[a-z0-9]$/),
);
const simpleKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/).filter((k) => !["true", "false", "null"].includes(k));
/** In a flow list a `:` or `,` could start a pair or an entry: such items are left to yaml. */
const flowSafe = (v: string) => !v.includes(":") && !v.includes(",");
const simpleBlock = fc.uniqueArray(fc.tuple(simpleKey, fc.oneof(simpleScalar, fc.array(simpleScalar, { maxLength: 3 })), fc.boolean()), { minLength: 1, maxLength: 8, selector: ([k]) => k })
  .map((entries) => entries.map(([k, v, flow]) => {
    if (typeof v === "string") return `${k}: ${v}`;
    return flow && v.every(flowSafe) ? `${k}: [${v.join(", ")}]` : [`${k}:`, ...v.map((x) => `  - ${x}`)].join("\n");
  }).join("\n"));

describe("parseFlatYaml", () => {
  it("gives null or exactly what the CLI's yaml parse gives, for generated simple and hostile blocks", () => {
    fc.assert(fc.property(block, (b) => expectAgrees(b)), { numRuns: RUNS });
  }, 120_000);

  it("reads every block of only the simple shapes (so the fast path is really taken)", () => {
    fc.assert(fc.property(simpleBlock, (b) => {
      const fast = parseFlatYaml(b);
      expect(fast, JSON.stringify(b)).not.toBeNull();
      expect(fast).toStrictEqual(cliYamlParse(b));
    }), { numRuns: RUNS });
  }, 60_000);

  it("gives null or yaml's value for simple blocks damaged anywhere (a character inserted, removed or replaced, any Unicode)", () => {
    const damage = fc.tuple(simpleBlock, fc.nat(), fc.constantFrom("insert", "remove", "replace"), fc.oneof(
      fc.constantFrom(":", " ", "-", "'", "\"", "#", "[", "]", ",", "{", "\t", "\n", "\r", "\\", "&", "*", "!", "|", ">", "?", "%", "@", "`", "\u0085", "\u2028", "\uFEFF", "\u00A0", "\u0000"),
      fc.string({ unit: "binary", minLength: 1, maxLength: 2 }),
    ));
    fc.assert(fc.property(damage, ([b, at, how, ch]) => {
      const i = at % (b.length + 1);
      const damaged = how === "insert" ? b.slice(0, i) + ch + b.slice(i) : how === "remove" ? b.slice(0, i) + b.slice(i + 1) : b.slice(0, i) + ch + b.slice(i + 1);
      expectAgrees(damaged);
    }), { numRuns: RUNS });
  }, 120_000);

  it("gives null or yaml's value for blocks of any Unicode text, lone surrogates and controls included", () => {
    const line = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.tuple(key, fc.string({ unit: "grapheme", maxLength: 8 })).map(([k, v]) => `${k}: ${v}`));
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (lines) => expectAgrees(lines.join("\n"))), { numRuns: RUNS });
  }, 120_000);

  it("reads each tricky scalar either exactly as yaml does or not at all", () => {
    for (const v of TRICKY) for (const b of [`k: ${v}`, `k: [${v}]`, `k:\n  - ${v}`, `k:\n- ${v}`, `k: ${v}   `, `k: ${v}\r\nj: 1`]) expectAgrees(b);
  });

  it("reads a client note's properties", () => {
    const b = "type: client\nclient_id: CLI-00042\ncompany: Acme, Inc.\nstage: Active\nhealth_growth: 4\nvalue: 12500.50\nrenewal: 2026-10-01\npersona: \"[[ICP - Agency owner]]\"\nnote: 'it''s fine'\ntags: [SAAS, \"ISO-REQUIRED\"]\naliases:\n  - Acme\n  - ACME Corp\nowner:\nactive: true";
    expect(parseFlatYaml(b)).toStrictEqual({
      type: "client", client_id: "CLI-00042", company: "Acme, Inc.", stage: "Active", health_growth: 4, value: 12500.5, renewal: "2026-10-01",
      persona: "[[ICP - Agency owner]]", note: "it's fine", tags: ["SAAS", "ISO-REQUIRED"], aliases: ["Acme", "ACME Corp"], owner: null, active: true,
    });
    expect(parseFlatYaml(b)).toStrictEqual(cliYamlParse(b));
  });

  it("reads numbers, booleans and nulls by the core schema (1.2: yes, no, on, off are text)", () => {
    expect(parseFlatYaml("a: 01234\nb: 1e3\nc: -0\nd: yes\ne: NO\nf: ~\ng: \nh: TRUE\ni: 2026-10-01T10:00:00Z")).toStrictEqual({ a: 1234, b: 1000, c: -0, d: "yes", e: "NO", f: null, g: null, h: true, i: "2026-10-01T10:00:00Z" });
    expect(parseFlatYaml("k: []\nj: [ ]\nl: [1, 'two', \"three\"]")).toStrictEqual({ k: [], j: [], l: [1, "two", "three"] });
  });

  it("leaves every other shape to yaml", () => {
    for (const b of [
      "a: 1 # c", "# c\na: 1", "a: &x 1", "a: *x", "a: !!str 1", "a: |\n  t", "a: >\n  t", "a: 'x\n  y'", "a: \"x\n  y\"", "a: x\n  y", "? a\n: b", "a:\n  b: 1",
      "a:\tb", "\ta: 1", " a: 1", "a: 1\na: 2", "\"a\": 1", "'a': 1", "a b: 1", "true: 1", "null: 1", "__proto__: 1", "a: b: c", "a: [[Link]]", "a: [a, b,]",
      "a: \"esc\\n\"", "a: 0x1F", "a: 0o17", "a: .inf", "a: .nan", "a:b", "- a", "a: 1\n - b", "a:\n  - x\n - y", "a:\n  - x\n    y", "a:\n  -", "a: [b] c", "", "  \n",
      `${"k".repeat(1100)}: v`, "a: x\rb: y", "a: \uFEFFx", "a: {b: 1}", "a: 1\n---\nb: 2",
      // Unicode spaces are text to YAML but String#trim strips them (a damaged-block counterexample).
      "a: \u00A0a0", "a: b\u00A0", "a:\n  - \u3000x", "a: [\u2003x]", "\u00A0\na: 1", "a:\u00A0b",
    ]) {
      expect(parseFlatYaml(b), JSON.stringify(b)).toBeNull();
      expectAgrees(b);
    }
  });

  it("gives the same frontmatter and the same error as before through the CLI's reader", () => {
    expect(parseFrontmatterYaml("a: 1\na: 2", 2)).toEqual({ error: "Invalid YAML: Map keys must be unique (line 3, column 1)" });
    expect(parseFrontmatterYaml("a: 1\nb: [x, 2]", 2)).toEqual({ value: { a: 1, b: ["x", 2] } });
  });

  it("stays linear on hostile input", () => {
    // Inputs are joined into flat strings before the timing, so V8's flattening is not timed.
    const flat = (...parts: string[]) => parts.join("");
    const read = (b: string) => parseFlatYaml(b);
    expectLinear("long plain value", (n) => flat("k: ", "a:b ".repeat(n)), read, 50_000);
    expectLinear("long digits", (n) => flat("k: ", "1".repeat(n), "e"), read, 50_000);
    expectLinear("long exponent-like", (n) => flat("k: ", "1".repeat(n), ".", "2".repeat(n), "e+"), read, 50_000);
    expectLinear("many quotes, never closed", (n) => flat("k: '", "''".repeat(n)), read, 50_000);
    expectLinear("many quotes, closed", (n) => flat("k: '", "''".repeat(n), "'"), read, 50_000);
    expectLinear("long flow list", (n) => flat("k: [", "a, ".repeat(n), "a]"), read, 20_000);
    expectLinear("many keys and items", (n) => Array.from({ length: n }, (_, i) => `k${i}:\n  - x\n  - 'y'`).join("\n"), read, 5_000);
    expectLinear("a long key without colon", (n) => "k".repeat(n), read, 50_000);
  }, 60_000);
});
