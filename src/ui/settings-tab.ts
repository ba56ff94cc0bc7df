// The settings tab. Every change is validated, saved through Deps, and bad paths are named in the tab;
// notes are changed only through the write layer.
import { Modal, PluginSettingTab, requireApiVersion, Setting, type App, type SettingDefinitionItem } from "obsidian";
import { ACTIVITY_SOURCES, pathProblem, type ActivitySource, type ClienteleSettings } from "../core/model/settings";
import type { Deps } from "../deps";
import { renameStageInNotes } from "../obsidian/writes";
import { ConfirmModal } from "./confirm-modal";
import { openJourneySwitch } from "./journey-modal";
import { addStage, moveStageInList, removeStage, renameStage } from "../core/model/stage-list";
import { submitRow } from "./form";
import { healthRows } from "./settings-health";
import { segmentRows, valueRiskRows, workflowRows } from "./settings-intel";
import { recordRows, type SettingRow } from "./settings-records";
import { cardPropertyRows } from "./settings-cards";

interface Section {
  heading: string;
  rows: SettingRow[];
}

export class ClienteleSettingTab extends PluginSettingTab {
  constructor(app: App, private readonly deps: Deps) {
    super(app, deps.plugin);
    this.containerEl.addClass("clientele-settings");
  }

  private get s(): ClienteleSettings {
    return this.deps.settings();
  }

  private async save(patch: Partial<ClienteleSettings> | null, redraw = false): Promise<void> {
    if (patch === null) return;
    await this.deps.saveSettings({ ...this.s, ...patch });
    if (redraw) this.redraw();
  }

  /** After a change to the list of stages (rows added, removed or renamed). */
  private redraw(): void {
    // From 1.13 Obsidian draws the tab from the definitions, read again by update(); before, the tab draws itself.
    if (requireApiVersion("1.13.0")) this.update();
    else this.draw();
  }

  private pathRow(name: string, desc: string, key: "clientsFolder" | "templatePath" | "contractTemplatePath" | "invoicesTemplatePath" | "reviewFolder" | "dashboardPath"): SettingRow {
    return { name, desc, render: (setting) => {
      const message = setting.descEl.createDiv({ cls: "clientele-setting-error" });
      setting.addText((t) =>
        t.setValue(this.s[key]).onChange(async (v) => {
          const problem = pathProblem(v);
          message.setText(problem ? `Not saved: the path ${problem}.` : "");
          if (!problem && v.trim() !== "") await this.save({ [key]: v.trim() });
        }),
      );
    } };
  }

  private numberRow(name: string, desc: string, value: number, apply: (n: number) => Promise<void>): SettingRow {
    return { name, desc, render: (setting) => {
      const message = setting.descEl.createDiv({ cls: "clientele-setting-error" });
      setting.addText((t) => {
        t.inputEl.type = "number";
        t.setValue(String(value)).onChange(async (v) => {
          const n = Number(v);
          const ok = v.trim() !== "" && Number.isInteger(n) && n > 0 && n <= 36500;
          message.setText(ok ? "" : "Not saved: enter a whole number of days from 1.");
          if (ok) await apply(n);
        });
      });
    } };
  }

