// Shared by e2e/run.mjs (tests) and bench/browser.mjs (timings): build the BUILT main.js (when
// missing) and the harness bundle, serve them from 127.0.0.1, launch Debian Chromium through
// playwright-core, and open a page with the fake Obsidian app started.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Builds main.js with `node esbuild.config.mjs production` when it (or styles.css) is missing. False: the build failed. */
export function ensureMain(mainPath, say) {
  if (existsSync(mainPath) && existsSync(join(ROOT, "styles.css"))) return true;
  say("main.js missing: building it (node esbuild.config.mjs production)");
  const r = spawnSync("node", ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "inherit" });
  return r.status === 0;
}

/** Bundles e2e/harness.ts (the fake Obsidian and the app shell) into `outDir`, with the page that loads main.js. */
export async function buildHarness(outDir) {
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, "e2e", "harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    outfile: join(outDir, "harness.js"),
    alias: { obsidian: join(ROOT, "test", "fake", "obsidian.ts") },
    logLevel: "warning",
  });
  writeFileSync(join(outDir, "index.html"), `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clientele e2e</title>
<link rel="stylesheet" href="/e2e/shell.css"><link rel="stylesheet" href="/styles.css"></head>
<body>
<script src="/e2e/out/harness.js"></script>
<script>var module = { exports: {} }; var exports = module.exports; var require = window.__require;</script>
<script src="/main.js"></script>
<script>window.__pluginModule = module;</script>
</body></html>
`);
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** A static server on a random 127.0.0.1 port for exactly the files the page needs. */
export async function serve(outDir, mainPath) {
  const served = {
    "/": join(outDir, "index.html"),
    "/e2e/out/harness.js": join(outDir, "harness.js"),
    "/e2e/shell.css": join(ROOT, "e2e", "shell.css"),
    "/styles.css": join(ROOT, "styles.css"),
    "/main.js": mainPath,
  };
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    if (pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = served[pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": `${TYPES[extname(file)] ?? "text/plain"}; charset=utf-8`, "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Chromium (headless) with a fresh profile in `profileDir`. */
export function launch(profileDir, { width = 1280, height = 800 } = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * No request leaves the machine. Every request the browser context makes (documents, scripts,
 * stylesheets, images, fonts, media, fetch/XHR, beacons, event sources, manifests, requests from
 * dedicated and shared workers), every WebSocket, every service worker and worker script is checked:
 * anything but data:, blob:, about:, file: or the test's own server (`serverUrl`) is recorded in the
 * returned list and aborted. Hints that fetch without a request event (preconnect, dns-prefetch) and
 * URLs that would only load later (a lazy image, a link) are found by `externalUrls` in the page.
 */
export async function guardNetwork(context, serverUrl) {
  const origin = new URL(serverUrl).origin;
  const offences = [];
  const note = (what, url) => {
    const line = `${what} ${url}`;
    if (!offences.includes(line)) offences.push(line);
  };
  const local = (url) => isLocal(url, origin);
  await context.route("**/*", (route) => {
    const r = route.request();
    if (local(r.url())) return route.fallback();
    note(`${r.resourceType()} request`, r.url());
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(() => true, (ws) => {
    if (local(ws.url())) return ws.connectToServer();
    note("websocket", ws.url());
    return ws.close({ code: 1008, reason: "no network in the e2e tests" });
  });
  // Requests the router may not see (a service worker's own fetches): the context's request event.
  context.on("request", (r) => { if (!local(r.url())) note(`${r.resourceType()} request`, r.url()); });
  context.on("serviceworker", (w) => note("service worker", w.url()));
  const watch = (page) => {
    page.on("websocket", (ws) => { if (!local(ws.url())) note("websocket", ws.url()); });
    page.on("worker", (w) => { if (!local(w.url())) note("worker", w.url()); });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return offences;
}

function isLocal(url, origin) {
  try {
    const u = new URL(url);
    return ["data:", "blob:", "about:", "file:"].includes(u.protocol) || u.origin === origin;
  } catch {
    return false;
  }
}

/**
 * Every URL in the page's DOM, styles and resource timing that is not local: attributes that fetch
 * or link (src, srcset, href, poster, data, action, formaction, background, xlink:href, ping),
 * <link rel> hints (preconnect, dns-prefetch, prefetch, preload, modulepreload, prerender), url(...)
 * and @import in inline styles, style sheets and computed styles (backgrounds, masks, list images,
 * cursors, content, border images, @font-face), <meta http-equiv=refresh>, and every resource the
 * page has loaded (performance entries).
 */
export function externalUrls(page) {
  return page.evaluate(() => {
    const origin = location.origin;
    const found = new Set();
    const check = (where, raw) => {
      const text = String(raw ?? "").trim();
      if (!text) return;
      let u;
      try { u = new URL(text, location.href); } catch { return; }
      if (["data:", "blob:", "about:", "file:", "javascript:"].includes(u.protocol) || u.origin === origin) return;
      if (u.protocol === "mailto:" || u.protocol === "tel:") return;
      found.add(`${where}: ${u.href}`);
    };
    const cssUrls = (where, css) => {
      for (const m of String(css ?? "").matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/g)) check(where, m[2] ?? m[4]);
    };
    const ATTRS = ["src", "href", "poster", "data", "action", "formaction", "background", "xlink:href", "ping", "manifest", "codebase", "cite", "longdesc", "lowsrc", "dynsrc"];
    const PROPS = ["background-image", "mask-image", "-webkit-mask-image", "list-style-image", "cursor", "content", "border-image-source", "shape-outside"];
    for (const el of document.querySelectorAll("*")) {
      const tag = el.tagName.toLowerCase();
      for (const a of ATTRS) if (el.hasAttribute(a)) check(`<${tag} ${a}>`, el.getAttribute(a));
      for (const a of ["srcset", "imagesrcset"]) {
        if (el.hasAttribute(a)) for (const part of el.getAttribute(a).split(",")) check(`<${tag} ${a}>`, part.trim().split(/\s+/)[0]);
      }
      if (tag === "meta" && /refresh/i.test(el.getAttribute("http-equiv") ?? "")) check("<meta refresh>", (el.getAttribute("content") ?? "").replace(/^[^;]*;\s*url=/i, ""));
      if (el.hasAttribute("style")) cssUrls(`<${tag} style>`, el.getAttribute("style"));
      const cs = getComputedStyle(el);
      for (const p of PROPS) cssUrls(`<${tag}> ${p}`, cs.getPropertyValue(p));
      for (const pseudo of ["::before", "::after", "::marker"]) {
        const ps = getComputedStyle(el, pseudo);
        for (const p of PROPS) cssUrls(`<${tag}>${pseudo} ${p}`, ps.getPropertyValue(p));
      }
    }
    const rules = (sheet, where) => {
      let list;
      try { list = sheet.cssRules; } catch { check(`${where} (unreadable)`, sheet.href); return; }
      for (const r of list) {
        if (r.styleSheet) { check(`${where} @import`, r.href); rules(r.styleSheet, where); continue; }
        if (r.cssRules) rules(r, where);
        cssUrls(where, r.cssText);
      }
    };
    for (const sheet of document.styleSheets) {
      if (sheet.href) check("style sheet", sheet.href);
      rules(sheet, `style sheet ${sheet.href ?? "<style>"}`);
    }
    for (const sheet of document.adoptedStyleSheets ?? []) rules(sheet, "adopted style sheet");
    for (const e of performance.getEntriesByType("resource")) check(`loaded (${e.initiatorType})`, e.name);
    for (const e of performance.getEntriesByType("navigation")) check("navigation", e.name);
    return [...found];
  });
}

/**
 * A fresh page with the app started (`window.__start`). `page.errors` collects page errors and
 * console errors; `page.timing` is what __start returned. `now`: a fixed clock (a Date), or none.
 * `mobile`: a phone, as Obsidian's mobile app is on one: the window is `width` x `height` CSS px
 * (device scale 2), touch input, mobile viewport emulation, and the body classes `is-mobile is-phone`
 * that Obsidian sets on phones (the shell then shows the sidebar as a full-width drawer). Without
 * `mobile`, `width` is the sidebar's width in the shared desktop window and `height` is ignored.
 */
export async function openPage(context, url, { files, width = 420, height = 844, mobile = false, theme = "light", now = null, open = true }) {
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(`console error: ${m.text()}`); });
  if (now) await page.clock.setFixedTime(now);
  if (mobile) {
    await page.setViewportSize({ width, height });
    page.cdp = await context.newCDPSession(page);
    await page.cdp.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 2, mobile: true });
    await page.cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
  }
  await page.goto(url);
  page.timing = await page.evaluate((o) => window.__start(o), { files, theme, sidebarWidth: width, open });
  if (mobile) {
    await page.evaluate(() => document.body.classList.add("is-mobile", "is-phone"));
    await page.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0))));
  }
  return page;
}
