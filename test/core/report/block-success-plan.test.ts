// The `client` view of the `clientele` block shows the success plan (issue 14), read from the
// note's text as the plugin and the CLI read it.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateNote } from "../../../src/core/model/portfolio";
import { defaultSettings } from "../../../src/core/model/settings";
import type { ClientStatus } from "../../../src/core/model/types";
import { blockRows, parseBlockOptions } from "../../../src/core/report/blocks";
import { textActivity } from "../../../src/core/report/history";
import { TODAY } from "../../helpers/builders";

const settings = { ...defaultSettings(), activitySource: "dates" as const };

function client(name: string, body: string): ClientStatus {
  const s = evaluateNote({ path: `Clients/${name}.md`, frontmatter: { type: "client", company: name, stage: "Active" }, modifiedDay: null, activity: textActivity(`---\ntype: client\n---\n${body}`) }, TODAY, settings);
  if (!s) throw new Error("not a client");
  return s;
}

function facts(name: string, clients: ClientStatus[]): string[][] {
  const parsed = parseBlockOptions(`view: client\nclient: ${name}`, (s) => parse(s) as unknown);
  if (!parsed.ok) throw new Error(parsed.message);
  return blockRows(parsed.options, clients, TODAY, settings).rows.map((r) => r.map((c) => c.text));
}

describe("client view: success plan", () => {
  const acme = client("Acme", "## Success plan\n- [x] Goal one\n- [ ] Goal two\n- [x] Milestone\n");
  const done = client("Done", "## Success plan\n- [x] All of it\n");
  const none = client("None", "## Notes\n- [x] Not a plan\n");

  it("has a Success plan row with the percent and the count after Last contact", () => {
    const rows = facts("Acme", [acme, done, none]);
    const at = rows.findIndex((r) => r[0] === "Success plan");
    expect(rows[at]).toEqual(["Success plan", "66% (2 of 3 done)"]);
    expect(rows[at - 1]?.[0]).toBe("Last contact");
  });

  it("is good-toned when complete, and absent without a plan", () => {
    const parsed = parseBlockOptions("view: client\nclient: Done", (s) => parse(s) as unknown);
    if (!parsed.ok) throw new Error(parsed.message);
    const row = blockRows(parsed.options, [done], TODAY, settings).rows.find((r) => r[0]?.text === "Success plan");
    expect(row?.[1]).toEqual({ text: "100% (1 of 1 done)", tone: "good" });
    expect(facts("None", [none]).some((r) => r[0] === "Success plan")).toBe(false);
  });
});
