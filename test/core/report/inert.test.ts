import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/model/settings";
import { renderWeeklyReview } from "../../../src/core/report/review";
import { clientStatus, TODAY } from "../../helpers/builders";

const settings = defaultSettings();
const hostile = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom("<%", "%>", "![[", "[[", "]]", "](x)", "[", "`=", "`$=", "`", "<b>", "<img src=x>", "<", "%%", "$$", "\\", "=", "$", "!", "x", " ", "\n", "(", ")"), { maxLength: 10 }).map((a) => a.join("")),
);

/** Occurrences of a tag start (`<` then a letter, `/`, `!` or `?`) not escaped by an odd number of backslashes. */
function unescapedTags(md: string): string[] {
  return md.match(/(?:^|[^\\])(?:\\\\)*<[A-Za-z/!?]/g) ?? [];
}

describe("note text is inert in the weekly review (issue 11, item 7)", () => {
  it("any text in a client's fields and history lines leaves no Templater tag, Dataview query, embed, HTML tag or foreign link", () => {
    fc.assert(
      fc.property(fc.record({ company: hostile, next: hostile, band: hostile, comment: hostile, from: hostile, to: hostile, need: hostile, tag: hostile }), (t) => {
        const c = clientStatus("Clients/Acme.md", {
          company: t.company, stage: "Active", next_action: t.next, next_action_due: "2026-11-01", tags: [t.tag],
          health_profitability: 4, health_communication: 4, health_strategic_fit: 4, health_growth: 4, last_review: "2026-11-20",
        }, { settings });
        const body = [
          "## Health history", "",
          `- 2026-10-01: P1 C1 S1 G1 = 10 (${t.band}) — ${t.comment}`,
          `- 2026-11-20: P4 C4 S4 G4 = 75 (Good) — ${t.comment}`, "",
          "## Stage history", "",
          `- 2026-11-20: ${t.from} → ${t.to}`, "",
          "### Unmet needs", "",
          `- ${t.need}`, "",
        ].join("\n");
        const md = renderWeeklyReview({ today: TODAY, clients: [c], bodies: new Map([["Clients/Acme.md", body]]), sinceDay: "2026-11-14", settings });
        for (const bad of ["<%", "![[", "`=", "`$=", "%%"]) expect(md).not.toContain(bad);
        expect(unescapedTags(md)).toEqual([]);
        const ownLinks = md.split("\n").filter((line) => line.startsWith("- [ ] [[Acme]]")).length;
        expect(md.split("[[").length - 1).toBe(ownLinks);
        // Past Clientele's own task box and link, no `[` is left unescaped, so no link of the note's can start.
        const rest = md.split("\n").map((line) => line.replace(/^- \[ \] \[\[Acme\]\]/, "")).join("\n");
        expect(rest.match(/(?:^|[^\\])(?:\\\\)*\[/g) ?? []).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
