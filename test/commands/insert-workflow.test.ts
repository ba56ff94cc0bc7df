// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { insertWorkflow, loadWorkflows } from "../../src/commands/insert-workflow";
import { BUILTIN_WORKFLOWS, type Workflow } from "../../src/core/create/workflows";
import { defaultSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import { ClientSuggestModal } from "../../src/ui/client-suggest";
import { WorkflowSuggestModal } from "../../src/ui/workflow-suggest";
import { getOpenModal, notices, readFile, suggestModal } from "../fake/obsidian";
import { startDeps, type Harness } from "../helpers/sample-plugin";

const ACME_PATH = "Clients/Acme Robotics.md";
const ACME = "---\ntype: client\nclient_id: CLI-00001\ncompany: Acme Robotics\nstage: Active\n---\n# Acme Robotics\n\n## Interaction log\n- 2026-11-01 · call · kickoff\n\nNotes stay here.\n";
const BETA = "---\ntype: client\nclient_id: CLI-00002\ncompany: Beta & Co [[x]]\nstage: Proposal\n---\n# Beta\n";
const KICKOFF = "---\ntarget: section\n---\n# Kickoff\n\n- [ ] Book the room (+1 day)\n- [ ] Send slides to {{client}} (+3 days)\n- [ ] Celebrate\n";

/** Waits until a Notice matching `re` has been shown (the write runs after the modal closes). */
async function noticeMatching(re: RegExp): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const hit = notices().find((m) => re.test(m));
    if (hit !== undefined) return hit;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`No notice matching ${re}; shown: ${JSON.stringify(notices())}`);
}

async function openActive(h: Harness, path: string): Promise<void> {
  const file = h.app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await h.app.workspace.getLeaf(false).openFile(file);
}

/** Runs the command with the active note as client and picks the workflow named `name`. */
async function insertFor(h: Harness, name: string): Promise<void> {
  await insertWorkflow(h.deps);
  const modal = suggestModal<Workflow>(getOpenModal(h.fake, WorkflowSuggestModal));
  await modal.waitForSuggestions();
  modal.chooseSuggestion((w) => w.name === name);
}

