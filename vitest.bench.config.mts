// Runs the in-process measurements of `npm run bench` (bench/*.measure.ts), not part of `npm test`.
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./test/fake/obsidian.ts", import.meta.url)) }],
  },
  test: {
    include: ["bench/**/*.measure.ts"],
    environment: "happy-dom",
    setupFiles: ["test/setup/dom.ts"],
    execArgv: ["--expose-gc"],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
