// @vitest-environment happy-dom
// Smoke test of the bundle Obsidian actually loads: main.js, built by `npm run build` (npm test
// builds before it runs the unit tests), evaluated as CommonJS with `obsidian` resolved to the fake.
import { existsSync, readFileSync } from "node:fs";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import * as fake from "../fake/obsidian";
import { MANIFEST, sampleVault } from "./setup";

function loadBundle(): new (app: never, manifest: never) => object {
  if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first");
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    if (id === "obsidian") return fake;
    throw new Error(`main.js required "${id}": the plugin bundle may only require obsidian`);
  };
  // The CommonJS wrapper Node itself puts around a module, run in this test's global context.
  const wrapper = `(function (module, exports, require) {\n${readFileSync("main.js", "utf8")}\n})`;
  const run = new Script(wrapper, { filename: "main.js" }).runInThisContext() as (m: object, e: object, r: (id: string) => unknown) => void;
  run(module, module.exports, require);
  const Plugin = (module.exports.default ?? module.exports) as new (app: never, manifest: never) => object;
  return Plugin;
}

describe("the built main.js", () => {
  it("loads against the fake Obsidian, registers its commands and builds the index", async () => {
    const app = fake.createFakeApp(sampleVault());
    const plugin = await fake.loadPlugin(loadBundle(), app, MANIFEST);
    await fake.flush(app);
    const ids = Object.keys(app.commands.commands).filter((id) => id.startsWith("clientele:"));
    expect(ids).toHaveLength(21); // as in test/plugin/lifecycle.test.ts's COMMAND_IDS
    const api = (plugin as { api: { version: number; listClients(): unknown[] } }).api;
    expect(api.version).toBe(1);
    expect(api.listClients()).toHaveLength(14);
  });

  it("requires nothing but obsidian (no Node modules in the plugin bundle)", () => {
    const text = readFileSync("main.js", "utf8");
    const required = [...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(["obsidian"]);
  });
});
