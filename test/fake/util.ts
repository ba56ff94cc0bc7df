// Free functions from the obsidian module: normalizePath, debounce, search helpers, link text helpers,
// binary helpers, requestUrl (no network in tests) and a few no-op loaders.
import type { CachedMetadata, ReferenceCache } from "./markdown-parse";

export const apiVersion = "1.13.1";

/**
 * Obsidian's rules: runs of "/" or "\" become one "/", leading and trailing slashes are removed, an empty
 * result becomes "/", non-breaking spaces (U+00A0, U+202F) become spaces, and the result is NFC-normalised.
 */
export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  p = p.replace(/[\u00A0\u202F]/g, " ");
  return p.normalize("NFC");
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/**
 * Like Obsidian's debounce: the first call arms a timer of `timeout` ms; later calls update the arguments and,
 * with resetTimer, restart the timer. cancel() drops the pending call; run() runs it now and returns its value.
 * Uses the global setTimeout at call time, so vi.useFakeTimers() controls it.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: [...T] | null = null;
  const fire = (): V | void => {
    timer = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    timer ??= setTimeout(fire, timeout);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer === null) return;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
}

export interface SearchResult {
  score: number;
  matches: [number, number][];
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    const lower = text.toLowerCase();
    const matches: [number, number][] = [];
    let score = 0;
    for (const w of words) {
      const i = lower.indexOf(w);
      if (i < 0) return null;
      matches.push([i, i + w.length]);
      score -= i;
    }
    matches.sort((a, b) => a[0] - b[0]);
    return { score, matches };
  };
}

/** Subsequence matching (case-insensitive, spaces in the query ignored); fewer gaps score higher. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (q === "") return { score: 0, matches: [] };
    const lower = text.toLowerCase();
    const matches: [number, number][] = [];
    let pos = 0;
    let score = 0;
    for (const ch of q) {
      const i = lower.indexOf(ch, pos);
      if (i < 0) return null;
      score -= i - pos;
      const last = matches[matches.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else matches.push([i, i + 1]);
      pos = i + 1;
    }
    return { score: score - matches.length * 0.1, matches };
  };
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: [number, number][] | null, offset = 0): void {
  const doc = el.ownerDocument ?? document;
  let pos = 0;
  for (const [s0, e0] of matches ?? []) {
    const s = s0 - offset;
    const e = e0 - offset;
    if (s > pos) el.appendChild(doc.createTextNode(text.slice(pos, s)));
    const span = doc.createElement("span");
    span.className = "suggestion-highlight";
    span.textContent = text.slice(s, e);
    el.appendChild(span);
    pos = e;
  }
  if (pos < text.length) el.appendChild(doc.createTextNode(text.slice(pos)));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.search(/[#^]/);
  return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function stripHeading(heading: string): string {
  return heading.replace(/[#|^\\%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
  return heading.replace(/[:#|^\\%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function getAllTags(cache: CachedMetadata): string[] | null {
  const out: string[] = [];
  const fmTags = cache.frontmatter?.tags ?? cache.frontmatter?.tag;
  const list = Array.isArray(fmTags) ? fmTags : typeof fmTags === "string" ? fmTags.split(/[,\s]+/) : [];
  for (const t of list) {
    if (typeof t === "string" && t.trim()) out.push(t.startsWith("#") ? t.trim() : `#${t.trim()}`);
  }
  for (const t of cache.tags ?? []) out.push(t.tag);
  return out.length ? out : null;
}

export function iterateRefs(refs: { link: string }[], cb: (ref: never) => boolean | void): boolean {
  for (const r of refs) if (cb(r as never) === true) return true;
  return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
  for (const r of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(r) === true) return true;
  return false;
}

export function getLanguage(): string {
  return "en";
}

export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split(".").map(Number);
  const b = version.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(buffer)) s += String.fromCharCode(b);
  return btoa(s);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
  const s = atob(base64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
  return [...new Uint8Array(data)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out.buffer;
}

export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

export interface RequestUrlParam {
  url: string;
  method?: string;
  contentType?: string;
  body?: string | ArrayBuffer;
  headers?: Record<string, string>;
  throw?: boolean;
}

export interface RequestUrlResponse {
  status: number;
  headers: Record<string, string>;
  arrayBuffer: ArrayBuffer;
  json: unknown;
  text: string;
}

type RequestHandler = (req: RequestUrlParam) => RequestUrlResponse | Promise<RequestUrlResponse>;
let requestHandler: RequestHandler | null = null;

/** Test hook: answer requestUrl() calls. Without a handler requestUrl() rejects: tests have no network. */
export function setRequestUrlHandler(handler: RequestHandler | null): void {
  requestHandler = handler;
}

export function requestUrl(request: RequestUrlParam | string): Promise<RequestUrlResponse> {
  const req = typeof request === "string" ? { url: request } : request;
  if (!requestHandler) return Promise.reject(new Error(`Fake obsidian: no network in tests (requestUrl ${req.url})`));
  return Promise.resolve(requestHandler(req));
}

export async function request(req: RequestUrlParam | string): Promise<string> {
  return (await requestUrl(req)).text;
}

export async function loadMathJax(): Promise<void> {}
export async function finishRenderMath(): Promise<void> {}
export async function loadMermaid(): Promise<unknown> {
  throw new Error("Fake obsidian: Mermaid is not available in tests");
}
export async function loadPdfJs(): Promise<unknown> {
  throw new Error("Fake obsidian: PDF.js is not available in tests");
}
export async function loadPrism(): Promise<unknown> {
  throw new Error("Fake obsidian: Prism is not available in tests");
}
