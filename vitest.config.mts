import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./test/fake/obsidian.ts", import.meta.url)) }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup/dom.ts"],
  },
});
