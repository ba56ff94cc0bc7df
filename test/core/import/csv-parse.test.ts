import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/core/import/csv-parse";

const cells = (text: string) => parseCsv(text).rows.map((r) => r.cells);

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes and newlines inside quotes", () => {
    const t = parseCsv('a,b\n"x, y","say ""hi"""\n"line1\nline2",z\n');
    expect(t.header).toEqual(["a", "b"]);
    expect(t.rows.map((r) => r.cells)).toEqual([["x, y", 'say "hi"'], ["line1\nline2", "z"]]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(t.problems).toEqual([]);
  });

  it("reads CR, LF and CRLF line ends", () => {
    for (const eol of ["\n", "\r", "\r\n"]) expect(cells(`a,b${eol}1,2${eol}3,4${eol}`)).toEqual([["1", "2"], ["3", "4"]]);
    expect(parseCsv("a,b\r\n1,2\r\n3,4").rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("skips a byte order mark", () => {
    expect(parseCsv("\uFEFFname,x\nA,1\n").header).toEqual(["name", "x"]);
  });

  it("detects ; and tab delimiters", () => {
    expect(parseCsv("a;b\n1;2\n")).toMatchObject({ delimiter: ";", rows: [{ cells: ["1", "2"] }] });
    expect(parseCsv("a\tb\n1\t2\n")).toMatchObject({ delimiter: "\t", rows: [{ cells: ["1", "2"] }] });
    expect(parseCsv('"a;b",c\n1,2\n').delimiter).toBe(",");
  });

  it("leaves out blank lines and keeps empty quoted cells", () => {
    const t = parseCsv('a,b\n\n1,""\n\r\n"",2\n');
    expect(t.rows.map((r) => r.cells)).toEqual([["1", ""], ["", "2"]]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 5]);
    expect(t.problems).toEqual([]);
  });

  it("keeps a row holding one quoted empty cell", () => {
    expect(cells('a\n""\n')).toEqual([[""]]);
  });

  it("reports ragged rows with their line", () => {
    const t = parseCsv("a,b\n1\n1,2,3\n1,2\n");
    expect(t.rows).toHaveLength(3);
    expect(t.problems).toEqual([
      { line: 2, message: "Line 2 has 1 cell; the header has 2." },
      { line: 3, message: "Line 3 has 3 cells; the header has 2." },
    ]);
  });

  it("reports an unterminated quote", () => {
    const t = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(t.rows.map((r) => r.cells)).toEqual([["1", "2"]]);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]?.line).toBe(3);
    expect(t.problems[0]?.message).toMatch(/never closed/);
  });

  it("reads a 200,000-row file", () => {
    const lines = ["name,value"];
    for (let i = 0; i < 200_000; i++) lines.push(`Client ${i},"${i}, ""q"""`);
    const t = parseCsv(lines.join("\n"));
    expect(t.rows).toHaveLength(200_000);
    expect(t.problems).toEqual([]);
  });

  it("gives back the cells of any correctly written table", () => {
    const field = (s: string) => (/[",\r\n;\t]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s);
    const cell = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", ";", "\t", '"', "\n", "\r", "é", "x") , maxLength: 6 });
    const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), (rows, eol) => {
        const text = rows.map((r) => r.map(field).join(",")).join(eol) + eol;
        const t = parseCsv(text, { delimiter: "," });
        expect([t.header, ...t.rows.map((r) => r.cells)]).toEqual(rows);
        expect(t.problems).toEqual([]);
      }),
    );
  });
});
