// @vitest-environment happy-dom
// The pickers rank with Obsidian's fuzzy search and highlight the matched letters.
import type { App } from "obsidian";
import { describe, expect, it } from "vitest";
import { BUILTIN_WORKFLOWS } from "../../src/core/create/workflows";
import { fuzzyRank } from "../../src/ui/fuzzy";
import { ClientSuggestModal, StageSuggestModal } from "../../src/ui/client-suggest";
import { WorkflowSuggestModal } from "../../src/ui/workflow-suggest";
import { createFakeApp, suggestModal } from "../fake/obsidian";
import { clientStatus } from "../helpers/builders";

const CLIENTS = [
  clientStatus("Clients/Crane.md", { type: "client", company: "Crane & Co", client_id: "CLI-00003", stage: "Active" }),
  clientStatus("Clients/Acme.md", { type: "client", company: "Acme Robotics", client_id: "CLI-00001", stage: "Active" }),
  clientStatus("Clients/Arc.md", { type: "client", company: "A Rich Customer Maker", client_id: "CLI-00002", stage: "Proposal" }),
];

describe("fuzzyRank", () => {
  it("keeps the given order for an empty query and drops what does not match", () => {
    expect(fuzzyRank(["b", "a"], " ", (s) => [s]).map((r) => r.item)).toEqual(["b", "a"]);
    expect(fuzzyRank(["Acme", "Beta"], "zz", (s) => [s])).toEqual([]);
  });

  it("ranks by score, best first: a fuzzy match the substring filter missed comes after the contiguous one", () => {
    const names = fuzzyRank(CLIENTS, "acm", (c) => [c.client.name]).map((r) => r.item.client.name);
    expect(names).toEqual(["Acme Robotics", "A Rich Customer Maker"]);
  });
});

describe("pickers", () => {
  it("the client picker ranks names and ids and highlights the matched letters", async () => {
    const app = createFakeApp() as unknown as App;
    const picker = new ClientSuggestModal(app, CLIENTS, "Pick", () => {});
    picker.open();
    const modal = suggestModal(picker);
    expect((await modal.setQuery("acm")).map((c) => c.client.name)).toEqual(["Acme Robotics", "A Rich Customer Maker"]);
    const first = modal.resultContainerEl.querySelector(".suggestion-item .clientele-suggest-title");
    expect(Array.from(first?.querySelectorAll(".suggestion-highlight") ?? []).map((s) => s.textContent)).toEqual(["Acm"]);
    expect(first?.textContent).toBe("Acme Robotics");
    expect((await modal.setQuery("00002")).map((c) => c.client.name)).toEqual(["A Rich Customer Maker"]);
    const note = modal.resultContainerEl.querySelector(".clientele-suggest-note");
    expect(note?.querySelector(".suggestion-highlight")?.textContent).toBe("00002");
    expect(note?.textContent).toBe("CLI-00002 · Proposal · Unscored");
    modal.close();
  });

  it("the stage and workflow pickers rank fuzzily too", async () => {
    const app = createFakeApp() as unknown as App;
    const stagePicker = new StageSuggestModal(app, ["Discovery", "Proposal", "Active", "Retention", "Sunset"], "Active", () => {});
    stagePicker.open();
    const stages = suggestModal(stagePicker);
    expect(await stages.setQuery("rtn")).toEqual(["Retention"]);
    expect(stages.resultContainerEl.querySelectorAll(".suggestion-highlight")).toHaveLength(3);
    stages.close();
    const workflowPicker = new WorkflowSuggestModal(app, BUILTIN_WORKFLOWS, "Pick", () => {});
    workflowPicker.open();
    const workflows = suggestModal(workflowPicker);
    const got = await workflows.setQuery("onbrd");
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]?.name.toLowerCase()).toContain("onboarding");
    workflows.close();
  });
});
