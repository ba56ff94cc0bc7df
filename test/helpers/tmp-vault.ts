// Writes a throwaway vault folder on disk for CLI tests.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function tmpVault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "clientele-vault-"));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}
