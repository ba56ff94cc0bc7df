// @vitest-environment happy-dom
// The success plan reaches the plugin's index through NoteBodies, as the history lines do: read
// from the note's text, and read again (the card redrawn) when a box is ticked.
import { describe, expect, it } from "vitest";
import { startDeps } from "../helpers/sample-plugin";
import { TODAY } from "../helpers/builders";

const PATH = "Clients/Acme.md";
const note = (second: " " | "x") => `---\ntype: client\nclient_id: CLI-00001\nstage: Active\n---\n# Acme\n\n## Success plan\n- [x] Kickoff\n- [${second}] First report\n\n## Interaction log\n`;

describe("NoteBodies: success plan", () => {
  it("gives the index the plan, and the new plan after a box is ticked", async () => {
    const h = await startDeps({ [PATH]: note(" ") });
    await h.settle();
    await h.deps.bodies.idle();
    await h.settle();
    expect(h.deps.bodies.activity(PATH)?.successPlan).toEqual({ done: 1, total: 2, percent: 50 });
    expect(h.deps.index.clients(TODAY)[0]?.successPlan).toEqual({ done: 1, total: 2, percent: 50 });
    const file = h.app.vault.getFileByPath(PATH);
    if (!file) throw new Error("no note");
    await h.app.vault.modify(file, note("x"));
    await h.settle();
    await h.deps.bodies.idle();
    await h.settle();
    expect(h.deps.index.clients(TODAY)[0]?.successPlan).toEqual({ done: 2, total: 2, percent: 100 });
  });
});
