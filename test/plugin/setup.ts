// Loads the real Clientele plugin into the fake Obsidian with a set of files.
import { readFileSync } from "node:fs";
import ClientelePlugin from "../../src/main";
import { createFakeApp, flush, getOpenModal, loadPlugin, type App } from "../fake/obsidian";
import { sampleVault, type Files } from "../helpers/sample-plugin";

export type { Files };

export { sampleVault };

export const MANIFEST = JSON.parse(readFileSync("manifest.json", "utf8")) as { id: string; name: string; version: string; minAppVersion: string };

export async function startPlugin(files: Files, data?: object, options: { layoutReady?: boolean } = {}): Promise<{ app: App; plugin: ClientelePlugin }> {
  const app = createFakeApp(files, options);
  if (data) await app.vault.adapter.write(".obsidian/plugins/clientele/data.json", JSON.stringify(data));
  const plugin = await loadPlugin(ClientelePlugin, app, MANIFEST);
  await flush(app);
  return { app, plugin };
}

/** Clicks the button with this text inside the open modal. */
export function click(container: HTMLElement, text: string): void {
  const button = Array.from(container.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  button.click();
}

export function modalContent(app: App): HTMLElement {
  return getOpenModal(app).contentEl;
}

/** Lets pending promise chains (note writes after a modal closes) and metadata events run. */
export async function settle(app: App): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flush(app);
    await new Promise((r) => setTimeout(r, 0));
  }
}
