// "Switch journey" (issue 14): pick a preset (or your own stages), see how each current stage maps
// to a stage of the journey (each a dropdown, defaulted by the core) and which clients would move;
// nothing is written until the user confirms. The same window opens from the command and from the
// settings tab's stage section.
import { Modal, Setting, type App } from "obsidian";
import { customJourney, groupJourneyMoves, JOURNEYS, journeyMoves, parseStageList, planJourneySwitch, type Journey, type JourneyMove, type JourneySwitch } from "../core/model/journeys";
import { plural } from "../core/model/format";
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { switchJourney } from "../obsidian/journey-writes";
import { errorLine, submitRow } from "./form";

const CUSTOM = "custom";
/** Up to this many moves the preview's groups are open; more, and each group is collapsed. */
const OPEN_PREVIEW = 12;

export interface JourneyInput {
  /** The stages in the settings now, and which of them are excluded. */
  current: readonly string[];
  excluded: readonly string[];
  clients: readonly ClientStatus[];
}

export type OnSwitch = (journey: Journey, plan: JourneySwitch, moves: readonly JourneyMove[]) => void;

export class JourneyModal extends Modal {
  private choice: string = JOURNEYS[0]?.id ?? CUSTOM;
  private customText: string;
  private mapping: Record<string, string> = {};
  private journey: Journey | null = null;
  private plan: JourneySwitch | null = null;
  private moves: JourneyMove[] = [];
  private customEl: HTMLElement | null = null;
  private detailEl: HTMLElement | null = null;
  private showError: (m: string) => void = () => {};

  constructor(app: App, private readonly input: JourneyInput, private readonly onSwitch: OnSwitch) {
    super(app);
    this.customText = input.current.join(", ");
  }

  onOpen(): void {
    this.setTitle("Switch journey");
    const { contentEl } = this;
    contentEl.createEl("p", { text: "Choose the stages to work with and where the clients of each current stage go. Nothing changes until you switch; “Undo last change” puts the notes and the stages back." });
    new Setting(contentEl).setName("Journey").addDropdown((d) => {
      for (const j of JOURNEYS) d.addOption(j.id, `${j.name}: ${j.stages.join(", ")}`);
      d.addOption(CUSTOM, "Custom stages");
      d.setValue(this.choice).onChange((v) => {
        this.choice = v;
        this.mapping = {};
        this.drawCustom();
        this.refresh();
      });
    });
    this.customEl = contentEl.createDiv();
    this.detailEl = contentEl.createDiv({ cls: "clientele-journey-detail" });
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Switch journey", () => this.submit(), () => this.close());
    this.drawCustom();
    this.refresh();
  }

  private drawCustom(): void {
    const el = this.customEl;
    if (!el) return;
    el.empty();
    if (this.choice !== CUSTOM) return;
    new Setting(el).setName("Stages").setDesc("In order, separated by commas.").addText((t) => t.setValue(this.customText).onChange((v) => {
      this.customText = v;
      this.mapping = {};
      this.refresh();
    }));
  }

  private target(): Journey | null {
    if (this.choice !== CUSTOM) return JOURNEYS.find((j) => j.id === this.choice) ?? null;
    const stages = parseStageList(this.customText);
    return stages.length === 0 ? null : customJourney(stages);
  }

  /** The plan and the moves for the journey and mapping chosen now, drawn as the mapping and the preview. */
  private refresh(): void {
    const el = this.detailEl;
    if (!el) return;
    el.empty();
    this.journey = this.target();
    if (this.journey === null) {
      this.plan = null;
      this.moves = [];
      el.createEl("p", { cls: "clientele-journey-stages", text: "Write at least one stage." });
      return;
    }
    const journey = this.journey;
    this.plan = planJourneySwitch(this.input.current, journey, this.mapping, this.input.excluded);
    this.moves = journeyMoves(this.input.clients, this.plan.mapping);
    this.showError("");
    const excluded = journey.excluded.length === 0 ? "" : ` Left out of the review and staleness: ${journey.excluded.join(", ")}.`;
    el.createEl("p", { cls: "clientele-journey-stages", text: `New stages: ${journey.stages.join(", ")}.${excluded}` });
    new Setting(el).setName("Where each stage goes").setHeading();
    for (const stage of this.input.current) {
      new Setting(el).setName(stage).addDropdown((d) => {
        for (const s of journey.stages) d.addOption(s, s);
        d.setValue(this.plan?.mapping[stage] ?? journey.stages[0] ?? "").onChange((v) => {
          this.mapping = { ...this.mapping, [stage]: v };
          this.refresh();
        });
      });
    }
    this.drawPreview(el.createDiv({ cls: "clientele-journey-preview" }));
  }

  private drawPreview(el: HTMLElement): void {
    const n = this.moves.length;
    el.createEl("p", { text: n === 0 ? "No client changes stage; only the stage settings change." : `${plural(n, "client")} move to a new stage:` });
    for (const g of groupJourneyMoves(this.moves, this.input.current)) {
      const box = el.createEl("details");
      box.open = n <= OPEN_PREVIEW;
      box.createEl("summary", { text: `${g.from} → ${g.to}: ${plural(g.names.length, "client")}` });
      const list = box.createEl("ul");
      for (const name of g.names) list.createEl("li", { text: name });
    }
  }

  private submit(): void {
    if (this.journey === null || this.plan === null) return this.showError("Write at least one stage.");
    this.close();
    this.onSwitch(this.journey, this.plan, this.moves);
  }

  onClose(): void {
    this.contentEl.empty();
  }
}

/** Opens the window over the index's clients; a confirmed switch goes through the write layer, then `onDone` runs. */
export function openJourneySwitch(deps: Deps, onDone?: () => void): void {
  const s = deps.settings();
  const input: JourneyInput = { current: [...s.stages], excluded: [...s.excludedStages], clients: deps.index.clients(deps.today()) };
  new JourneyModal(deps.app, input, (journey, plan, moves) => {
    void switchJourney(deps, journey, plan, moves).then(() => onDone?.());
  }).open();
}
