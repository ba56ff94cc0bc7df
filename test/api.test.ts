// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { createApi } from "../src/api";
import { readFile } from "./fake/obsidian";
import { sampleHarness } from "./helpers/sample-plugin";

const KESSLER = "Clients/Kessler Fluid Systems.md";

describe("ClienteleApi v1", () => {
  it("lists, finds and scores clients", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    expect(api.version).toBe(1);
    expect(api.listClients()).toHaveLength(14);
    expect(api.getClient(KESSLER)?.client.name).toBe("Kessler Fluid Systems");
    expect(api.getClient("Welcome.md")).toBeNull();
    expect(api.health("Clients/Fieldnote Analytics.md")).toMatchObject({ score: 19, band: "Critical", complete: true });
    expect(api.health("nope.md")).toBeNull();
    expect(api.atRisk().map((c) => c.client.name)).toEqual(["Copperleaf Coffee Roasters", "Fieldnote Analytics", "Halloran Pike Solicitors", "Kessler Fluid Systems", "Meridian Clinics"]);
  });

  it("hands out copies: changing a result changes nothing inside the plugin", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    const c = api.getClient(KESSLER);
    if (!c) throw new Error("missing");
    c.client.name = "Changed";
    c.reasons.push("mine");
    expect(api.getClient(KESSLER)?.client.name).toBe("Kessler Fluid Systems");
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("moves a stage through the same write as the command: properties and Stage history", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    expect(await api.moveStage(KESSLER, "active")).toBe(true);
    const text = readFile(h.fake, KESSLER);
    expect(text).toMatch(/^stage: Active$/m);
    expect(text).toMatch(/^stage_changed: 2026-11-21$/m);
    expect(text).toContain("- 2026-11-21: Proposal → Active");
    await h.settle();
    expect(api.getClient(KESSLER)?.client.stage).toBe("Active");
  });

  it("refuses an unknown stage or a note that is not a client, writing nothing", async () => {
    const h = await sampleHarness();
    const api = createApi(h.deps);
    const before = readFile(h.fake, KESSLER);
    expect(await api.moveStage(KESSLER, "Won")).toBe(false);
    expect(await api.moveStage("Welcome.md", "Active")).toBe(false);
    expect(readFile(h.fake, KESSLER)).toBe(before);
  });
});
