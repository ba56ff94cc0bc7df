// An esbuild plugin for main.js: the plugin uses only the `yaml` package's Lexer (frontmatter
// comments, template spans; core/note/yaml-tokens.ts). yaml's browser build is ES modules but does
// not declare itself free of side effects, so esbuild keeps every module its index imports (53 KB
// minified). Its modules only define functions, classes and constants, so they are marked free of
// side effects here and esbuild keeps what the Lexer reaches (about 10 KB).
// test/lint/bundle-yaml.test.ts bundles the two users with this plugin and runs them.
import path from "node:path";

const YAML_DIR = `${path.sep}node_modules${path.sep}yaml${path.sep}`;

export const yamlLexerOnly = {
  name: "yaml-lexer-only",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, async (args) => {
      if (args.pluginData === "yaml-lexer-only") return undefined;
      const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "yaml-lexer-only" });
      return r.errors.length ? { errors: r.errors } : { path: r.path, sideEffects: false };
    });
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.includes(YAML_DIR)) return undefined;
      return { path: path.resolve(args.resolveDir, args.path), sideEffects: false };
    });
  },
};