  /** Every setting, by heading: drawn by display() before Obsidian 1.13 and as definitions from 1.13 on. */
  private sections(): Section[] {
    const s = this.s;
    return [
      { heading: "Notes", rows: [
        this.pathRow("Clients folder", "Where new client notes are created. A note is a client because of `type: client`, wherever it is.", "clientsFolder"),
        this.pathRow("Client template", "The master file used by “New client”. A built-in template is used when the file is missing.", "templatePath"),
        { name: "Create the notes a client links", desc: "“New client” also creates its contract, invoices and outcomes notes (legal/, billing/ and outcomes/ in the clients folder), so its links resolve.",
          render: (st) => void st.addToggle((t) => t.setValue(s.createLinkedNotes).onChange((v) => this.save({ createLinkedNotes: v }))) },
        this.pathRow("Contract template", "", "contractTemplatePath"),
        this.pathRow("Invoices template", "", "invoicesTemplatePath"),
      ] },
      { heading: "Records", rows: recordRows(() => this.s, (patch) => this.save(patch)) },
      { heading: "Pipeline stages", rows: [...s.stages.map((stage, i) => this.stageRow(stage, i)), this.addStageRow(), this.journeyRow()] },
      { heading: "Activity and health", rows: [
        this.numberRow("Stale after (days)", "Clients with no activity for this many days are at risk.", s.staleDays, (n) => this.save({ staleDays: n })),
        { name: "Note activity", desc: "Edits: the day this plugin saw a client note's text change (file times reset by sync or version control do not count). File modification: the file's modification day. Dates only: last contact, last review and stage change.",
          render: (st) => void st.addDropdown((d) => d.addOptions({ edits: "Edits", mtime: "File modification", dates: "Dates only" }).setValue(s.activitySource).onChange((v) => {
            if (ACTIVITY_SOURCES.includes(v as ActivitySource)) void this.save({ activitySource: v as ActivitySource });
          })) },
        this.numberRow("Out of touch after (days)", "Clients with no contact for this many days are at risk.", s.contactDays, (n) => this.save({ contactDays: n })),
        { name: "Count dated notes as contact", desc: "A note whose name starts with a date such as 2026-01-31, or with a date property, that links to a client or one of its contacts.",
          render: (st) => void st.addToggle((t) => t.setValue(s.linkedNotesCount).onChange((v) => this.save({ linkedNotesCount: v }))) },
        { name: "Daily agenda notice", desc: "Once a day, at startup or the first focus of a new day, a notice says how many agenda items are due today and overdue.",
          render: (st) => void st.addToggle((t) => t.setValue(s.agendaNotice).onChange((v) => this.save({ agendaNotice: v }))) },
        this.numberRow("Health check every (days)", "A health check is due when the last review is this old.", s.healthCheckDays, (n) => this.save({ healthCheckDays: n })),
        { name: "Currency", desc: "Three-letter currency code used when a client has no currency.", render: (st) => void st.addText((t) =>
          t.setValue(s.currency).onChange(async (v) => {
            if (/^[A-Za-z]{3}$/.test(v.trim())) await this.save({ currency: v.trim().toUpperCase() });
          })) },
      ] },
      { heading: "Health matrix", rows: healthRows(() => this.s, (patch, redraw) => this.save(patch, redraw)) },
      { heading: "Review", rows: [
        this.pathRow("Weekly review folder", "", "reviewFolder"),
        { name: "Weekly review note name", desc: "A format in date-fns tokens; the default gives the year, the week number and the words weekly review.", render: (st) => void st.addText((t) =>
          t.setValue(s.reviewNameFormat).onChange(async (v) => {
            if (v.trim() !== "") await this.save({ reviewNameFormat: v.trim() });
          })) },
        this.pathRow("Dashboard note", "", "dashboardPath"),
      ] },
      { heading: "Value and risk", rows: valueRiskRows(() => this.s, (patch) => this.save(patch)) },
      { heading: "Segments and tag rules", rows: segmentRows(() => this.s, (patch) => this.save(patch)) },
      { heading: "Workflows", rows: workflowRows(() => this.s, (patch) => this.save(patch)) },
      { heading: "Board cards", rows: cardPropertyRows(() => this.s, (patch, redraw) => this.save(patch, redraw)) },
    ];
  }

