// @vitest-environment happy-dom
// "Switch journey" driven through its window on the fake app: the preview names who moves where,
// nothing is written before the user switches (or when they cancel), what is applied is exactly
// the preview, and one "Undo last change" gives back the notes' bytes and the previous stages.
import { describe, expect, it } from "vitest";
import { DropdownComponent, getControl, getOpenModal, notices, readFile, TextComponent } from "../fake/obsidian";
import { click } from "../plugin/setup";
import { startDeps } from "../helpers/sample-plugin";
import { switchJourneyCommand } from "../../src/commands/journey";
import { undoLast } from "../../src/commands/bulk-commands";
import { defaultSettings } from "../../src/core/model/settings";
import { stageSettingsOf } from "../../src/core/model/journeys";

const note = (id: number, name: string, stage: string) =>
  `---\ntype: client\nclient_id: CLI-0000${id}\ncompany: ${name}\nstage: ${stage} # where they are\n---\n# ${name}\n\nNotes.\n`;
const FILES: Record<string, string> = {
  "Clients/Acme.md": note(1, "Acme", "Active"),
  "Clients/Globex.md": note(2, "Globex", "Active"),
  "Clients/Initech.md": note(3, "Initech", "Discovery"),
  "Clients/Umbrella.md": note(4, "Umbrella", "Sunset"),
  "Clients/Hooli.md": `---\ntype: client\nclient_id: CLI-00005\ncompany: Hooli\n---\n# Hooli\n`,
};

async function start() {
  const h = await startDeps(FILES, defaultSettings());
  await h.settle();
  return { ...h, app: h.fake };
}

