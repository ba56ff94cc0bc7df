// The one write layer: every change Clientele makes to a note goes through here (move stage,
// health check, log interaction, new notes, a stage renamed in the settings). Each change is
// planned from the note as it is on disk at write time, and a client action first checks the
// note is still the client it was picked as.
import type { TFile } from "obsidian";
import { planHealthCheck, planInteraction, planStageChange, type Interaction, type NoteChange } from "../core/change/actions";
import { isClientFrontmatter, parseClient } from "../core/model/client";
import type { ClienteleSettings } from "../core/model/settings";
import type { ClientStatus, Day, HealthCategory, NotePlan } from "../core/model/types";
import { configuredStage } from "../core/pipeline/pipeline";
import { recordKindOf } from "../core/records/record";
import type { Batch } from "./change-journal";
import type { NoteStore } from "./note-store";

/** What the write layer needs: the note store, the settings and the day, a way to find a note, a Notice. */
export interface WriteContext {
  app: { vault: { getFileByPath(path: string): TFile | null } };
  store: NoteStore;
  settings(): ClienteleSettings;
  /** Today's calendar day in the user's time zone. */
  today(): Day;
  now(): Date;
  notify(message: string): void;
}

export interface HealthCheckScores {
  scores: Record<HealthCategory, number>;
  comment: string;
}

type Frontmatter = Readonly<Record<string, unknown>>;

/** The client's note, or null (with a Notice) when it no longer exists. */
export function fileOf(w: WriteContext, c: ClientStatus): TFile | null {
  const file = w.app.vault.getFileByPath(c.client.path);
  if (!file) w.notify(`Clientele: "${c.client.path}" no longer exists.`);
  return file;
}

/** The client as its note says right now (the index may be a moment behind). */
export function fresh(w: WriteContext, c: ClientStatus, frontmatter: Frontmatter) {
  return parseClient(c.client.path, frontmatter, w.settings());
}

function idOf(fm: Frontmatter): string | null {
  const raw = Object.prototype.hasOwnProperty.call(fm, "client_id") ? fm.client_id : undefined;
  if (typeof raw === "string") return raw.trim() === "" ? null : raw.trim();
  return typeof raw === "number" ? String(raw) : null;
}

/**
 * Whether the note on disk is still the client `c` was read as: the same client_id (none is
 * none), and a client note. A note with no `type` at all is only accepted for a client without
 * an id (a note whose properties Obsidian could not see, written to directly).
 */
function stillThatClient(c: ClientStatus, fm: Frontmatter): boolean {
  const wanted = typeof c.client.id === "string" && c.client.id.trim() !== "" ? c.client.id.trim() : null;
  if (idOf(fm) !== wanted) return false;
  if (isClientFrontmatter(fm)) return true;
  return wanted === null && !Object.prototype.hasOwnProperty.call(fm, "type");
}

/**
 * Applies a change planned for client `c` from its note on disk, after checking the note is
 * still that client; when it is not, writes nothing and says so naming the note.
 */
export async function applyToClient(w: WriteContext, c: ClientStatus, plan: (fm: Frontmatter) => NoteChange | null, batch?: Batch): Promise<boolean> {
  const file = fileOf(w, c);
  if (!file) return false;
  let other = false;
  const ok = await w.store.apply(file, (fm) => {
    if (!stillThatClient(c, fm)) {
      other = true;
      return null;
    }
    return plan(fm);
  }, batch);
  if (!other) return ok;
  w.notify(`Clientele: "${file.path}" is no longer the client ${c.client.name}${c.client.id ? ` (${c.client.id})` : ""}; nothing was written.`);
  return false;
}

/** Logs an interaction in the client's note (properties and Interaction log). */
export async function logInteractionFor(w: WriteContext, c: ClientStatus, i: Interaction): Promise<boolean> {
  const ok = await applyToClient(w, c, (fm) => planInteraction(fresh(w, c, fm), i), w.store.journal.begin(`Log ${i.type} with ${c.client.name}`));
  if (ok) w.notify(`Logged ${i.type} with ${c.client.name}.`);
  return ok;
}

/** Saves a health check in the client's note (the four scores, last_review and Health history). */
export function healthCheckFor(w: WriteContext, c: ClientStatus, input: HealthCheckScores): Promise<boolean> {
  const change = planHealthCheck(input.scores, input.comment, w.today(), w.settings().healthMatrix);
  return applyToClient(w, c, () => change, w.store.journal.begin(`Health check of ${c.client.name}`));
}

/**
 * Moves a client to a stage: the one write every way of moving (command, board, menu, keys, API)
 * uses. Planned from the note as it is when the write happens, so two quick moves end at the last
 * target with a true history, and moving to the stage the note already has writes nothing.
 */
