// ESLint: eslint-plugin-obsidianmd's recommended rules for everything, plus the headless-core boundary.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const coreBoundary = {
  files: ["src/core/**/*.ts"],
  rules: {
    "@typescript-eslint/no-restricted-imports": ["error", {
      paths: [
        { name: "obsidian", message: "src/core stays headless: no obsidian import. Put Obsidian code in src/obsidian." },
        { name: "moment", message: "src/core uses date-fns and takes `now` as a parameter." },
      ],
      patterns: [
        { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core runs in the plugin and on mobile: no Node modules." },
        { group: ["**/obsidian/**", "**/views/**", "**/ui/**", "**/commands/**", "**/cli/**", "**/main"], message: "src/core may not depend on adapters, UI or the CLI." },
      ],
    }],
    "no-restricted-globals": ["error",
      { name: "window", message: "src/core has no DOM." },
      { name: "document", message: "src/core has no DOM." },
      { name: "activeWindow", message: "src/core has no DOM." },
      { name: "activeDocument", message: "src/core has no DOM." },
      { name: "app", message: "src/core has no Obsidian app." },
      { name: "performance", message: "src/core has no clock." },
      { name: "localStorage", message: "src/core has no storage." },
    ],
    "no-restricted-syntax": ["error",
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/core has no clock: take `now` as a parameter." },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core has no clock: take `now` as a parameter." },
      { selector: "CallExpression[callee.name='Date']", message: "src/core has no clock: take `now` as a parameter." },
    ],
  },
};

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "e2e/out/", "bench/out/", "vault-template/", "coverage/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs"] },
      },
    },
  },
  coreBoundary,
  {
    // The plugin's manifest.json, checked by obsidianmd's validate-manifest rule. The rule reads an
    // ESTree object, which typescript-eslint's parser gives for a .json file; no type information.
    files: ["manifest.json"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, extraFileExtensions: [".json"] } },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
  {
    // The CLI, scripts, tests and benchmarks run in Node, not in Obsidian.
    files: ["src/cli/**/*.ts", "test/**/*.ts", "e2e/**", "bench/**", "scripts/**", "bin/**", "*.config.*", "esbuild.config.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "import/no-nodejs-modules": "off",
      "no-console": "off",
      "no-restricted-globals": "off",
      "@typescript-eslint/no-require-imports": "off",
      // Node-only code (never in the plugin bundle) may use Node modules; the plugin bundle may not.
      "obsidianmd/no-nodejs-modules": "off",
      // The CLI, scripts and benches read a vault folder on disk, where there is no Vault#configDir:
      // `.obsidian` is the documented default they look in (the CLI's --help says so).
      "obsidianmd/hardcoded-config-path": "off",
    },
  },
  {
    // Tests, the fake Obsidian and its DOM setup stand in for Obsidian and Electron: they call
    // vault.delete to act as Obsidian's own deletes, build the fake DOM with document APIs,
    // patch global timers and globalThis for happy-dom, and narrow fake files by cast. The
    // rules below are about plugin code running in Obsidian's windows, which these files are not.
    files: ["test/**/*.ts", "bench/**", "e2e/**"],
    rules: {
      "obsidianmd/prefer-file-manager-trash-file": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-instanceof": "off",
      "obsidianmd/no-tfile-tfolder-cast": "off",
      "obsidianmd/settings-tab/prefer-setting-definitions": "off",
    },
  },
]);
