// Finding one client by what a person types: its id (`CLI-00042`), its company, its note's name or
// its path, compared in NFC without regard to case.
import type { ClientStatus } from "./types";

export type Found = { ok: true; client: ClientStatus } | { ok: false; message: string };

function key(s: string): string {
  return s.normalize("NFC").trim().toLowerCase();
}

function noteName(path: string): string {
  const file = path.split("/").pop() ?? path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

/** The client `query` names: an exact id or path first, then a unique company or note name. */
export function findClient(clients: readonly ClientStatus[], query: string): Found {
  const q = key(query);
  const exact = clients.filter((s) => (s.client.id !== null && key(s.client.id) === q) || key(s.client.path) === q || key(s.client.path) === `${q}.md`);
  const named = exact.length > 0 ? exact : clients.filter((s) => key(s.client.name) === q || key(noteName(s.client.path)) === q);
  if (named.length === 1 && named[0]) return { ok: true, client: named[0] };
  if (named.length === 0) return { ok: false, message: `no client "${query.trim()}" among ${clients.length} client notes (try the client id, e.g. CLI-00001, or the note's name)` };
  return { ok: false, message: `"${query.trim()}" names ${named.length} clients: ${named.map((s) => `${s.client.path}${s.client.id ? ` (${s.client.id})` : ""}`).join(", ")}; use the id or the path` };
}
