// "New record": the kind, then the few fields that matter for it (contract section 7).
import { Modal, Setting, type App } from "obsidian";
import type { NewRecordInput } from "../core/create/new-record";
import { SEVERITIES } from "../core/create/record-input";
import { RECORD_FIELDS } from "../core/model/fields";
import { KIND_WORDS, RECORD_KINDS } from "../core/records/record";
import type { RecordKind } from "../core/model/types";
import { errorLine, submitRow } from "./form";

/** What the form gives: the input, and the raw PO's vault path instead of its link. */
export type RecordFormInput = Omit<NewRecordInput, "fileLink"> & { filePath: string | null };

interface TextField {
  key: string;
  name: string;
  placeholder?: string;
}

const TITLE: Partial<Record<RecordKind, string>> = { contact: "Name", deal: "Title", contract: "Title", feedback: "Title" };
const FIELDS: Record<RecordKind, TextField[]> = {
  contact: [{ key: "email", name: "Email" }, { key: "phone", name: "Phone" }],
  deal: [{ key: "value", name: "Value" }, { key: "probability", name: "Probability (%)" }, { key: "expected_close", name: "Expected close", placeholder: "YYYY-MM-DD" }],
  contract: [{ key: "start", name: "Start", placeholder: "YYYY-MM-DD" }, { key: "end", name: "End", placeholder: "YYYY-MM-DD" }, { key: "notice_days", name: "Notice days" }],
  invoice: [{ key: "amount", name: "Amount" }, { key: "issued", name: "Issued", placeholder: "today" }, { key: "due", name: "Due", placeholder: "issued + 30 days" }],
  po: [{ key: "amount", name: "Amount" }, { key: "received", name: "Received", placeholder: "today" }],
  feedback: [{ key: "opened", name: "Opened", placeholder: "today" }],
};
const ROLES = RECORD_FIELDS.contact.find((f) => f.key === "role")?.values ?? [];

export class NewRecordModal extends Modal {
  private form: RecordFormInput = { kind: "invoice", title: "", values: {}, roles: [], autoRenew: false, filePath: null };
  private showError: (m: string) => void = () => {};

  constructor(app: App, private readonly clientName: string, private readonly poFiles: string[], private readonly onSubmit: (input: RecordFormInput) => Promise<string | null>) {
    super(app);
  }

  onOpen(): void {
    this.setTitle(`New record for ${this.clientName}`);
    this.draw();
  }

  private draw(): void {
    const { contentEl } = this;
    contentEl.empty();
    const f = this.form;
    new Setting(contentEl).setName("Kind").addDropdown((d) => {
      for (const k of RECORD_KINDS) d.addOption(k, KIND_WORDS[k]);
      d.setValue(f.kind).onChange((v) => {
        this.form = { kind: v as RecordKind, title: "", values: {}, roles: [], autoRenew: false, filePath: null };
        this.draw();
      });
    });
    const title = TITLE[f.kind];
    if (title) new Setting(contentEl).setName(title).addText((t) => t.setValue(f.title).onChange((v) => (f.title = v)));
    const values: Record<string, string> = {};
    f.values = values;
    for (const field of FIELDS[f.kind]) {
      new Setting(contentEl).setName(field.name).addText((t) => t.setPlaceholder(field.placeholder ?? "").onChange((v) => (values[field.key] = v)));
    }
    if (f.kind === "contact") {
      for (const role of ROLES) {
        new Setting(contentEl).setName(`Role: ${role}`).addToggle((t) => t.setValue(false).onChange((on) => {
          const roles = (f.roles ?? []).filter((r) => r !== role);
          f.roles = on ? [...roles, role] : roles;
        }));
      }
    }
    if (f.kind === "contract") new Setting(contentEl).setName("Auto renew").addToggle((t) => t.setValue(false).onChange((v) => (f.autoRenew = v)));
    if (f.kind === "feedback") {
      values.severity = "medium";
      new Setting(contentEl).setName("Severity").addDropdown((d) => {
        for (const s of SEVERITIES) d.addOption(s, s);
        d.setValue("medium").onChange((v) => (values.severity = v));
      });
    }
    if (f.kind === "po") {
      new Setting(contentEl).setName("File").setDesc("The raw purchase order in the vault, a .pdf, .txt or .json file (optional).").addDropdown((d) => {
        d.addOption("", "None");
        for (const p of this.poFiles) d.addOption(p, p);
        d.setValue("").onChange((v) => (f.filePath = v === "" ? null : v));
      });
    }
    this.showError = errorLine(contentEl);
    submitRow(contentEl, "Create", () => void this.submit(), () => this.close());
  }

  private async submit(): Promise<void> {
    const problem = await this.onSubmit({ ...this.form, values: { ...this.form.values } });
    if (problem) this.showError(problem);
    else this.close();
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
