// Free functions from the obsidian module: normalizePath, debounce, requestUrl (no network in tests).

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

/** The API version the fake stands for: the `obsidian` typings it is written against (1.13.1). */
export const FAKE_API_VERSION = "1.13.1";

/** Obsidian's requireApiVersion: true when the running app's API is at least `version`. */
export function requireApiVersion(version: string): boolean {
  const have = FAKE_API_VERSION.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
