// The public API other plugins and dataviewjs use: `app.plugins.plugins.clientele.api`.
// Versioned: a breaking change gets a new interface and `version`, the old one stays available.
import { createLive } from "./api-live";
import { findClient } from "./core/model/find-client";
import { apiRows, type FlatRow } from "./core/report/api-rows";
import { configuredStage } from "./core/pipeline/pipeline";
import type { DueKind } from "./core/agenda/due";
import type { ClientRecords, ClientStatus, Day, Health, RecordKind, RecordProps } from "./core/model/types";
import type { Deps } from "./deps";
import { moveClient } from "./obsidian/writes";
import { pluginAgenda } from "./views/agenda-view";

export type { FlatRow };

/** One agenda item (contract section 9) as the API hands it out. */
export interface ApiAgendaItem {
  /** The client note's path. */
  client: string;
  clientName: string;
  kind: DueKind;
  day: Day;
  text: string;
  overdue: boolean;
}

export interface ClienteleApiV1 {
  readonly version: 1;
  /** The client note at `path` (vault-relative, with `.md`), evaluated for today; null when it is not a client. */
  getClient(path: string): ClientStatus | null;
  /** Every client, evaluated for today, sorted by path. */
  listClients(): ClientStatus[];
  /** The client's Health Matrix result; null when `path` is not a client. */
  health(path: string): Health | null;
  /** The clients at risk today, sorted by path, each with its reasons. */
  atRisk(): ClientStatus[];
  /**
   * Moves the client to `stage` the way the "Move client to stage" command does (properties and
   * Stage history). Resolves false when `path` is not a client, `stage` is not a configured stage
   * or the note could not be changed; true when the client is now in that stage.
   */
  moveStage(path: string, stage: string): Promise<boolean>;
  /**
   * The client's related records rolled up (contract section 7: contacts, deals, contract,
   * invoices, POs, feedback); null when `path` is not a client or the vault has no records.
   */
  records(path: string): ClientRecords | null;
  /**
   * The record notes whose `client` links resolve to the client at `path`, only those of `kind`
   * when given, sorted by path; empty when `path` is not a client or no record links it.
   */
  recordsOf(path: string, kind?: RecordKind): RecordProps[];
  /**
   * The client named by its id (`CLI-00042`), its note's path, its company or its note's name,
   * as the code block's `client:` option finds it; null when none or several clients match.
   */
  client(idOrName: string): ClientStatus | null;
  /**
   * Resolves once Clientele has read the vault (at once when it has). Before that, the lists
   * above are empty: a dataviewjs block should `await api.whenReady()` first.
   */
  whenReady(): Promise<void>;
  /**
   * Calls `callback` after each change of Clientele's results: a client note or record changed,
   * the settings changed (weights, thresholds, stages), the index became ready. Returns the
   * unsubscribe function; calling it again is harmless. Unloading the plugin drops every callback.
   */
  onChange(callback: () => void): () => void;
  /** The configured pipeline stages, in order. */
  stages(): string[];
  /** Today's agenda: the due items of the coming days, overdue first, then by day and client. */
  agenda(): ApiAgendaItem[];
  /** One flat row per client, sorted by path: only text, numbers, booleans and nulls, for `dv.table`. */
  rows(): FlatRow[];
}

export type ClienteleApi = ClienteleApiV1;

/** Results are copies: a caller changing them cannot change the plugin's index. */
export function createApi(deps: Deps): ClienteleApi {
  const list = () => deps.index.clients(deps.today());
  const one = (path: string) => (typeof path === "string" ? deps.index.client(path, deps.today()) : null);
  const agendaItems = (): ApiAgendaItem[] =>
    pluginAgenda(deps).groups.flatMap((g) => g.rows.map((r) => ({ client: r.clientPath, clientName: r.clientName, kind: r.kind, day: r.day, text: r.text, overdue: r.overdue })));
  const live = createLive(deps);
  return Object.freeze({
    version: 1 as const,
    whenReady: live.whenReady,
    onChange: live.onChange,
    stages: () => [...deps.settings().stages],
    agenda: agendaItems,
    rows: () => apiRows(list(), agendaItems()),
    getClient: (path: string) => structuredClone(one(path)),
    listClients: () => structuredClone(list()),
    health: (path: string) => structuredClone(one(path)?.health ?? null),
    atRisk: () => structuredClone(list().filter((c) => c.atRisk)),
    moveStage: async (path: string, stage: string) => {
      const c = one(path);
      if (c === null || typeof stage !== "string" || configuredStage(stage, deps.settings()) === null) return false;
      return moveClient(deps, c, stage);
    },
    records: (path: string) => structuredClone(one(path)?.records ?? null),
    recordsOf: (path: string, kind?: RecordKind) => {
      if (one(path) === null) return [];
      const all = deps.index.records.of(path).filter((r) => kind === undefined || r.kind === kind);
      return structuredClone(all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
    },
    client: (idOrName: string) => {
      if (typeof idOrName !== "string" || idOrName.trim() === "") return null;
      const found = findClient(list(), idOrName);
      return found.ok ? structuredClone(found.client) : null;
    },
  });
}
