import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";

describe("built-in templates", () => {
  it.each([
    ["client", "Client"],
    ["contract", "Contract"],
    ["invoices", "Invoices"],
    ["outcomes", "Outcomes"],
    ["contact", "Contact"],
    ["deal", "Deal"],
    ["invoice", "Invoice"],
    ["po", "Purchase order"],
    ["feedback", "Feedback"],
  ] as const)("%s equals the sample vault's Templates/%s.md", (key, file) => {
    expect(BUILTIN_TEMPLATES[key]).toBe(readFileSync(`vault-template/Templates/${file}.md`, "utf8"));
  });
});
