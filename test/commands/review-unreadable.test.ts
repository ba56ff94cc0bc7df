// @vitest-environment happy-dom
// The plugin's weekly review lists the notes it could not read, as the CLI's does.
import { describe, expect, it } from "vitest";
import { weeklyReview } from "../../src/commands/dashboard-commands";
import { readFile } from "../fake/obsidian";
import { sampleHarness, sampleNotes } from "../helpers/sample-plugin";
import { tmpVault } from "../helpers/tmp-vault";
import { cli } from "../cli/run-cli";

const REVIEW = "Reviews/2026-W47 Weekly review.md";
const BROKEN = "Clients/Broken.md";
const HEADING = "## Notes that could not be read (1)\n";

describe("weekly-review with a note it cannot read", () => {
  it("lists the note in its own section, the same as clientele weekly", async () => {
    const files = { ...sampleNotes(), [BROKEN]: "---\ntype: client\ntitle: Ver: 4.4\n---\n" };
    const h = await sampleHarness(files);
    await h.deps.index.idle();
    await weeklyReview(h.deps);
    const written = readFile(h.fake, REVIEW);
    const section = written.slice(written.indexOf(HEADING));
    expect(section).toMatch(/^## Notes that could not be read \(1\)\n\nThis review leaves them out:\n\n- Clients\/Broken\.md: Invalid YAML: .*line 3.*\n$/);
    const { out } = await cli(["weekly", tmpVault(files), "--now", "2026-11-21"]);
    expect(out.slice(out.indexOf(HEADING))).toBe(section);
  });
});