  private stageRow(stage: string, i: number): SettingRow {
    const s = this.s;
    return { name: stage, render: (row) => {
      row.addToggle((t) => t.setTooltip("Excluded from staleness").setValue(s.excludedStages.includes(stage)).onChange((v) => {
        const excluded = s.excludedStages.filter((x) => x !== stage);
        if (v) excluded.push(stage);
        void this.save({ excludedStages: excluded });
      }));
      row.addText((t) => {
        t.setPlaceholder(String(s.staleDays)).setValue(s.staleDaysByStage[stage] ? String(s.staleDaysByStage[stage]) : "");
        t.inputEl.type = "number";
        t.inputEl.setAttr("aria-label", `Days before ${stage} clients are stale`);
        t.onChange((v) => {
          const map = { ...s.staleDaysByStage };
          const n = Number(v);
          if (v.trim() === "") delete map[stage];
          else if (Number.isInteger(n) && n > 0) map[stage] = n;
          else return;
          void this.save({ staleDaysByStage: map });
        });
      });
      row.addExtraButton((b) => b.setIcon("arrow-up").setTooltip("Move up").setDisabled(i === 0).onClick(() => void this.save(moveStageInList(s, i, -1), true)));
      row.addExtraButton((b) => b.setIcon("arrow-down").setTooltip("Move down").setDisabled(i === s.stages.length - 1).onClick(() => void this.save(moveStageInList(s, i, 1), true)));
      row.addExtraButton((b) => b.setIcon("pencil").setTooltip("Rename").onClick(() => this.promptRename(stage)));
      row.addExtraButton((b) => b.setIcon("trash").setTooltip("Remove").setDisabled(s.stages.length <= 1).onClick(() => void this.save(removeStage(s, stage), true)));
    } };
  }

  private addStageRow(): SettingRow {
    let newStage = "";
    return { name: "Add a stage", desc: "Toggle: excluded from staleness. Number: days before a client in that stage is stale (empty: the global value).", render: (st) => void st
      .addText((t) => t.setPlaceholder("Stage name").onChange((v) => (newStage = v)))
      .addButton((b) => b.setButtonText("Add").onClick(() => {
        const next = addStage(this.s, newStage);
        if (next) void this.save(next, true);
      })) };
  }

  private journeyRow(): SettingRow {
    return { name: "Switch journey", desc: "Replace the stages with Consulting, Success journey, Customer lifecycle or your own list. Shows where each stage goes and which clients move before anything changes.", render: (st) => void st
      .addButton((b) => b.setButtonText("Switch journey…").onClick(() => openJourneySwitch(this.deps, () => this.redraw()))) };
  }

  /** Obsidian 1.13 and later: the tab as definitions, searchable from the settings search. */
  getSettingDefinitions(): SettingDefinitionItem[] {
    return this.sections().map((sec) => ({ type: "group" as const, heading: sec.heading, items: sec.rows.map((r) => ({ name: r.name, desc: r.desc ?? "", render: (setting: Setting) => r.render(setting) })) }));
  }

  /** Obsidian before 1.13 (not called from 1.13 on, where the definitions are drawn). */
  display(): void {
    this.draw();
  }

  private draw(): void {
    const el = this.containerEl;
    el.empty();
    for (const sec of this.sections()) {
      new Setting(el).setName(sec.heading).setHeading();
      for (const r of sec.rows) {
        const setting = new Setting(el).setName(r.name);
        if (r.desc) setting.setDesc(r.desc);
        r.render(setting);
      }
    }
  }

  private promptRename(stage: string): void {
    new RenameStageModal(this.app, stage, (to) => {
      const next = renameStage(this.s, stage, to);
      if (!next) return;
      void this.save(next, true).then(() => {
        const stageOf = (path: string) => this.deps.index.frontmatter(path)?.stage;
        const affected = this.deps.index.clients(this.deps.today()).filter((c) => {
          const raw = stageOf(c.client.path);
          return typeof raw === "string" && raw.trim().toLowerCase() === stage.toLowerCase();
        });
        if (affected.length === 0) return;
        // Each note is changed only if its stage on disk is still the old one when it is written.
        new ConfirmModal(this.app, "Update notes?", `${affected.length === 1 ? "1 client note uses" : `${affected.length} client notes use`} the stage “${stage}”. Change their stage property to “${to}”?`, "Update notes", () => {
          void renameStageInNotes(this.deps, affected.map((c) => c.client.path), stage, to);
        }).open();
      });
    }).open();
  }
}

class RenameStageModal extends Modal {
  private value: string;
  constructor(app: App, private readonly stage: string, private readonly onRename: (to: string) => void) {
    super(app);
    this.value = stage;
  }

  onOpen(): void {
    this.setTitle(`Rename stage “${this.stage}”`);
    new Setting(this.contentEl).setName("New name").addText((t) => t.setValue(this.value).onChange((v) => (this.value = v)));
    submitRow(this.contentEl, "Rename", () => {
      this.close();
      this.onRename(this.value.trim());
    }, () => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
