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
<html><head><meta charset="utf-8"><title>Clientele e2e</title>
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
 * A fresh page with the app started (`window.__start`). `page.errors` collects page errors and
 * console errors; `page.timing` is what __start returned. `now`: a fixed clock (a Date), or none.
 */
export async function openPage(context, url, { files, width = 420, theme = "light", now = null, open = true }) {
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(`console error: ${m.text()}`); });
  if (now) await page.clock.setFixedTime(now);
  await page.goto(url);
  page.timing = await page.evaluate((o) => window.__start(o), { files, theme, sidebarWidth: width, open });
  return page;
}
