// The settings tab's version 2 sections: value and risk (contract section 8), segments and tag
// rules (one per line, as text), and workflows. Each row checks what it is given and says why it
// did not save.
import type { Setting } from "obsidian";
import { formatSegments, formatTagRules, parseSegmentLines, parseTagRuleLines } from "../core/intel/segment-lines";
import { pathProblem, type ClienteleSettings } from "../core/model/settings";
import type { SettingRow } from "./settings-records";

type Save = (patch: Partial<ClienteleSettings>) => Promise<void>;

function errorOf(setting: Setting): (message: string) => void {
  const el = setting.descEl.createDiv({ cls: "clientele-setting-error" });
  return (message) => el.setText(message);
}

/** A whole number from `min` to `max`, saved when valid. */
function wholeRow(name: string, desc: string, value: number, min: number, max: number, apply: (n: number) => Promise<void>): SettingRow {
  return { name, desc, render: (setting) => {
    const show = errorOf(setting);
    setting.addText((t) => {
      t.inputEl.type = "number";
      t.setValue(String(value)).onChange(async (v) => {
        const n = Number(v);
        const ok = v.trim() !== "" && Number.isInteger(n) && n >= min && n <= max;
        show(ok ? "" : `Not saved: enter a whole number from ${min} to ${max}.`);
        if (ok) await apply(n);
      });
    });
  } };
}

export function valueRiskRows(current: () => ClienteleSettings, save: Save): SettingRow[] {
  const s = current();
  const weight = (key: "payment" | "churn" | "profitability", label: string): SettingRow =>
    wholeRow(`Risk weight: ${label}`, "", s.riskWeights[key], 0, 100, (n) => save({ riskWeights: { ...current().riskWeights, [key]: n } }));
  return [
    wholeRow("Expected lifespan (months)", "Lifetime value counts a client as staying at least this long.", s.expectedLifespanMonths, 1, 1200, (n) => save({ expectedLifespanMonths: n })),
    wholeRow("Gold tier from", "The lowest lifetime value of a Gold client.", s.tiers.gold, 0, 1e12, (n) => save({ tiers: { ...current().tiers, gold: n } })),
    wholeRow("Silver tier from", "The lowest lifetime value of a Silver client; below it, Bronze.", s.tiers.silver, 0, 1e12, (n) => save({ tiers: { ...current().tiers, silver: n } })),
    weight("payment", "payment"),
    weight("churn", "churn"),
    weight("profitability", "profitability"),
  ];
}

/** A text area of lines, saved only when every line reads. */
function linesRow<T>(name: string, desc: string, text: string, parse: (t: string) => { ok: true; items: T[] } | { ok: false; problem: string }, apply: (items: T[]) => Promise<void>): SettingRow {
  return { name, desc, render: (setting) => {
    const show = errorOf(setting);
    setting.addTextArea((t) => {
      t.inputEl.rows = 4;
      t.inputEl.setAttr("aria-label", name);
      t.setValue(text).onChange(async (v) => {
        const read = parse(v);
        show(read.ok ? "" : `Not saved: ${read.problem}.`);
        if (read.ok) await apply(read.items);
      });
    });
  } };
}

export function segmentRows(current: () => ClienteleSettings, save: Save): SettingRow[] {
  const s = current();
  return [
    linesRow("Segments", "One per line: a name, = and a condition, e.g. Key accounts = tier:Gold,Silver. Keys: stage, tier, risk, band, engagement, atrisk, tag, alltags, -tag, text. Used by the board, code blocks (segment:), bulk edit and the CLI (--segment).",
      formatSegments(s.segments), parseSegmentLines, (segments) => save({ segments })),
    linesRow("Tag rules", "One per line: a condition, => and a tag (or -tag to remove it), e.g. risk:High => watch. Nothing is tagged until you run “Apply tag rules” and confirm its preview.",
      formatTagRules(s.tagRules), parseTagRuleLines, (tagRules) => save({ tagRules })),
  ];
}

export function workflowRows(current: () => ClienteleSettings, save: Save): SettingRow[] {
  const s = current();
  const folder = (name: string, desc: string, key: "workflowsFolder" | "workflowNotesFolder"): SettingRow => ({ name, desc, render: (setting) => {
    const show = errorOf(setting);
    setting.addText((t) => t.setValue(s[key]).onChange(async (v) => {
      const problem = v.trim() === "" ? null : pathProblem(v);
      show(problem ? `Not saved: the path ${problem}.` : "");
      if (!problem) await save({ [key]: v.trim() });
    }));
  } });
  return [
    folder("Workflows folder", "Notes here are your own workflows for “Insert workflow”: the title is the name, each - [ ] line a step, (+N days) its due day.", "workflowsFolder"),
    folder("Workflow notes folder", "Where workflows that are notes of their own are created; empty: Workflows in the clients folder.", "workflowNotesFolder"),
  ];
}