export async function moveClient(w: WriteContext, c: ClientStatus, to: string): Promise<boolean> {
  const settings = w.settings();
  if (configuredStage(to, settings) === null) return true;
  // The history line names the stage text the note had, even one that is not a configured stage.
  const batch = w.store.journal.begin(`Move ${c.client.name} to ${configuredStage(to, settings) ?? to}`);
  return applyToClient(w, c, (fm) => planStageChange(fresh(w, c, fm), fm, to, w.today(), settings), batch);
}

/** Keys a board never writes as a column property: they make the note the client it is. */
const IDENTITY_KEYS = new Set(["type", "client_id", "__proto__", "constructor", "prototype"]);

function sameValue(current: unknown, value: string | number | boolean): boolean {
  if (typeof current === "string") return current.trim() === String(value).trim();
  return current === value;
}

/**
 * Sets one property of a client note, the move of a board grouped by that property (a Bases view's
 * column property): one undoable change, planned from the note on disk, touching only that key's
 * line and adding no history line. `stage` is the normal stage move (moveClient, with its history
 * line). A note that already has the value is not written; `type` and `client_id` never are.
 */
export async function setClientProperty(w: WriteContext, c: ClientStatus, key: string, value: string | number | boolean): Promise<boolean> {
  if (key === "stage") return moveClient(w, c, String(value));
  if (IDENTITY_KEYS.has(key) || key.trim() === "") {
    w.notify(`Clientele: a board does not write the property "${key}".`);
    return false;
  }
  const batch = w.store.journal.begin(`Set ${key} of ${c.client.name} to ${String(value)}`);
  let list = false;
  const ok = await applyToClient(w, c, (fm) => {
    const current = Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined;
    // A list (or nested value) is not replaced by one column's text: its other items would be lost.
    list = typeof current === "object" && current !== null;
    return list || sameValue(current, value) ? null : { patch: { [key]: value }, section: "", lines: [] };
  }, batch);
  if (list) w.notify(`Clientele: ${key} of ${c.client.name} holds a list; a board does not replace it, nothing was written.`);
  return ok && !list;
}

/**
 * After a stage was renamed in the settings: sets `stage: to` in each of these notes whose
 * stage, read from the note on disk at write time, is still `from` (case-insensitive). A note
 * whose stage changed meanwhile is left as it is. Resolves to the paths that were changed.
 */
export async function renameStageInNotes(w: WriteContext, paths: readonly string[], from: string, to: string): Promise<string[]> {
  const wanted = from.trim().toLowerCase();
  const changed: string[] = [];
  const batch = w.store.journal.begin(`Rename the stage ${from} to ${to} in the notes`);
  await Promise.all(paths.map(async (path) => {
    const file = w.app.vault.getFileByPath(path);
    if (!file) return;
    let planned = false;
    const ok = await w.store.apply(file, (fm) => {
      const raw = fm.stage;
      if (!isClientFrontmatter(fm) || typeof raw !== "string" || raw.trim().toLowerCase() !== wanted) return null;
      planned = true;
      return { patch: { stage: to }, section: "", lines: [] };
    }, batch);
    if (ok && planned) changed.push(path);
  }));
  return changed.sort();
}

/** The record kind whose day key `setRecordDay` sets. */
const RECORD_OF_KEY = { paid: "invoice", first_response: "feedback" } as const;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/**
 * Sets `key: day` on a record note (an invoice paid, a feedback answered) as one undoable change
 * named `label`, planned from the note on disk: only while it is still that kind of record (an
 * invoice for `paid`, a feedback for `first_response`) and the key is empty. Otherwise writes
 * nothing and says why in a Notice naming the note and the key. Resolves to whether it wrote.
 */
export async function setRecordDay(w: WriteContext, recordPath: string, key: "paid" | "first_response", day: Day, label: string): Promise<boolean> {
  const file = w.app.vault.getFileByPath(recordPath);
  if (!file) {
    w.notify(`Clientele: "${recordPath}" no longer exists; ${key} was not set.`);
    return false;
  }
  const kind = RECORD_OF_KEY[key];
  // Set by the plan, which runs on the note as it is at write time.
  const outcome: { why: string | null; planned: boolean } = { why: null, planned: false };
  const ok = await w.store.apply(file, (fm) => {
    if (recordKindOf(fm) !== kind) outcome.why = `is no longer ${kind === "invoice" ? "an invoice" : "a feedback"} note`;
    else if (!isBlank(Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : undefined)) outcome.why = `already has ${key} set`;
    else outcome.planned = true;
    return outcome.planned ? { patch: { [key]: day }, section: "", lines: [] } : null;
  }, w.store.journal.begin(label));
  if (outcome.why !== null) w.notify(`Clientele: "${file.path}" ${outcome.why}; ${key} was not written.`);
  return ok && outcome.planned;
}

/** Creates a note (and its folder); never overwrites. */
export function createNote(w: WriteContext, plan: NotePlan): Promise<TFile> {
  return w.store.create(plan);
}
