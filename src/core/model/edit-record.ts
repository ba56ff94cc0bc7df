// The edit record (contract section 4): per client note, a hash of its content and the day the
// plugin last saw that content change while Obsidian ran. One file per device in the plugin's
// folder (`edits-<device>.json`), so two devices syncing the vault never overwrite each other's
// days; the files are merged on read, the latest day winning per note.
import { isDay } from "./dates";
import type { Day } from "./types";

export const EDIT_RECORD_VERSION = 1;

export interface EditEntry {
  hash: string;
  /** null: seen, but never seen changing. */
  day: Day | null;
}

export interface EditRecord {
  device: string;
  notes: Map<string, EditEntry>;
}

const DEVICE = /^[A-Za-z0-9_-]{1,64}$/;
const FILE = /^edits-([A-Za-z0-9_-]{1,64})\.json$/;

export function isDeviceId(id: unknown): id is string {
  return typeof id === "string" && DEVICE.test(id);
}

export function editFileName(device: string): string {
  return `edits-${device}.json`;
}

/**
 * What a file in the plugin's folder is: a device's record (its device id), a file that looks like
 * one but is not (a sync tool's conflicted copy such as `edits-a1.sync-conflict-20261121-101010-X.json`,
 * `edits-a1 (conflicted copy).json`, a backup), or unrelated (null).
 */
export function editFileKind(name: string): { device: string } | "other-copy" | null {
  const m = FILE.exec(name);
  if (m) return { device: m[1] as string };
  return name.startsWith("edits-") ? "other-copy" : null;
}

function isRecordObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads one device's file; a problem (in words) when it is not a record this version can use. */
export function parseEditRecord(text: string, device: string): { record: EditRecord } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON (${(e as Error).message})` };
  }
  if (!isRecordObject(raw) || raw.version !== EDIT_RECORD_VERSION || !isRecordObject(raw.notes)) return { problem: "not an edit record of version 1" };
  if (raw.device !== device) return { problem: `it names device ${JSON.stringify(raw.device)}, not ${JSON.stringify(device)}` };
  const notes = new Map<string, EditEntry>();
  for (const [path, entry] of Object.entries(raw.notes)) {
    if (!isRecordObject(entry) || typeof entry.hash !== "string" || (entry.day !== null && !(typeof entry.day === "string" && isDay(entry.day)))) {
      return { problem: `the entry for ${JSON.stringify(path)} is not a hash and a day` };
    }
    notes.set(path, { hash: entry.hash, day: entry.day });
  }
  return { record: { device, notes } };
}

/** The file's text: entries sorted by path, so the same record always gives the same bytes. */
export function serializeEditRecord(record: EditRecord): string {
  const notes: Record<string, EditEntry> = {};
  for (const path of [...record.notes.keys()].sort()) {
    const e = record.notes.get(path) as EditEntry;
    notes[path] = { hash: e.hash, day: e.day };
  }
  return JSON.stringify({ version: EDIT_RECORD_VERSION, device: record.device, notes }, null, 1) + "\n";
}

/** Note path -> its last edit: the latest day any device recorded. */
export function mergeEditDays(records: Iterable<EditRecord>): Map<string, Day> {
  const out = new Map<string, Day>();
  for (const record of records) {
    for (const [path, e] of record.notes) {
      const best = out.get(path);
      if (e.day !== null && (best === undefined || e.day > best)) out.set(path, e.day);
    }
  }
  return out;
}

/**
 * One sighting of a note's content by this device. `baseline` is the hash this device last saw
 * for the note while running (undefined: not seen yet in this run, so this sighting is not a
 * change). A change whose content another device has already recorded is that device's edit:
 * the hash is taken over and no day is added. Returns true when `own` got a new day.
 */
export function observeContent(own: EditRecord, others: readonly EditRecord[], path: string, hash: string, baseline: string | undefined, today: Day): boolean {
  const prev = own.notes.get(path);
  if (baseline === undefined || baseline === hash) {
    if (!prev) own.notes.set(path, { hash, day: null });
    else if (prev.hash !== hash) own.notes.set(path, { hash, day: prev.day });
    return false;
  }
  if (others.some((r) => r.notes.get(path)?.hash === hash)) {
    own.notes.set(path, { hash, day: prev?.day ?? null });
    return false;
  }
  own.notes.set(path, { hash, day: today });
  return prev?.day !== today;
}

/**
 * A note was renamed: its entries move to the new path in every record held, and this device's
 * entry carries the latest day of any device, so the note keeps its last edit after devices that
 * have not seen the rename write again. True when this device's record changed.
 */
export function renameInRecords(own: EditRecord, others: readonly EditRecord[], oldPath: string, newPath: string): boolean {
  let day: Day | null = null;
  for (const r of [own, ...others]) for (const p of [oldPath, newPath]) day = latestOf(day, r.notes.get(p)?.day ?? null);
  const moved = own.notes.get(oldPath) ?? others.map((r) => r.notes.get(oldPath)).find((e) => e !== undefined);
  for (const r of others) {
    const e = r.notes.get(oldPath);
    if (e) {
      r.notes.delete(oldPath);
      r.notes.set(newPath, e);
    }
  }
  if (!moved) return false;
  own.notes.delete(oldPath);
  own.notes.set(newPath, { hash: moved.hash, day });
  return true;
}

function latestOf(a: Day | null, b: Day | null): Day | null {
  return a === null ? b : b === null || a >= b ? a : b;
}
