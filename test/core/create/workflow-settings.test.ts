import { describe, expect, it } from "vitest";
import { defaultWorkflowSettings, migrateWorkflowSettings, workflowNotesFolder, workflowSettingsOf } from "../../../src/core/create/workflow-settings";
import { defaultSettings, pathProblem } from "../../../src/core/model/settings";

describe("workflow settings", () => {
  it("default to Templates/Workflows and the clients folder's Workflows", () => {
    expect(defaultWorkflowSettings()).toEqual({ workflowsFolder: "Templates/Workflows", workflowNotesFolder: "" });
    expect(workflowNotesFolder({ clientsFolder: "Clients", ...defaultWorkflowSettings() })).toBe("Clients/Workflows");
    expect(workflowNotesFolder({ clientsFolder: "/", ...defaultWorkflowSettings() })).toBe("Workflows");
    expect(workflowNotesFolder({ clientsFolder: "Clients", workflowsFolder: "", workflowNotesFolder: "/Plans/" })).toBe("Plans");
  });

  it("are read from any settings object, defaults for what is missing or not text", () => {
    expect(workflowSettingsOf(defaultSettings())).toEqual(defaultWorkflowSettings());
    expect(workflowSettingsOf({ workflowsFolder: " Playbooks/ ", workflowNotesFolder: 3 })).toEqual({ workflowsFolder: "Playbooks", workflowNotesFolder: "" });
    expect(workflowSettingsOf({ workflowsFolder: "" })).toEqual({ workflowsFolder: "", workflowNotesFolder: "" });
  });

  it("migrate stored values, naming each one refused", () => {
    const s = defaultWorkflowSettings();
    const bad: string[] = [];
    migrateWorkflowSettings({ workflowsFolder: "Playbooks/", workflowNotesFolder: "../out" }, s, (key) => bad.push(key), pathProblem);
    expect(s).toEqual({ workflowsFolder: "Playbooks", workflowNotesFolder: "" });
    expect(bad).toEqual(["workflowNotesFolder"]);
    migrateWorkflowSettings({ workflowsFolder: 7 }, s, (key) => bad.push(key), pathProblem);
    expect(s.workflowsFolder).toBe("Playbooks");
    expect(bad).toEqual(["workflowNotesFolder", "workflowsFolder"]);
  });
});
