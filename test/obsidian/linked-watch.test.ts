// @vitest-environment happy-dom
// Contract section 4, last contact: a dated note (its name starts with YYYY-MM-DD, or it has a
// `date` property) that links a client or one of its contacts counts as contact, in the plugin as
// in the CLI (setting linkedNotesCount, on by default).
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/model/settings";
import { cli } from "../cli/run-cli";
import { TODAY } from "../helpers/builders";
import { startDeps, type Harness } from "../helpers/sample-plugin";
import { tmpVault } from "../helpers/tmp-vault";

const FILES = {
  "Clients/Acme.md": "---\ntype: client\nstage: Active\nlast_contact: 2026-09-01\n---\n# Acme\n",
  "Contacts/Ada.md": '---\ntype: contact\nclient: "[[Acme]]"\nrole: champion\n---\n',
  "Meetings/2026-11-10 Call.md": "# Call\n\nWith [[Acme]] about the renewal.\n",
  "Meetings/Lunch.md": "---\ndate: 2026-11-14\n---\nLunch with [[Ada]].\n",
  "Meetings/Someday.md": "No date, links [[Acme]].\n",
};

async function quiet(h: Harness): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 350));
    await h.deps.bodies.idle();
    await h.settle();
  }
}

describe("dated notes linking a client count as contact in the plugin", () => {
  it("takes the latest dated note linking the client or its contact, the same day as the CLI", async () => {
    const h = await startDeps(FILES);
    await quiet(h);
    expect(h.deps.index.client("Clients/Acme.md", TODAY)?.lastContact).toBe("2026-11-14");
    const report = JSON.parse((await cli(["review", tmpVault(FILES), "--json", "--now", TODAY])).out) as { clients: { lastContact: string }[] };
    expect(report.clients[0]?.lastContact).toBe("2026-11-14");
  }, 15_000);

  it("follows a new dated note, and ignores them all with the setting off", async () => {
    const h = await startDeps(FILES);
    await quiet(h);
    await h.app.vault.create("Meetings/2026-11-20 Workshop.md", "Workshop at [[Acme]].\n");
    await quiet(h);
    expect(h.deps.index.client("Clients/Acme.md", TODAY)?.lastContact).toBe("2026-11-20");
    const off = await startDeps(FILES, { ...defaultSettings(), linkedNotesCount: false });
    await quiet(off);
    expect(off.deps.index.client("Clients/Acme.md", TODAY)?.lastContact).toBe("2026-09-01");
  }, 15_000);
});
