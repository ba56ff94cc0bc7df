// @vitest-environment happy-dom
// A vault larger than one build slice: the index is built over several main-thread tasks.
import { expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import { ClientIndex } from "../../src/obsidian/client-index";
import { createFakeApp } from "../fake/obsidian";

it("builds a 12,000-note vault in slices, stays consistent with changes made meanwhile, and ends ready", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12_000; i++) files[`Notes/N${i}.md`] = i % 4 === 0 ? `---\ntype: client\nstage: Active\n---\n` : `---\ntags: [x]\n---\n`;
  const app = createFakeApp(files);
  const index = new ClientIndex(app as never, () => defaultSettings());
  index.start();
  expect(index.ready).toBe(false);
  // Delete a client the build has not reached yet: it must not come back.
  const late = app.vault.getFileByPath("Notes/N11996.md");
  if (late) await app.vault.delete(late);
  await index.whenReady();
  expect(index.ready).toBe(true);
  expect(index.size()).toBe(2999);
  expect(index.frontmatter("Notes/N11996.md")).toBeNull();
  expect(index.frontmatter("Notes/N0.md")).not.toBeNull();
  index.unload();
});
