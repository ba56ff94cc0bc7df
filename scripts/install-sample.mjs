// Copies the built plugin (main.js, manifest.json, styles.css) into the sample vault, so opening
// vault-template/ in Obsidian runs this build of Clientele.
import { copyFileSync, mkdirSync } from "node:fs";

const target = "vault-template/.obsidian/plugins/clientele";
mkdirSync(target, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, `${target}/${f}`);
process.stdout.write(`Installed Clientele into ${target}/ (open vault-template/ as a vault in Obsidian to try it)\n\n`);