async function waitWrites(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

function preview(el: HTMLElement): string[] {
  return Array.from(el.querySelectorAll(".clientele-journey-preview details"), (d) => {
    const names = Array.from(d.querySelectorAll("li"), (li) => li.textContent).join(", ");
    return `${d.querySelector("summary")?.textContent ?? ""} [${names}]`;
  });
}

describe("switch-journey", () => {
  it("previews the moves, writes exactly them and the stage settings on Switch, and one undo restores bytes and settings", async () => {
    const { app, deps } = await start();
    const before = stageSettingsOf(deps.settings());
    switchJourneyCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("success");
    expect(el.querySelector(".clientele-journey-stages")?.textContent).toBe("New stages: Onboard, Adopt, Grow, Advocate, Offboard. Left out of the review and staleness: Offboard.");
    // The defaults by position, shown as one dropdown per current stage.
    expect(getControl(el, "Active", DropdownComponent).getValue()).toBe("Grow");
    getControl(el, "Active", DropdownComponent).simulateChange("Adopt");
    expect(el.querySelector(".clientele-journey-preview p")?.textContent).toBe("4 clients move to a new stage:");
    expect(preview(el)).toEqual([
      "Discovery → Onboard: 1 client [Initech]",
      "Active → Adopt: 2 clients [Acme, Globex]",
      "Sunset → Offboard: 1 client [Umbrella]",
    ]);
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
    expect(deps.settings().stages).toEqual(before.stages);

    click(el, "Switch journey");
    await waitWrites();
    // The stage line is edited in place (its comment kept), with a Stage history line, like any move.
    expect(readFile(app, "Clients/Acme.md")).toBe(FILES["Clients/Acme.md"]!.replace("stage: Active # where they are\n", "stage: Adopt # where they are\nstage_changed: 2026-11-21\n") + "\n## Stage history\n- 2026-11-21: Active → Adopt\n");
    expect(readFile(app, "Clients/Initech.md")).toContain("stage: Onboard # where they are\n");
    expect(readFile(app, "Clients/Umbrella.md")).toContain("- 2026-11-21: Sunset → Offboard\n");
    expect(readFile(app, "Clients/Hooli.md")).toBe(FILES["Clients/Hooli.md"]);
    // What changed is exactly what the preview listed.
    const changed = Object.keys(FILES).filter((p) => readFile(app, p) !== FILES[p]).sort();
    expect(changed).toEqual(["Clients/Acme.md", "Clients/Globex.md", "Clients/Initech.md", "Clients/Umbrella.md"]);
    expect(stageSettingsOf(deps.settings())).toEqual({ stages: ["Onboard", "Adopt", "Grow", "Advocate", "Offboard"], excludedStages: ["Offboard"], cadenceDays: { Onboard: 7, Adopt: 14, Grow: 30, Advocate: 30, Offboard: null } });
    expect(notices().at(-1)).toBe('Stages switched to Success journey: 4 notes moved to their new stage, and the stage settings changed. Run "Undo last change" to restore the notes and the previous stages.');

    undoLast(deps);
    await waitWrites();
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
    expect(stageSettingsOf(deps.settings())).toEqual(before);
    expect(notices().at(-1)).toBe('Undid "Switch stages to Success journey": 4 notes restored. The stage settings are back as they were.');
  });

  it("a switch that moves nobody still changes the stages, and undo puts them back", async () => {
    const h = await startDeps({ "Clients/Hooli.md": FILES["Clients/Hooli.md"]! }, defaultSettings());
    await h.settle();
    const before = stageSettingsOf(h.deps.settings());
    switchJourneyCommand(h.deps);
    const el = getOpenModal(h.fake).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("lifecycle");
    expect(el.querySelector(".clientele-journey-preview p")?.textContent).toBe("No client changes stage; only the stage settings change.");
    click(el, "Switch journey");
    await waitWrites();
    expect(h.deps.settings().stages).toEqual(["Prospect", "Opportunity", "Customer", "Churn Risk"]);
    undoLast(h.deps);
    await waitWrites();
    expect(stageSettingsOf(h.deps.settings())).toEqual(before);
    expect(notices().at(-1)).toBe('Undid "Switch stages to Customer lifecycle": 0 notes restored. The stage settings are back as they were.');
  });

  it("cancel writes nothing and keeps the settings", async () => {
    const { app, deps } = await start();
    const before = deps.settings();
    switchJourneyCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("lifecycle");
    click(el, "Cancel");
    await waitWrites();
    for (const [path, text] of Object.entries(FILES)) expect(readFile(app, path)).toBe(text);
    expect(deps.settings()).toBe(before);
  });

  it("leaves a note whose stage changed after the preview alone and names it; undo leaves settings edited since alone", async () => {
    const { app, deps } = await start();
    switchJourneyCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("lifecycle");
    const globex = app.vault.getFileByPath("Clients/Globex.md");
    if (!globex) throw new Error("no Globex");
    const edited = FILES["Clients/Globex.md"]!.replace("stage: Active", "stage: Retention");
    await app.vault.modify(globex, edited);
    click(el, "Switch journey");
    await waitWrites();
    expect(readFile(app, "Clients/Globex.md")).toBe(edited);
    expect(readFile(app, "Clients/Acme.md")).toContain("stage: Customer # where they are\n");
    expect(notices().at(-1)).toBe('Stages switched to Customer lifecycle: 3 notes moved to their new stage, and the stage settings changed. Left alone because their stage changed since the preview: "Clients/Globex.md". Run "Undo last change" to restore the notes and the previous stages.');
    // The user edits the stages before undoing: the notes come back, the settings stay as edited.
    await deps.saveSettings({ ...deps.settings(), stages: [...deps.settings().stages, "Won back"] });
    undoLast(deps);
    await waitWrites();
    expect(readFile(app, "Clients/Acme.md")).toBe(FILES["Clients/Acme.md"]);
    expect(deps.settings().stages).toEqual(["Prospect", "Opportunity", "Customer", "Churn Risk", "Won back"]);
    expect(notices().at(-1)).toBe('Undid "Switch stages to Customer lifecycle": 3 notes restored. The stage settings were left as they are: they changed since.');
  });

  it("custom stages: typed in order, mapped by position; without stages nothing can be switched", async () => {
    const { app, deps } = await start();
    switchJourneyCommand(deps);
    const el = getOpenModal(app).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("custom");
    getControl(el, "Stages", TextComponent).simulateChange(" , ");
    click(el, "Switch journey");
    expect(el.querySelector(".clientele-form-error")?.textContent).toBe("Write at least one stage.");
    getControl(el, "Stages", TextComponent).simulateChange("Lead, Client, lead, Past");
    expect(el.querySelector(".clientele-journey-stages")?.textContent).toBe("New stages: Lead, Client, Past.");
    expect(preview(el)).toEqual([
      "Discovery → Lead: 1 client [Initech]",
      "Active → Client: 2 clients [Acme, Globex]",
      "Sunset → Past: 1 client [Umbrella]",
    ]);
    click(el, "Switch journey");
    await waitWrites();
    expect(deps.settings().stages).toEqual(["Lead", "Client", "Past"]);
    expect(deps.settings().excludedStages).toEqual([]);
    expect(readFile(app, "Clients/Globex.md")).toContain("stage: Client # where they are\n");
  });

  it("collapses the preview's groups when many clients move", async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 14; i++) many[`Clients/C${String(i).padStart(2, "0")}.md`] = note(i, `C${String(i).padStart(2, "0")}`, i % 2 === 0 ? "Active" : "Proposal");
    const h = await startDeps(many, defaultSettings());
    await h.settle();
    switchJourneyCommand(h.deps);
    const el = getOpenModal(h.fake).contentEl;
    getControl(el, "Journey", DropdownComponent).simulateChange("success");
    const boxes = Array.from(el.querySelectorAll<HTMLDetailsElement>(".clientele-journey-preview details"));
    expect(boxes.map((b) => [b.querySelector("summary")?.textContent, b.open])).toEqual([["Proposal → Adopt: 7 clients", false], ["Active → Grow: 7 clients", false]]);
  });
});