describe("insert-workflow", () => {
  it("appends a section workflow to the active client note, keeping every other byte, and opens it", async () => {
    const h = await startDeps({ [ACME_PATH]: ACME }, defaultSettings());
    await h.settle();
    await openActive(h, ACME_PATH);
    await insertFor(h, "Payment collection");
    expect(await noticeMatching(/^Added/)).toBe('Added the workflow "Payment collection" (5 steps) to Acme Robotics.');
    const text = readFile(h.fake, ACME_PATH);
    expect(text).toBe(
      `${ACME}\n## Workflow: Payment collection (2026-11-21)\n` +
        "- [ ] Check that the invoice was received (due 2026-11-21)\n" +
        "- [ ] Send a friendly payment reminder (due 2026-11-22)\n" +
        "- [ ] Call the billing contact (due 2026-11-28)\n" +
        "- [ ] Send a formal overdue notice (due 2026-12-05)\n" +
        "- [ ] Agree a payment plan or escalate (due 2026-12-12)\n",
    );
    expect(h.app.workspace.getActiveFile()?.path).toBe(ACME_PATH);
  });

  it("inserting the same workflow twice on one day writes it once and says so", async () => {
    const h = await startDeps({ [ACME_PATH]: ACME }, defaultSettings());
    await h.settle();
    await openActive(h, ACME_PATH);
    await insertFor(h, "Onboarding checklist");
    await noticeMatching(/^Added/);
    const once = readFile(h.fake, ACME_PATH);
    await insertFor(h, "Onboarding checklist");
    expect(await noticeMatching(/already has/)).toBe('Clientele: Acme Robotics already has the workflow "Onboarding checklist" of 2026-11-21; nothing was added.');
    expect(readFile(h.fake, ACME_PATH)).toBe(once);
    expect(once.split("## Workflow: Onboarding checklist (2026-11-21)").length).toBe(2);
  });

  it("asks for the client when the active note is not one, then creates a note-target workflow linked to it", async () => {
    const h = await startDeps({ [ACME_PATH]: ACME, "Clients/Beta.md": BETA, "Inbox.md": "# Inbox\n" }, defaultSettings());
    await h.settle();
    await openActive(h, "Inbox.md");
    await insertWorkflow(h.deps);
    const clients = suggestModal<ClientStatus>(getOpenModal(h.fake, ClientSuggestModal));
    expect((await clients.waitForSuggestions()).map((c) => c.client.name)).toEqual(["Acme Robotics", "Beta & Co [[x]]"]);
    clients.chooseSuggestion((c) => c.client.path === "Clients/Beta.md");
    const workflows = suggestModal<Workflow>(getOpenModal(h.fake, WorkflowSuggestModal));
    expect((await workflows.waitForSuggestions()).map((w) => w.name)).toEqual(BUILTIN_WORKFLOWS.map((w) => w.name));
    workflows.chooseSuggestion((w) => w.id === "offboarding");
    const path = "Clients/Workflows/Beta - Offboarding 2026-11-21.md";
    expect(await noticeMatching(/^Created/)).toBe(`Created the workflow "Offboarding" (6 steps) for Beta & Co [[x]]: ${path}.`);
    const text = readFile(h.fake, path);
    expect(text).toContain('type: workflow\nclient: "[[Beta]]"\n');
    expect(text).toContain("# Offboarding: Beta & Co \\[\\[x\\]\\]\n");
    expect(text).toContain("Hi Beta & Co \\[\\[x\\]\\] team,");
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
    // The client note itself is not touched.
    expect(readFile(h.fake, "Clients/Beta.md")).toBe(BETA);
  });

  it("a note-target workflow already created today is opened, not created again", async () => {
    const h = await startDeps({ [ACME_PATH]: ACME }, defaultSettings());
    await h.settle();
    await openActive(h, ACME_PATH);
    await insertFor(h, "Deal review");
    await noticeMatching(/^Created/);
    const path = "Clients/Workflows/Acme Robotics - Deal review 2026-11-21.md";
    const first = readFile(h.fake, path);
    await openActive(h, ACME_PATH);
    await insertFor(h, "Deal review");
    expect(await noticeMatching(/already exists/)).toBe(`Clientele: "${path}" already exists; nothing was added.`);
    expect(readFile(h.fake, path)).toBe(first);
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
    expect(h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Clients/Workflows/"))).toHaveLength(1);
  });

  it("offers the workflows folder's notes after the built-in ones and names a note that is not a workflow", async () => {
    const settings = { ...defaultSettings(), workflowsFolder: "Playbooks" };
    const h = await startDeps({
      [ACME_PATH]: ACME,
      "Playbooks/Kickoff.md": KICKOFF,
      "Playbooks/Broken.md": "# Nothing here\n",
      "Elsewhere/Ignored.md": "- [ ] not in the folder\n",
    }, settings);
    await h.settle();
    const loaded = await loadWorkflows(h.deps);
    expect(loaded.workflows.map((w) => w.name)).toEqual([...BUILTIN_WORKFLOWS.map((w) => w.name), "Kickoff"]);
    expect(loaded.problems).toEqual(['"Playbooks/Broken.md" has no "- [ ]" steps']);
    await openActive(h, ACME_PATH);
    await insertFor(h, "Kickoff");
    expect(notices()).toContain('Clientele: a workflow note was skipped: "Playbooks/Broken.md" has no "- [ ]" steps.');
    expect(await noticeMatching(/^Added/)).toBe('Added the workflow "Kickoff" (3 steps) to Acme Robotics.');
    expect(readFile(h.fake, ACME_PATH)).toBe(
      `${ACME}\n## Workflow: Kickoff (2026-11-21)\n- [ ] Book the room (due 2026-11-22)\n- [ ] Send slides to Acme Robotics (due 2026-11-24)\n- [ ] Celebrate\n`,
    );
  });

  it("writes nothing to a note that stopped being a client note", async () => {
    const h = await startDeps({ [ACME_PATH]: ACME }, defaultSettings());
    await h.settle();
    await openActive(h, ACME_PATH);
    await insertWorkflow(h.deps);
    const modal = suggestModal<Workflow>(getOpenModal(h.fake, WorkflowSuggestModal));
    await modal.waitForSuggestions();
    const file = h.app.vault.getFileByPath(ACME_PATH);
    if (!file) throw new Error("no client");
    const changed = ACME.replace("type: client", "type: archive");
    await h.app.vault.modify(file, changed);
    modal.chooseSuggestion((w) => w.id === "reactivation");
    expect(await noticeMatching(/no longer a client/)).toBe(`Clientele: "${ACME_PATH}" is no longer a client note; nothing was written.`);
    expect(readFile(h.fake, ACME_PATH)).toBe(changed);
  });
});
