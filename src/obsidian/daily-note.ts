// Today's daily note: where the core Daily notes plugin (or the Periodic Notes community plugin)
// puts it, and the note created there when it is missing. Both plugins' settings are private,
// undocumented APIs, read defensively: anything unexpected counts as not set.
import { moment, normalizePath, type App } from "obsidian";
import type { Day } from "../core/model/types";

export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

export interface DailyNoteConfig {
  /** The folder of daily notes; "" for the vault's root. */
  folder: string;
  /** The moment.js format of a daily note's name. */
  format: string;
  /** The template note's path as the user typed it, or "". */
  template: string;
}

/** What the private registries may hold; every member is checked before use. */
interface PluginHost {
  internalPlugins?: { getPluginById?: unknown };
  plugins?: { getPlugin?: unknown };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function field(v: unknown, key: string): unknown {
  return isObject(v) ? v[key] : undefined;
}

function text(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}

/** `registry.method(id)` when the registry has such a method; undefined otherwise or when it throws. */
function lookUp(registry: unknown, method: string, id: string): unknown {
  const fn = field(registry, method);
  if (typeof fn !== "function") return undefined;
  try {
    return (fn as (this: unknown, id: string) => unknown).call(registry, id);
  } catch {
    return undefined;
  }
}

function config(options: unknown): DailyNoteConfig {
  const format = text(field(options, "format"));
  return { folder: text(field(options, "folder")).replace(/^\/+|\/+$/g, ""), format: format === "" ? DEFAULT_DAILY_FORMAT : format, template: text(field(options, "template")) };
}

/**
 * The daily note settings in use: Periodic Notes' daily settings when that plugin is on and its
 * daily notes are enabled, else the core Daily notes plugin's options, else the defaults (vault
 * root, `YYYY-MM-DD`, no template).
 */
export function dailyNoteConfig(app: App): DailyNoteConfig {
  const host = app as unknown as PluginHost;
  const daily = field(field(lookUp(host.plugins, "getPlugin", "periodic-notes"), "settings"), "daily");
  if (field(daily, "enabled") === true) return config(daily);
  return config(field(field(lookUp(host.internalPlugins, "getPluginById", "daily-notes"), "instance"), "options"));
}

/** The one call of moment used here: a strict parse of a day, then a format. */
type DayMoment = (input: string, format: string, strict: boolean) => { format(format: string): string };

/** The path of the daily note of `day` under `c` (the format may hold folders). */
export function dailyNotePath(c: DailyNoteConfig, day: Day): string {
  // obsidian.d.ts types `moment` as the library's namespace, which TypeScript does not see as callable.
  const name = (moment as unknown as DayMoment)(day, "YYYY-MM-DD", true).format(c.format);
  return normalizePath(c.folder === "" ? `${name}.md` : `${c.folder}/${name}.md`);
}

/** Where the daily note of `day` is, in the user's daily note settings. */
export function todaysDailyNotePath(app: App, day: Day): string {
  return dailyNotePath(dailyNoteConfig(app), day);
}

/** `{{date}}` and `{{title}}` (any case, spaces inside allowed), as the Daily notes plugin fills them. Linear. */
const TEMPLATE_NAME = /\{\{[ \t]*(?:date|title)[ \t]*\}\}/gi;

/** The template's text with the note's name filled in, or "" without a template. */
export async function templateText(app: App, c: DailyNoteConfig, name: string): Promise<string> {
  if (c.template === "") return "";
  const link = c.template.toLowerCase().endsWith(".md") ? c.template.slice(0, -3) : c.template;
  const file = app.metadataCache.getFirstLinkpathDest(link, "");
  if (!file) return "";
  return (await app.vault.cachedRead(file)).replace(TEMPLATE_NAME, name);
}
