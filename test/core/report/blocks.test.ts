import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scanVault } from "../../../src/cli/vault";
import { blockRows, parseBlockOptions, type BlockOptions, type BlockTable } from "../../../src/core/report/blocks";
import { DASHBOARD_NOTE, dashboardNotePath } from "../../../src/core/report/dashboard";
import { evaluateVault } from "../../../src/core/records/vault";
import { defaultSettings, type ClienteleSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { clientStatus, TODAY } from "../../helpers/builders";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VAULT = path.join(HERE, "..", "..", "..", "vault-template");
const yaml = (s: string): unknown => parse(s);

function options(source: string): BlockOptions {
  const parsed = parseBlockOptions(source, yaml);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

function message(source: string, stages?: string[]): string {
  const parsed = parseBlockOptions(source, yaml, stages);
  if (parsed.ok) throw new Error("expected a problem");
  return parsed.message;
}

describe("parseBlockOptions", () => {
  it("reads every option, case and spaces forgiven", () => {
    expect(options("view: At-Risk\nlimit: 5\nstage: [active, Retention]\nsort: Value")).toEqual({ view: "at-risk", limit: 5, stages: ["Active", "Retention"], sort: "value", kind: null, client: null, segment: null });
    expect(options("view: pipeline\nstage: proposal\nlimit: '3'")).toEqual({ view: "pipeline", limit: 3, stages: ["Proposal"], sort: null, kind: null, client: null, segment: null });
  });
  it("accepts a block holding only the view name", () => {
    expect(options("health")).toEqual({ view: "health", limit: null, stages: null, sort: null, kind: null, client: null, segment: null });
  });
  it("names the problem and the choices, never throwing", () => {
    expect(message("view: pipline")).toBe('Clientele: unknown view "pipline"; use one of pipeline, at-risk, health, renewals, next-actions, review, records, client, risk, top-value');
    expect(message("")).toContain("this block is empty");
    expect(message("limit: 3")).toContain("this block has no view");
    expect(message("view: [a")).toContain("not valid YAML");
    expect(message("view: health\ncolour: red")).toBe('Clientele: unknown option "colour"; use view, limit, stage, sort, kind, client, segment');
    expect(message("view: health\nlimit: 0")).toBe("Clientele: limit must be a whole number from 1 to 1000, not 0");
    expect(message("view: health\nlimit: 2.5")).toContain("not 2.5");
    expect(message("view: health\nstage: Won", ["Lead", "Won!"])).toBe('Clientele: unknown stage "Won"; use one of Lead, Won!');
    expect(message("view: health\nsort: colour")).toContain('unknown sort "colour"; use one of name, stage, health');
    expect(message("- a\n- b")).toContain('write the options as "key: value" lines');
    expect(message("view: 42")).toContain("unknown view 42");
  });
  it("turns a throwing parser into a message", () => {
    const parsed = parseBlockOptions("view: x", () => {
      throw new Error("boom\n  at line 1");
    });
    expect(parsed).toEqual({ ok: false, message: "Clientele: the block's options are not valid YAML: boom" });
  });
});

describe("blockRows on the sample vault", () => {
  let clients: ClientStatus[] = [];
  let settings: ClienteleSettings = defaultSettings();
  beforeAll(() => {
    const vault = scanVault(VAULT);
    settings = vault.settings;
    clients = evaluateVault(vault.notes, TODAY, settings).clients;
  });
  const table = (source: string): BlockTable => blockRows(options(source), clients, TODAY, settings);
  const column = (t: BlockTable, i: number) => t.rows.map((r) => r[i]?.text);

  it("pipeline: every client in stage order, linked, with a stage summary", () => {
    const t = table("view: pipeline");
    expect(t.columns).toEqual(["Client", "Stage", "Health", "Value", "Next action"]);
    expect(t.rows).toHaveLength(14);
    expect(t.rows[0]?.[0]).toEqual({ text: "Copperleaf Coffee Roasters", link: "Clients/Copperleaf Coffee Roasters.md" });
    expect(column(t, 1)).toEqual([...Array<string>(3).fill("Discovery"), ...Array<string>(2).fill("Proposal"), ...Array<string>(4).fill("Active"), ...Array<string>(3).fill("Retention"), ...Array<string>(2).fill("Sunset")]);
    expect(t.summary).toBe("Discovery 3 · Proposal 2 · Active 4 · Retention 3 · Sunset 2 · total EUR 61,800 + GBP 4,000");
  });
  it("segment: a condition or a saved segment narrows any view; a bad one says why instead of showing all", () => {
    expect(column(table("view: pipeline\nsegment: stage:Retention"), 1)).toEqual(["Retention", "Retention", "Retention"]);
    expect(column(table("view: pipeline\nstage: Active\nsegment: stage:Retention"), 0)).toEqual([]);
    const keyAccounts = column(table("view: pipeline\nsegment: key ACCOUNTS"), 0);
    expect(keyAccounts.length).toBeGreaterThan(0);
    expect([...keyAccounts].sort()).toEqual(clients.filter((c) => c.tier === "Gold" || c.tier === "Silver").map((c) => c.client.name).sort());
    const bad = table("view: pipeline\nsegment: tier:Platinum");
    expect(bad.rows).toEqual([]);
    expect(bad.empty).toMatch(/^Clientele: segment: "tier:Platinum" is no saved segment and not a condition/);
    expect(parseBlockOptions("view: pipeline\nsegment: 3", parse)).toMatchObject({ ok: false });
  });
  it("at-risk: the most inactive first, with reasons", () => {
    const t = table("view: at-risk");
    expect(column(t, 0)).toEqual(["Meridian Clinics", "Kessler Fluid Systems", "Copperleaf Coffee Roasters", "Halloran Pike Solicitors", "Fieldnote Analytics"]);
    expect(t.rows[0]?.[4]).toEqual({ text: "No activity for 120 days; No contact for 120 days; Health 25 (Critical); Risk 66 (High): 1 invoice overdue by 5 days, 33% of the last year's invoicing; Health fell from 56 to 25; Profitability 2 of 5", tone: "bad" });
    expect(t.rows[0]?.[2]).toEqual({ text: "25 Critical", tone: "bad" });
  });
  it("health: worst first, unscored last, incomplete marked", () => {
    const t = table("view: health");
    expect(column(t, 0).slice(0, 3)).toEqual(["Fieldnote Analytics", "Meridian Clinics", "Halloran Pike Solicitors"]);
    expect(column(t, 2).slice(-3)).toEqual(["Unscored", "Unscored", "Unscored"]);
    expect(column(t, 2)).toContain("67* Good");
    expect(t.summary).toBe("* computed from fewer than four categories");
  });
  it("renewals: soonest first, toned within 60 days", () => {
    const t = table("view: renewals");
    expect(column(t, 0)).toEqual(["Northlight Studio", "Meridian Clinics", "Halloran Pike Solicitors", "Fieldnote Analytics", "Saltmarsh Goods", "Ledgerline Payments", "Vantor Aerospace Components"]);
    expect(t.rows[0]?.[2]).toEqual({ text: "in 24 days", tone: "warn" });
    expect(t.rows[3]?.[2]).toEqual({ text: "in 71 days" });
  });
  it("next-actions: by due date, overdue in red, filtered by stage and limited", () => {
    const t = table("view: next-actions\nstage: [Active, Proposal]\nlimit: 2");
    expect(column(t, 0)).toEqual(["Kessler Fluid Systems", "Fieldnote Analytics"]);
    expect(t.rows[0]?.[3]).toEqual({ text: "51 days ago", tone: "bad" });
    expect(t.summary).toBe("Showing 2 of 6.");
  });
  it("review: this week's checks in order", () => {
    const t = table("view: review");
    const checks = column(t, 0);
    expect(checks.filter((c) => c === "At risk")).toHaveLength(5);
    expect(checks.filter((c) => c === "Overdue action")).toHaveLength(5);
    expect(checks.filter((c) => c === "Health check due")).toHaveLength(8);
    expect(checks.filter((c) => c === "Renewal")).toHaveLength(3);
    expect(checks.indexOf("Renewal")).toBeGreaterThan(checks.lastIndexOf("Health check due"));
  });
  it("sort overrides the view's order", () => {
    expect(column(table("view: pipeline\nsort: value\nlimit: 2"), 0)).toEqual(["Vantor Aerospace Components", "Ledgerline Payments"]);
    expect(column(table("view: at-risk\nsort: name"), 0)[0]).toBe("Copperleaf Coffee Roasters");
  });
  it("records and client: the sample's records rolled up", () => {
    const invoices = table("view: records\nkind: invoice");
    // Open · overdue · paid · oldest overdue, in each client's currency, from Clients/Invoices/ on 2026-11-21.
    // Vantor's overdue invoice INV-0021 is USD 2,400, due 2026-11-08: counted, its amount named, not
    // summed into the EUR total. Its paid ones are 3 x 9,500 + 684.20 = EUR 29,184.20 (two decimals).
    expect(invoices.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Fieldnote Analytics", "1 · EUR 6,000", "0", "3 · EUR 18,000", "—"],
      ["Halloran Pike Solicitors", "1 · GBP 4,000", "0", "3 · GBP 12,000", "—"],
      ["Ledgerline Payments", "0", "0", "4 · EUR 32,000", "—"],
      ["Meridian Clinics", "0", "1 · EUR 2,800", "2 · EUR 5,600", "5 days"],
      ["Vantor Aerospace Components", "1 · EUR 9,500", "1 overdue (USD 2,400 not in EUR)", "4 · EUR 29,184.20", "13 days"],
    ]);
    expect(table("view: records\nkind: contract").rows[0]?.map((c) => c.text)).toEqual(["Atelier Voss Architects", "no signed contract with an end", "—", "—", "—"]);
    const t = table("view: client\nclient: vantor aerospace components");
    expect(t.rows.map((r) => r.map((c) => c.text)).slice(0, 5)).toEqual([["Client", "Vantor Aerospace Components (CLI-00001)"], ["Stage", "Active"], ["Health", "88 Excellent"], ["Last activity", "2026-11-18 (3 days ago)"], ["Last contact", "2026-11-18"]]);
    expect(t.rows.find((r) => r[0]?.text === "Invoices")?.[1]).toEqual({ text: "open 1 · EUR 9,500, 1 overdue (USD 2,400 not in EUR, oldest 13 days), paid 4 · EUR 29,184.20", tone: "bad" });
  });
  it("says so when nothing matches", () => {
    const t = blockRows(options("view: at-risk"), [], TODAY, settings);
    expect(t.rows).toEqual([]);
    expect(t.empty).toBe("No client is at risk.");
  });
});

describe("the dashboard note", () => {
  it("is the sample vault's Client dashboard.md, byte for byte", () => {
    expect(readFileSync(path.join(VAULT, "Client dashboard.md"), "utf8")).toBe(DASHBOARD_NOTE);
  });
  it("holds only blocks whose options are valid", () => {
    const blocks = [...DASHBOARD_NOTE.matchAll(/```clientele\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    expect(blocks.map((b) => options(b).view)).toEqual(["at-risk", "next-actions", "renewals", "health", "pipeline"]);
  });
  it("lives at the dashboard path setting, .md added when missing", () => {
    expect(dashboardNotePath(defaultSettings())).toBe("Client dashboard.md");
    expect(dashboardNotePath({ ...defaultSettings(), dashboardPath: "Home/Clients" })).toBe("Home/Clients.md");
  });
});

describe("health checks due on the dashboard: the one rule of the JSON's healthCheckDue (issue 11, item 13)", () => {
  const settings = defaultSettings();
  const gone = clientStatus("Clients/Gone.md", { stage: "Sunset", last_review: "2026-10-22", last_contact: TODAY });
  const lost = clientStatus("Clients/Lost.md", { stage: "Negotiation", last_contact: TODAY });
  const fresh = clientStatus("Clients/Fresh.md", { stage: "Sunset", last_review: "2026-10-23", last_contact: TODAY });
  const table = (source: string) => blockRows(options(source), [gone, lost, fresh], TODAY, settings);

  it("the review view lists a Sunset client whose check is due, and one without a stage", () => {
    expect([gone, lost, fresh].map((c) => c.healthCheckDue)).toEqual([true, true, false]);
    const due = table("view: review").rows.filter((r) => r[0]?.text === "Health check due");
    expect(due.map((r) => [r[1]?.text, r[2]?.text])).toEqual([["Gone", "last check 30 days ago"], ["Lost", "never checked"]]);
  });

  it("the health view marks their last check as due", () => {
    const lastCheck = new Map(table("view: health").rows.map((r) => [r[0]?.text, r[3]]));
    expect(lastCheck.get("Gone")).toEqual({ text: "2026-10-22", tone: "warn" });
    expect(lastCheck.get("Lost")).toEqual({ text: "never", tone: "warn" });
    expect(lastCheck.get("Fresh")).toEqual({ text: "2026-10-23" });
  });
});
