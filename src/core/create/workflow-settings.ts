// The settings of user-defined workflows (issue 14, item 5): the folder of workflow notes and the
// folder workflow notes of their own are created in. Kept apart so the settings module stays small;
// read by `migrateWorkflowSettings` once `ClienteleSettings` extends `WorkflowSettings`.

export interface WorkflowSettings {
  /** A folder of Markdown notes, each a workflow (see `parseWorkflowNote`); empty: none. */
  workflowsFolder: string;
  /** Where a workflow with `target: note` is created; empty: `<clients folder>/Workflows`. */
  workflowNotesFolder: string;
}

export const DEFAULT_WORKFLOWS_FOLDER = "Templates/Workflows";
export const WORKFLOW_NOTES_FOLDER_NAME = "Workflows";

export function defaultWorkflowSettings(): WorkflowSettings {
  return { workflowsFolder: DEFAULT_WORKFLOWS_FOLDER, workflowNotesFolder: "" };
}

function trimSlashes(path: string): string {
  return path.trim().replace(/^\/+|\/+$/g, "");
}

/**
 * The workflow settings held by `settings`, each missing or unusable one at its default: works
 * before and after `ClienteleSettings` gains these keys.
 */
export function workflowSettingsOf(settings: object): WorkflowSettings {
  const d = defaultWorkflowSettings();
  const read = (key: keyof WorkflowSettings): string => {
    const v: unknown = Object.prototype.hasOwnProperty.call(settings, key) ? (settings as Record<string, unknown>)[key] : undefined;
    return typeof v === "string" ? trimSlashes(v) : d[key];
  };
  return { workflowsFolder: read("workflowsFolder"), workflowNotesFolder: read("workflowNotesFolder") };
}

/** The folder a `target: note` workflow is created in: the setting, else `<clients folder>/Workflows`. */
export function workflowNotesFolder(settings: { clientsFolder: string } & WorkflowSettings): string {
  const own = trimSlashes(settings.workflowNotesFolder);
  if (own !== "") return own;
  const clients = trimSlashes(settings.clientsFolder);
  return clients === "" ? WORKFLOW_NOTES_FOLDER_NAME : `${clients}/${WORKFLOW_NOTES_FOLDER_NAME}`;
}

/**
 * Reads the workflow settings from stored data into `s`; a value that cannot be used keeps its
 * default and is reported with `bad`. `pathProblem` says why a vault path is refused.
 */
export function migrateWorkflowSettings(raw: Record<string, unknown>, s: WorkflowSettings, bad: (key: string, value: unknown) => void, pathProblem: (p: string) => string | null): void {
  for (const key of ["workflowsFolder", "workflowNotesFolder"] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== "string" || pathProblem(v) !== null) bad(key, v);
    else s[key] = trimSlashes(v);
  }
}
