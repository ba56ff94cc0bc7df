import { describe, expect, it } from "vitest";
import { BUILTIN_TEMPLATES } from "../../../src/core/create/builtin-templates";
import { withHealthMatrix } from "../../../src/core/create/health-template";
import { planNewClient } from "../../../src/core/create/new-client";
import { DEFAULT_HEALTH_MATRIX, SEED_002_MATRIX } from "../../../src/core/model/health-matrix";
import { defaultSettings } from "../../../src/core/model/settings";

const now = new Date(2026, 10, 21, 9, 5);
const input = { company: "Usage Co", stage: "Discovery", engagement: "Subscription" };
const templates = { client: BUILTIN_TEMPLATES.client, contract: null, invoices: null, outcomes: null };
const plan = (healthMatrix = defaultSettings().healthMatrix) => {
  const p = planNewClient(input, templates, [], [], now, { ...defaultSettings(), healthMatrix });
  if (!p.ok) throw new Error(p.message);
  return p.note.content;
};
const table = (text: string) => {
  const from = text.indexOf("## Health Matrix");
  return text.slice(from, text.indexOf("\n## ", from + 1));
};

describe("the new client note's Health Matrix table", () => {
  it("is byte for byte the template's with the default matrix, whatever the weights", () => {
    const withWeights = DEFAULT_HEALTH_MATRIX.map((c) => ({ ...c, weight: 3 }));
    expect(plan()).toBe(plan(withWeights));
    expect(table(plan())).toContain("| Profitability |  | Are you over-servicing this client for the fee? |");
    expect(withHealthMatrix(BUILTIN_TEMPLATES.client, DEFAULT_HEALTH_MATRIX)).toBe(BUILTIN_TEMPLATES.client);
  });

  it("lists the configured categories for a custom matrix and changes nothing else", () => {
    const matrix = [...SEED_002_MATRIX, { id: "nps", label: "NPS | *promoters*", question: "Would they [[recommend]] you?", weight: 1 }];
    const custom = plan(matrix);
    expect(table(custom)).toBe([
      "## Health Matrix",
      "",
      "| Category | Score (1-5) | Warning question |",
      "| --- | --- | --- |",
      "| Product usage |  | Are they adopting the features they pay for, and using them every week? |",
      "| Support activity |  | Are tickets few and resolved quickly, without escalations? |",
      "| Relationship depth |  | Do you know several people there, including a champion and a decision maker? |",
      "| Business outcomes |  | Are they getting the results and return they bought the work for? |",
      "| NPS \\| \\*promoters\\* |  | Would they \\[\\[recommend\\]\\] you? |",
      "",
      "*The scores live in the `health_*` properties, which \"Clientele: Health check\" writes; this table is only a reminder. Clientele computes the health score (0-100) and its band from the properties. \"Clientele: Health check\" asks the questions, updates the properties and adds a dated line under Health history.*",
      "",
    ].join("\n"));
    // Outside the table and its note, the note is the default one.
    const outside = (t: string) => t.replace(table(t), "");
    expect(outside(custom)).toBe(outside(plan()));
    // No empty health_ keys in the frontmatter: an empty score is invalid (contract section 3).
    expect(custom.split("\n---\n")[0]).not.toContain("health_");
  });

  it("keeps CRLF line ends and leaves a template without the table alone", () => {
    const crlf = "## Health Matrix\r\n\r\n| Category | Score | Q |\r\n| --- | --- | --- |\r\n| Old |  | ? |\r\n\r\nAfter\r\n";
    expect(withHealthMatrix(crlf, SEED_002_MATRIX.slice(0, 1))).toBe("## Health Matrix\r\n\r\n| Category | Score | Q |\r\n| --- | --- | --- |\r\n| Product usage |  | Are they adopting the features they pay for, and using them every week? |\r\n\r\nAfter\r\n");
    const none = "# X\n\n## Health Matrix\n\nNo table here.\n\n## Next\n\n| a |\n| --- |\n| b |\n";
    expect(withHealthMatrix(none, SEED_002_MATRIX)).toBe(none);
    const fenced = "```\n## Health Matrix\n| a |\n| --- |\n| b |\n```\n";
    expect(withHealthMatrix(fenced, SEED_002_MATRIX)).toBe(fenced);
  });
});
