import { describe, expect, it } from "vitest";
import { parseVCards } from "../../../src/core/import/vcard";

describe("parseVCards", () => {
  it("reads 3.0 and 4.0 cards, several per file", () => {
    const text = [
      "BEGIN:VCARD", "VERSION:3.0", "FN:Ada Lovelace", "ORG:Acme;R&D", "EMAIL;TYPE=INTERNET:ada@acme.com", "TEL:+1 555", "END:VCARD",
      "BEGIN:VCARD", "VERSION:4.0", "N:Hopper;Grace;;Dr.;", "ORG:Navy", "EMAIL:mailto:g@navy.mil", "TEL;VALUE=uri:tel:+1-555-1", "END:VCARD",
    ].join("\r\n");
    const { contacts, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      { name: "Ada Lovelace", org: "Acme", title: null, emails: ["ada@acme.com"], phones: ["+1 555"], note: null, line: 1 },
      { name: "Dr. Grace Hopper", org: "Navy", title: null, emails: ["g@navy.mil"], phones: ["+1-555-1"], note: null, line: 8 },
    ]);
  });

  it("unfolds continuation lines and reads escapes", () => {
    const text = "BEGIN:VCARD\nVERSION:3.0\nFN:Jean\n  Dupont\nORG:Smith\\, Jones\\; Co\nNOTE:one\\ntwo\\\\\n\tthree\nEND:VCARD\n";
    const { contacts, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(contacts[0]).toMatchObject({ name: "Jean Dupont", org: "Smith, Jones; Co", note: "one\ntwo\\three" });
  });

  it("reports a card without FN or N", () => {
    const { contacts, problems } = parseVCards("BEGIN:VCARD\nVERSION:4.0\nEMAIL:a@b.c\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
    expect(contacts.map((c) => c.name)).toEqual(["B"]);
    expect(problems).toEqual([{ line: 1, message: "The card starting on line 1 has no name (FN or N); it is left out." }]);
  });
});
