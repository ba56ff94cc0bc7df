import { fileURLToPath } from "node:url";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { scanVault } from "../../../src/cli/vault";
import { evaluateVault } from "../../../src/core/records/vault";
import { isGeneratedNote, linkedDays } from "../../../src/core/model/linked-notes";
import { defaultSettings } from "../../../src/core/model/settings";
import {
  planProgressReport,
  progressPeriodProblem,
  progressReportEnd,
  progressReportPath,
  progressSince,
} from "../../../src/core/report/progress";
import { verifyApproved } from "../../helpers/approve";
import { clientStatus, TODAY } from "../../helpers/builders";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VAULT = path.join(HERE, "..", "..", "..", "vault-template");
const settings = defaultSettings();

function sample(name: string) {
  const vault = scanVault(VAULT);
  const clients = evaluateVault(vault.notes, TODAY, vault.settings).clients;
  const client = clients.find((c) => c.client.name === name);
  const text = vault.notes.find((n) => n.path === `Clients/${name}.md`)?.text;
  const outcomes = vault.notes.find((n) => n.path === `Clients/outcomes/${name}-outcomes.md`)?.text ?? null;
  if (!client || text === undefined) throw new Error(`no ${name}`);
  return { client, text, outcomes, settings: vault.settings };
}

function body(report: string): string {
  return report.slice(report.indexOf("\n---\n") + 5);
}

describe("planProgressReport on the sample vault", () => {
  it("matches the approved report for Ledgerline Payments over the last 30 days", () => {
    const s = sample("Ledgerline Payments");
    const plan = planProgressReport({ client: s.client, text: s.text, outcomesText: s.outcomes, from: progressSince([], TODAY), to: TODAY, today: TODAY, settings: s.settings });
    expect(plan.path).toBe("Reviews/Progress/Ledgerline Payments progress 2026-11-21.md");
    verifyApproved(HERE, "progress-report.ledgerline", plan.content);
  });

  it("leaves out the interactions, stage moves and dated milestones outside the period", () => {
    const s = sample("Ledgerline Payments");
    const plan = planProgressReport({ client: s.client, text: s.text, outcomesText: s.outcomes, from: "2026-03-01", to: "2026-04-30", today: TODAY, settings: s.settings });
    expect(plan.content).toContain("- 2026-03-23: started in Discovery");
    expect(plan.content).toContain("- 2026-04-20: moved from Proposal to Active");
    expect(plan.content).toContain("No work logged in this period.");
    expect(plan.content).not.toContain("2026-11-04");
  });
});

const M = (name: string) => `ZQ${name.toUpperCase()}MARK`;
const INTERNAL = ["positioning", "persona", "champion", "tags", "tier", "extra", "identity", "matrix", "aha", "needs", "championnote", "healthcomment", "stage", "case", "quote", "comment", "htmlcomment", "internalnote", "code", "followup", "due"];

const MARKED_NOTE = `---
type: client
client_id: CLI-00077
company: Marker Co
stage: Active
persona: "[[${M("persona")}]]"
positioning: ${M("positioning")}
health_profitability: 5
health_communication: 4
health_strategic_fit: 3
health_growth: 2
value: 987654
currency: EUR
champion: ${M("champion")}
next_action: Send the plan
next_action_due: 2031-07-19
renewal: 2032-02-29
tier_note: ${M("tier")}
custom_key: ${M("extra")}
tags: [${M("tags")}]
---
# Marker Co

## Strategic identity

- **How they see me:** ${M("identity")}
- [x] ${M("identity")} ticked

## Health Matrix

| Category | Score (1-5) |
| --- | --- |
| Profitability | 5 ${M("matrix")} |

## Stage

Current stage: **Active** ${M("stage")}

## Strategic memory

### "Aha" moment

> ${M("aha")}

### Unmet needs

- [ ] ${M("needs")}
- 2026-11-01 ${M("needs")}

### Champion

${M("championnote")}
- [x] ${M("championnote")}

## Next actions

- [ ] Send the plan (due 2031-07-19)
- [ ] Book the workshop 📅 2031-07-19 %% ${M("comment")} %%
- [x] Kick-off held <!-- ${M("htmlcomment")} -->
%%
- [x] ${M("comment")}
%%
\`\`\`
- [x] ${M("code")}
\`\`\`

## Interaction log

- 2026-11-10 · call · Agreed the scope (follow up 2031-07-19)
- 2026-11-11 · note · ${M("internalnote")}

## Health history

- 2026-11-10: P5 C4 S3 G2 = 70 (Good) — ${M("healthcomment")}

## Stage history

- 2026-11-02: Proposal → Active
`;

