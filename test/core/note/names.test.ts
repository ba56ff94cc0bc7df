import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { capFileName, isSafeNoteName, MAX_FILE_NAME_BYTES, nameKey, sanitiseNoteName } from "../../../src/core/note/names";

const codePoints = (s: string) => Array.from(s).length;
const hasLoneSurrogate = (s: string) => /[\uD800-\uDFFF]/u.test(s);

describe("sanitiseNoteName", () => {
  it("keeps ordinary names", () => {
    expect(sanitiseNoteName("Acme Robotics")).toBe("Acme Robotics");
    expect(sanitiseNoteName("Société Générale")).toBe("Société Générale");
    expect(sanitiseNoteName("3M")).toBe("3M");
    expect(sanitiseNoteName("Acme, Inc. (EU)")).toBe("Acme, Inc. (EU)");
  });

  it("replaces path, Windows and link characters with spaces and collapses them", () => {
    expect(sanitiseNoteName('Acme: "Labs" #1')).toBe("Acme Labs 1");
    expect(sanitiseNoteName("A/B\\C:D*E?F\"G<H>I|J#K^L[M]N")).toBe("A B C D E F G H I J K L M N");
    expect(sanitiseNoteName("[[Acme]]")).toBe("Acme");
    expect(sanitiseNoteName("Acme %% hidden %% Co")).toBe("Acme hidden Co");
    expect(sanitiseNoteName("100% Pure")).toBe("100% Pure");
  });

  it("removes control characters and collapses whitespace", () => {
    expect(sanitiseNoteName("Acme\nRobotics\t\u0000 Ltd\u007F")).toBe("Acme Robotics Ltd");
    expect(sanitiseNoteName("  Acme    Co  ")).toBe("Acme Co");
  });

  it("has no leading dots, no .. and no trailing dots or spaces", () => {
    expect(sanitiseNoteName(".hidden")).toBe("hidden");
    expect(sanitiseNoteName("...Acme")).toBe("Acme");
    expect(sanitiseNoteName("../../etc/passwd")).toBe("etc passwd");
    expect(sanitiseNoteName("a..b")).toBe("a.b");
    expect(sanitiseNoteName("Acme Inc.")).toBe("Acme Inc");
    expect(sanitiseNoteName("Acme . . .")).toBe("Acme");
  });

  it("gives Windows device names a suffix, also with an extension", () => {
    expect(sanitiseNoteName("CON")).toBe("CON client");
    expect(sanitiseNoteName("nul")).toBe("nul client");
    expect(sanitiseNoteName("com1")).toBe("com1 client");
    expect(sanitiseNoteName("LPT9")).toBe("LPT9 client");
    expect(sanitiseNoteName("con.txt")).toBe("con client.txt");
    expect(sanitiseNoteName("Aux.")).toBe("Aux client");
    expect(sanitiseNoteName("CON ")).toBe("CON client");
    expect(sanitiseNoteName("Console")).toBe("Console");
    expect(sanitiseNoteName("COM10")).toBe("COM10");
    expect(sanitiseNoteName("COM0")).toBe("COM0");
  });

  it("falls back to Untitled client", () => {
    for (const name of ["", "   ", "///", "...", ". . .", "#^[]|", "\u0000\n"]) expect(sanitiseNoteName(name)).toBe("Untitled client");
  });

  it("caps the length by code points without splitting a surrogate pair", () => {
    const name = "a".repeat(119) + "😀😀";
    const out = sanitiseNoteName(name);
    expect(codePoints(out)).toBe(120);
    expect(out.endsWith("😀")).toBe(true);
    expect(hasLoneSurrogate(out)).toBe(false);
    expect(sanitiseNoteName("😀".repeat(30), 20)).toBe("😀".repeat(20));
  });

  it("does not leave a dangling joiner when it cuts an emoji sequence", () => {
    const family = "👨\u200D👩\u200D👧";
    const out = sanitiseNoteName("a".repeat(14) + family, 16);
    expect(out.endsWith("\u200D")).toBe(false);
    expect(out).toBe("a".repeat(14) + "👨");
  });

  it("drops trailing dots and spaces a cut leaves behind", () => {
    expect(sanitiseNoteName("a".repeat(15) + ". b", 16)).toBe("a".repeat(15));
  });

  it("treats limits below 15 as 15, so the fallback fits", () => {
    expect(sanitiseNoteName("abcdefghijklmnopqrstuvwxyz", 3)).toBe("abcdefghijklmno");
  });

  it("removes lone surrogates", () => {
    expect(sanitiseNoteName("Acme\uD800Co")).toBe("Acme Co");
  });

  it("always returns a safe, capped, idempotent name", () => {
    const risky = fc.constantFrom("/", "\\", ":", "*", "?", "\"", "<", ">", "|", "#", "^", "[", "]", "%%", "%", ".", "..", " ", "\n", "\t",
      "CON", "con", "aux", "COM1", "lpt3", "😀", "\u200D", "\uD83D", "é", "a", "Z", "0", "\u0000", "\u00A0");
    const name = fc.oneof(fc.string({ unit: "binary" }), fc.array(risky, { maxLength: 40 }).map((a) => a.join("")), fc.string({ unit: fc.constantFrom("\uD83D", "\uDE00", "a", ".") }));
    fc.assert(fc.property(name, fc.integer({ min: 1, max: 200 }), (input, max) => {
      const out = sanitiseNoteName(input, max);
      expect(codePoints(out)).toBeLessThanOrEqual(Math.max(15, max));
// eslint-disable-next-line no-control-regex -- control characters are what this checks
      expect(out).not.toMatch(/[/\\:*?"<>|#^[\]\u0000-\u001F\u007F]|%%|\.\.|^\.|[. ]$|^\s|\s{2}/);
      expect(hasLoneSurrogate(out)).toBe(false);
      expect(out.split(".")[0]?.trimEnd()).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i);
      expect(sanitiseNoteName(out, max)).toBe(out);
      expect(isSafeNoteName(out, max)).toBe(true);
    }), { numRuns: 500 });
 }, 30_000);
});

describe("isSafeNoteName", () => {
  it("accepts clean names and refuses what would be changed", () => {
    expect(isSafeNoteName("Acme Robotics")).toBe(true);
    for (const bad of ["", "a/b", "CON", "con.txt", ".x", "a..b", "x.", "x ", " x", "a  b", "a#b", "a\nb", "a".repeat(121)]) {
      expect(isSafeNoteName(bad)).toBe(false);
    }
    expect(isSafeNoteName("a".repeat(121), 200)).toBe(true);
  });
});

describe("note names: Unicode and bytes", () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  it("gives the same NFC name for a name typed decomposed or composed", () => {
    expect(sanitiseNoteName("Cafe\u0301")).toBe("Caf\u00E9");
    expect(sanitiseNoteName("Caf\u00E9")).toBe("Caf\u00E9");
    expect(isSafeNoteName("Cafe\u0301")).toBe(false);
  });

  it("compares names NFC and case-folded", () => {
    expect(nameKey("CAFE\u0301")).toBe(nameKey("Café"));
    expect(nameKey("Clients/ACME.md")).toBe(nameKey("Clients/acme.md"));
    expect(nameKey("Acme")).not.toBe(nameKey("Acme Co"));
  });

  it("caps <name>.md at 255 UTF-8 bytes, cutting between code points", () => {
    expect(sanitiseNoteName("中".repeat(120))).toBe("中".repeat(84));
    expect(sanitiseNoteName("😀".repeat(120))).toBe("😀".repeat(63));
    expect(sanitiseNoteName("é".repeat(300), 300)).toBe("é".repeat(126));
    const mixed = sanitiseNoteName("a" + "😀".repeat(100));
    expect(mixed).toBe("a" + "😀".repeat(62));
    expect(hasLoneSurrogate(mixed)).toBe(false);
    expect(sanitiseNoteName("a".repeat(300), 300)).toBe("a".repeat(252));
  });

  it("never returns a name whose file name is over 255 bytes, or half a code point", () => {
    const unit = fc.constantFrom("a", "é", "e\u0301", "中", "😀", "\uD83D", "\u200D", " ", ".", "ß", "\u0958");
    fc.assert(fc.property(fc.array(unit, { maxLength: 300 }).map((a) => a.join("")), fc.integer({ min: 1, max: 400 }), (input, max) => {
      const out = sanitiseNoteName(input, max);
      expect(bytes(`${out}.md`)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(hasLoneSurrogate(out)).toBe(false);
      expect(out).toBe(out.normalize("NFC"));
      expect(sanitiseNoteName(out, max)).toBe(out);
    }), { numRuns: 300 });
  }, 30_000);

  it("capFileName makes room for a suffix within 255 bytes", () => {
    const name = capFileName("中".repeat(84), "-contract.md");
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name).toBe("中".repeat(81) + "-contract.md");
    expect(capFileName("Acme", "-invoices.md")).toBe("Acme-invoices.md");
  });
});
