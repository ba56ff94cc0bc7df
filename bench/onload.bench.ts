// @vitest-environment happy-dom
// Plugin onload in the fake Obsidian: registrations only (the index starts on layout ready).
// The fake apps are built before the timed part, so only the plugin's construct + onload is timed.
import { bench, describe } from "vitest";
import ClientelePlugin from "../src/main";
import { createFakeApp, loadPlugin, type App } from "../test/fake/obsidian";
import { MANIFEST, sampleVault } from "../test/plugin/setup";

const files = sampleVault();
const apps: App[] = [];

describe("plugin onload", () => {
  bench(
    "construct + onload (layout not ready)",
    async () => {
      const app = apps.pop() ?? createFakeApp(files, { layoutReady: false });
      await loadPlugin(ClientelePlugin, app, MANIFEST);
    },
    {
      iterations: 100,
      warmupIterations: 10,
      setup: () => {
        while (apps.length < 120) apps.push(createFakeApp(files, { layoutReady: false }));
      },
    },
  );
});
