// Pure edits of the stage list for the settings tab; each returns the changed settings or null.
import type { ClienteleSettings } from "./settings";

type StagePatch = Pick<ClienteleSettings, "stages" | "excludedStages" | "staleDaysByStage">;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function addStage(s: ClienteleSettings, name: string): StagePatch | null {
  const n = name.trim();
  if (n === "" || s.stages.some((x) => same(x, n))) return null;
  return { stages: [...s.stages, n], excludedStages: s.excludedStages, staleDaysByStage: s.staleDaysByStage };
}

export function removeStage(s: ClienteleSettings, name: string): StagePatch | null {
  if (s.stages.length <= 1) return null;
  const map = { ...s.staleDaysByStage };
  delete map[name];
  return { stages: s.stages.filter((x) => x !== name), excludedStages: s.excludedStages.filter((x) => x !== name), staleDaysByStage: map };
}

export function renameStage(s: ClienteleSettings, from: string, to: string): StagePatch | null {
  const n = to.trim();
  if (n === "" || n === from || s.stages.some((x) => x !== from && same(x, n))) return null;
  const map: Record<string, number> = {};
  for (const [k, v] of Object.entries(s.staleDaysByStage)) map[k === from ? n : k] = v;
  return {
    stages: s.stages.map((x) => (x === from ? n : x)),
    excludedStages: s.excludedStages.map((x) => (x === from ? n : x)),
    staleDaysByStage: map,
  };
}

export function moveStageInList(s: ClienteleSettings, index: number, delta: -1 | 1): StagePatch | null {
  const j = index + delta;
  if (index < 0 || j < 0 || index >= s.stages.length || j >= s.stages.length) return null;
  const stages = [...s.stages];
  [stages[index], stages[j]] = [stages[j] as string, stages[index] as string];
  return { stages, excludedStages: s.excludedStages, staleDaysByStage: s.staleDaysByStage };
}
