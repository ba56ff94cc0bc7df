import { fileURLToPath } from "node:url";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { scanVault } from "../../../src/cli/vault";
import { evaluateVault } from "../../../src/core/records/vault";
import { renderWeeklyReview, reviewNoteDay, reviewNotePath, reviewSince } from "../../../src/core/report/review";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { verifyApproved } from "../../helpers/approve";
import { clientStatus, TODAY } from "../../helpers/builders";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VAULT = path.join(HERE, "..", "..", "..", "vault-template");

function sampleReview(sinceDay: string): string {
  const vault = scanVault(VAULT);
  const clients = evaluateVault(vault.notes, TODAY, vault.settings).clients;
  const bodies = new Map(vault.notes.map((n) => [n.path, n.text]));
  return renderWeeklyReview({ today: TODAY, clients, bodies, sinceDay, settings: vault.settings });
}

describe("renderWeeklyReview on the sample vault", () => {
  it("matches the approved review for 2026-11-21 with no earlier review (the last 7 days)", () => {
    verifyApproved(HERE, "weekly-review.sample", sampleReview(reviewSince([], TODAY)));
  });

  it("matches the approved review since an earlier review on 2026-10-31", () => {
    verifyApproved(HERE, "weekly-review.sample-since-oct-31", sampleReview(reviewSince(["2026-10-24", "2026-10-31"], TODAY)));
  });
});

describe("reviewSince", () => {
  it("is a week ago without earlier reviews", () => {
    expect(reviewSince([], TODAY)).toBe("2026-11-14");
  });
  it("is the newest review day before today, ignoring today, later days and non-days", () => {
    expect(reviewSince(["2026-11-07", "2026-11-14", "2026-11-21", "2026-12-01", "soon"], TODAY)).toBe("2026-11-14");
  });
});

describe("reviewNotePath", () => {
  it("names the note after the ISO week by default", () => {
    expect(reviewNotePath(TODAY, defaultSettings())).toEqual({ ok: true, path: "Reviews/2026-W47 Weekly review.md" });
  });
  it("uses the ISO week-numbering year around new year", () => {
    expect(reviewNotePath("2027-01-01", defaultSettings())).toEqual({ ok: true, path: "Reviews/2026-W53 Weekly review.md" });
    expect(reviewNotePath("2025-12-29", defaultSettings())).toEqual({ ok: true, path: "Reviews/2026-W01 Weekly review.md" });
  });
  it("explains a format that date-fns refuses or a name a file system refuses", () => {
    const bad = reviewNotePath(TODAY, { ...defaultSettings(), reviewNameFormat: "RRRR Weekly" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('"RRRR Weekly" is not a date-fns format');
    const colon = reviewNotePath(TODAY, { ...defaultSettings(), reviewNameFormat: "yyyy-MM-dd HH:mm" });
    expect(colon.ok).toBe(false);
  });
  it("works at the vault root", () => {
    expect(reviewNotePath(TODAY, { ...defaultSettings(), reviewFolder: "" })).toEqual({ ok: true, path: "2026-W47 Weekly review.md" });
  });
});

describe("renderWeeklyReview details", () => {
  const settings = defaultSettings();
  const client = (p: string, fm: Record<string, unknown>): ClientStatus => clientStatus(p, { stage: "Active", last_contact: TODAY, ...fm }, { settings });

  it("writes a hostile company name as text, never as HTML or a link", () => {
    const c = client("Clients/Hostile.md", {
      company: "<img src=x onerror=alert(1)> [[Evil]] | x",
      health_profitability: 1, health_communication: 1, health_strategic_fit: 1, health_growth: 1,
    });
    const md = renderWeeklyReview({ today: TODAY, clients: [c], bodies: new Map(), sinceDay: "2026-11-14", settings });
    expect(md).not.toMatch(/(^|[^\\])[<[]img/m);
    expect(md).toContain("[[Hostile]] (\\<img src\\=x onerror\\=alert(1)\\> \\[\\[Evil\\]\\] \\| x)");
  });

  it("escapes a hostile stage name inside the pipeline table", () => {
    const s = { ...settings, stages: ["A|B", "<b>"] };
    const c = clientStatus("C.md", { stage: "<b>" }, { settings: s });
    const md = renderWeeklyReview({ today: TODAY, clients: [c], bodies: new Map(), sinceDay: "2026-11-14", settings: s });
    expect(md).toContain("| A\\|B | 0 |");
    expect(md).toContain("| \\<b\\> | 1 |");
  });

  it("links by path when two clients share a basename, and by a Markdown link when a name breaks wikilinks", () => {
    const a = client("Clients/A/Acme.md", { next_action_due: "2026-11-01" });
    const b = client("Clients/B/Acme.md", { next_action_due: "2026-11-02" });
    const odd = client("Clients/Odd [1].md", { next_action_due: "2026-11-03" });
    const md = renderWeeklyReview({ today: TODAY, clients: [a, b, odd], bodies: new Map(), sinceDay: "2026-11-14", settings });
    expect(md).toContain("- [ ] [[Clients/A/Acme]] · Next action · due 2026-11-01, 20 days overdue");
    expect(md).toContain("- [ ] [[Clients/B/Acme]] · Next action");
    expect(md).toContain("- [ ] [Odd \\[1\\]](Clients/Odd%20%5B1%5D.md) · Next action");
  });

  it("reports a health change made in the properties without a history line", () => {
    const c = client("Clients/Acme.md", { health_profitability: 2, health_communication: 2, health_strategic_fit: 2, health_growth: 2, last_review: "2026-11-01" });
    const body = "## Health history\n\n- 2026-10-01: P4 C4 S4 G4 = 75 (Good) — fine\n";
    const md = renderWeeklyReview({ today: TODAY, clients: [c], bodies: new Map([[c.client.path, body]]), sinceDay: "2026-11-14", settings });
    expect(md).toContain("- [ ] [[Acme]] · 75 (Good) → 25 (Critical), down 50 · changed in the properties, no Health history line");
  });

  it("lists every client whose health check is due, Sunset and no stage included: the rule of the JSON's healthCheckDue (issue 11, item 13)", () => {
    const gone = client("Clients/Gone.md", { stage: "Sunset", last_review: "2026-10-22" });
    const lost = client("Clients/Lost.md", { stage: "Negotiation" });
    const fresh = client("Clients/Fresh.md", { stage: "Sunset", last_review: "2026-10-23" });
    expect([gone, lost, fresh].map((c) => c.healthCheckDue)).toEqual([true, true, false]);
    const md = renderWeeklyReview({ today: TODAY, clients: [gone, lost, fresh], bodies: new Map(), sinceDay: "2026-11-14", settings });
    expect(md).toContain("## Health checks due (2)\n\n- [ ] [[Gone]] · last check 2026-10-22, 30 days ago\n- [ ] [[Lost]] · never checked\n");
  });
});

describe("reviewNoteDay", () => {
  it("is the date property, else the creation day", () => {
    expect(reviewNoteDay({ type: "weekly-review", date: "2026-11-14" }, "2026-11-15")).toBe("2026-11-14");
    expect(reviewNoteDay({ date: "not a day" }, "2026-11-15")).toBe("2026-11-15");
    expect(reviewNoteDay(undefined, "2026-11-15")).toBe("2026-11-15");
  });
  it("at the vault root (no creation day), counts only notes typed as reviews", () => {
    expect(reviewNoteDay({ type: "Weekly-Review ", date: "2026-11-14" }, null)).toBe("2026-11-14");
    expect(reviewNoteDay({ type: "client", date: "2026-11-14" }, null)).toBeNull();
  });
});
