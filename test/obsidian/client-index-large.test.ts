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

it("evaluates every client in slices before it is ready: the same statuses as an index evaluated at once, and none evaluated again when asked", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12_000; i++) files[`Notes/N${i}.md`] = i % 4 === 0 ? `---\ntype: client\nstage: ${i % 8 === 0 ? "Active" : "Proposal"}\nlast_contact: 2026-0${1 + (i % 9)}-10\n---\n` : `---\ntags: [x]\n---\n`;
  const app = createFakeApp(files);
  let evaluations = 0;
  const sliced = new ClientIndex(app as never, () => defaultSettings(), () => {
    evaluations++;
    return undefined;
  }, () => "2026-11-21");
  const tasks: number[] = [];
  const setTimeout = window.setTimeout.bind(window);
  window.setTimeout = ((fn: () => void, ms?: number) => setTimeout(() => {
    tasks.push(evaluations);
    fn();
  }, ms)) as typeof window.setTimeout;
  try {
    sliced.start();
    expect(sliced.ready).toBe(false);
    await sliced.whenReady();
  } finally {
    window.setTimeout = setTimeout;
  }
  expect(evaluations).toBe(3000);
  // The 3,000 evaluations ran over several tasks (1,000 a task), not in one.
  expect(tasks.filter((n) => n > 0 && n < 3000).length).toBeGreaterThanOrEqual(2);
  evaluations = 0;
  const list = sliced.clients("2026-11-21");
  expect(evaluations).toBe(0);
  const atOnce = new ClientIndex(app as never, () => defaultSettings());
  atOnce.start();
  await atOnce.whenReady();
  expect(list).toHaveLength(3000);
  expect(list).toEqual(atOnce.clients("2026-11-21"));
  sliced.unload();
  atOnce.unload();
});