const MARKED_OUTCOMES = `---
type: outcomes
client: "[[Marker Co]]"
---
# Marker Co: outcomes

## Results

- Onboarding time halved.

## Quotes worth keeping

> ${M("quote")}
- ${M("quote")}

## Case study

- **Permission to use their name:** ${M("case")}
`;

describe("what a progress report never holds", () => {
  it("holds no internal field or section: health, risk, tier, value, persona, positioning, Strategic memory, tags, due dates, comments", () => {
    const c = clientStatus("Clients/Marker Co.md", {
      client_id: "CLI-00077", company: "Marker Co", stage: "Active", persona: `[[${M("persona")}]]`, positioning: M("positioning"),
      health_profitability: 5, health_communication: 4, health_strategic_fit: 3, health_growth: 2, value: 987654, currency: "EUR",
      champion: M("champion"), next_action: "Send the plan", next_action_due: "2031-07-19", renewal: "2032-02-29", tags: [M("tags")],
    });
    // The computed internals, set to markers where they are text.
    const status = { ...c, clv: 4455667, tier: "Gold" as const, reasons: [M("reason")], risk: { ...c.risk, score: 8642, reasons: [M("risk")] } };
    const report = planProgressReport({ client: status, text: MARKED_NOTE, outcomesText: MARKED_OUTCOMES, from: "2026-10-22", to: TODAY, today: TODAY, settings }).content;
    // The report still says what it should, so the absences below are not an empty note's.
    expect(report).toContain("- Onboarding time halved.");
    expect(report).toContain("- Kick-off held");
    expect(report).toContain("- 2026-11-02: moved from Proposal to Active");
    expect(report).toContain("- 2026-11-10 · call · Agreed the scope\n");
    expect(report).toContain("## Next steps\n\n- Send the plan\n- Book the workshop\n");
    for (const marker of [...INTERNAL.map(M), M("reason"), M("risk")]) expect(report, marker).not.toContain(marker);
    for (const word of ["987654", "4455667", "8642", "2031-07-19", "2032-02-29", "EUR", "Gold", "Good", "Excellent", "At Risk", "Critical", "70", "CLI-00077"]) {
      expect(report, word).not.toContain(word);
    }
    expect(report.match(/^## .*$/gm)).toEqual(["## Outcomes", "## Milestones reached", "## Work done", "## Next steps"]);
  });
});

describe("inert text", () => {
  it("turns Templater, Dataview, embeds, HTML and links from the note into plain text", () => {
    const c = clientStatus("Clients/Acme.md", { company: "Acme", next_action: "Open `= this.value` <% tp.file.title %>" });
    const evil = "<% tp.x %> `= this.x` ![[embed]] <script>alert(1)</script> [x](http://evil) [[Secret]] %%c%%";
    const text = `# Acme\n\n## Next actions\n\n- [ ] Plan ![[embed]]\n- [x] Done [x](http://evil)\n\n## Interaction log\n\n- 2026-11-20 · call · ${evil}\n`;
    const outcomes = "## Results\n\n- Up <script>x</script> ![[chart]]\n| a | `=this.b` |\n";
    const report = body(planProgressReport({ client: c, text, outcomesText: outcomes, from: "2026-11-01", to: TODAY, today: TODAY, settings }).content);
    for (const active of ["<%", "`", "![[", "[[", "<script"]) expect(report, active).not.toContain(active);
    // A bracket that can open or close a link is always escaped.
    expect(report).not.toMatch(/(?<!\\)[[\]]/);
    expect(report).toContain("- 2026-11-20 · call · &lt;% tp.x %> &#96;= this.x&#96; !\\[\\[embed\\]\\] &lt;script>alert(1)&lt;/script> \\[x\\](http://evil) \\[\\[Secret\\]\\]");
    expect(report).toContain("- Open &#96;= this.value&#96; &lt;% tp.file.title %>");
    expect(report).toContain("\n\n| a | &#96;=this.b&#96; |\n");
  });

  it("escapes the client name in the title and quotes the link property", () => {
    const c = clientStatus("Clients/Acme.md", { company: "Acme <b>*Co*</b>" });
    const plan = planProgressReport({ client: c, text: "", outcomesText: null, from: "2026-11-01", to: TODAY, today: TODAY, settings });
    expect(plan.content).toContain("# Acme \\<b\\>\\*Co\\*\\</b\\>: progress report\n");
    expect(plan.content).toContain('client: "[[Acme]]"\n');
    expect(plan.path).toBe("Reviews/Progress/Acme b Co b progress 2026-11-21.md");
  });
});

describe("an empty period", () => {
  it("says so in each section, keeping the four sections", () => {
    const c = clientStatus("Clients/Acme.md", { company: "Acme" });
    const plan = planProgressReport({ client: c, text: "# Acme\n\n## Interaction log\n\n- 2026-01-02 · call · Old\n", outcomesText: null, from: "2026-11-01", to: TODAY, today: TODAY, settings });
    expect(plan.content).toBe([
      "---", "type: progress-report", 'client: "[[Acme]]"', "period_start: 2026-11-01", "period_end: 2026-11-21", "---",
      "# Acme: progress report", "", "Period: 2026-11-01 to 2026-11-21.", "",
      "## Outcomes", "", "No outcomes written down yet.", "",
      "## Milestones reached", "", "No milestones in this period.", "",
      "## Work done", "", "No work logged in this period.", "",
      "## Next steps", "", "No next steps written down yet.", "",
    ].join("\n"));
  });

  it("orders work done oldest first and keeps a ticked item only when its done day is in the period", () => {
    const c = clientStatus("Clients/Acme.md", { company: "Acme" });
    const text = "## Next actions\n\n- [x] Old ✅ 2026-01-05\n- [x] New ✅ 2026-11-05\n- [x] Undated\n\n## Interaction log\n\n- 2026-11-20 · call · Second\n- 2026-11-03: First\n- 2026-11-20 · email · Third\n";
    const report = planProgressReport({ client: c, text, outcomesText: null, from: "2026-11-01", to: TODAY, today: TODAY, settings }).content;
    expect(report).toContain("## Milestones reached\n\n- New (2026-11-05)\n- Undated\n\n");
    expect(report).toContain("## Work done\n\n- 2026-11-03 · First\n- 2026-11-20 · call · Second\n- 2026-11-20 · email · Third\n\n");
  });
});

describe("the report's path, period and previous reports", () => {
  it("never takes a path that exists", () => {
    const taken = new Set(["Reviews/Progress/Acme progress 2026-11-21.md", "Reviews/Progress/Acme progress 2026-11-21 2.md"]);
    expect(progressReportPath("Acme", TODAY, settings, (p) => taken.has(p))).toBe("Reviews/Progress/Acme progress 2026-11-21 3.md");
    expect(progressReportPath("A/B: C", TODAY, { ...settings, reviewFolder: "" })).toBe("Progress/A B C progress 2026-11-21.md");
  });

  it("is a generated note: it never counts as contact with the client it links", () => {
    const report = progressReportPath("Acme", TODAY, settings);
    expect(isGeneratedNote(report, settings)).toBe(true);
    expect(linkedDays([{ path: report, day: TODAY, links: ["Clients/Acme.md"] }], settings).size).toBe(0);
  });

  it("starts the day after the newest earlier report, else 30 days ago", () => {
    expect(progressSince([], TODAY)).toBe("2026-10-22");
    expect(progressSince(["2026-10-31", "2026-11-14", "2026-12-01", "soon"], TODAY)).toBe("2026-11-15");
    expect(progressSince([TODAY], TODAY)).toBe(TODAY);
  });

  it("reads period_end only from progress reports", () => {
    expect(progressReportEnd({ type: "Progress-Report", period_end: "2026-11-14" })).toBe("2026-11-14");
    expect(progressReportEnd({ type: "weekly-review", period_end: "2026-11-14" })).toBeNull();
    expect(progressReportEnd(null)).toBeNull();
  });

  it("refuses a period that is not two days in order up to today", () => {
    expect(progressPeriodProblem("2026-11-01", TODAY, TODAY)).toBeNull();
    expect(progressPeriodProblem("2026-11-01", "soon", TODAY)).toContain("YYYY-MM-DD");
    expect(progressPeriodProblem("2026-11-10", "2026-11-01", TODAY)).toContain("after the last day");
    expect(progressPeriodProblem("2026-11-10", "2026-11-22", TODAY)).toContain("after today");
  });
});
