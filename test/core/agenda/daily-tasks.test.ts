import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DueItem } from "../../../src/core/agenda/due";
import { dailyTaskId, dailyTaskLine, planDailyTasks, taskIdsIn } from "../../../src/core/agenda/daily-tasks";
import { expectLinear } from "../../helpers/linear";
import { TODAY } from "../../helpers/builders";

function item(over: Partial<DueItem> = {}): DueItem {
  return {
    client: "Clients/Acme Robotics.md",
    clientName: "Acme Robotics",
    kind: "health-check",
    day: TODAY,
    text: "Health check due for Acme Robotics",
    source: null,
    ...over,
  };
}

const acme = item();
const overdue = item({ client: "Clients/Birch & Co.md", clientName: "Birch & Co", kind: "invoice", day: "2026-11-15", text: "Invoice INV-7 overdue for Birch & Co" });
const ahead = item({ kind: "touchpoint", day: "2026-11-22", text: "Touchpoint due for Acme Robotics" });

function textOf(plan: ReturnType<typeof planDailyTasks>): string {
  if ("unchanged" in plan) throw new Error("expected a change");
  return plan.text;
}

const ACME_ID = dailyTaskId(acme);
const BIRCH_ID = dailyTaskId(overdue);

describe("dailyTaskId", () => {
  it("is short, in Tasks' id characters, and one per kind, client and day", () => {
    expect(ACME_ID).toMatch(/^cl[0-9a-f]{8}$/);
    const reworded: DueItem = { ...acme, text: "another sentence", clientName: "Renamed" };
    expect(dailyTaskId(reworded)).toBe(ACME_ID);
    expect(dailyTaskId({ ...acme, day: "2026-11-20" })).not.toBe(ACME_ID);
    expect(dailyTaskId({ ...acme, kind: "touchpoint" })).not.toBe(ACME_ID);
    expect(dailyTaskId({ ...acme, client: "Clients/Other.md" })).not.toBe(ACME_ID);
  });
});

describe("planDailyTasks", () => {
  it("adds the heading at the end, after a blank line, with today's and overdue items in agenda order; later items stay out", () => {
    const plan = planDailyTasks("# Saturday\n\nWrote things.\n", [ahead, acme, overdue], TODAY);
    expect(plan).toEqual({
      added: 2,
      text:
        "# Saturday\n\nWrote things.\n\n## Clientele\n" +
        `- [ ] Invoice INV-7 overdue for Birch & Co [[Birch & Co]] 📅 2026-11-15 🆔 ${BIRCH_ID}\n` +
        `- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n`,
    });
  });

  it("writes into an empty note without a blank line first", () => {
    expect(textOf(planDailyTasks("", [acme], TODAY))).toBe(`## Clientele\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n`);
  });

  it("appends under an existing heading, before the next section, and keeps what is there", () => {
    const note = "# Day\n\n## Clientele\n- [ ] my own task\n\n## Notes\nlater\n";
    expect(textOf(planDailyTasks(note, [acme], TODAY))).toBe(
      `# Day\n\n## Clientele\n- [ ] my own task\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n\n## Notes\nlater\n`,
    );
  });

  it("uses the heading it is given", () => {
    const note = "## Today's clients\n\n## Journal\n";
    expect(textOf(planDailyTasks(note, [acme], TODAY, "## Today's clients"))).toBe(
      `## Today's clients\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n\n## Journal\n`,
    );
    expect(() => planDailyTasks(note, [acme], TODAY, "Clientele")).toThrow(/heading/);
  });

  it("run twice adds nothing the second time", () => {
    const once = textOf(planDailyTasks("# Day\n", [acme, overdue], TODAY));
    expect(planDailyTasks(once, [acme, overdue], TODAY)).toEqual({ unchanged: true });
  });

  it("adds only the new item when one more fell due", () => {
    const once = textOf(planDailyTasks("# Day\n", [acme], TODAY));
    const plan = planDailyTasks(once, [acme, overdue], TODAY);
    expect(plan).toEqual({ added: 1, text: `${once}- [ ] Invoice INV-7 overdue for Birch & Co [[Birch & Co]] 📅 2026-11-15 🆔 ${BIRCH_ID}\n` });
  });

  it("does not add again an item the user ticked (Tasks appends its done date) or reworded", () => {
    const note = `## Clientele\n- [x] Acme checked, all fine 📅 2026-11-21 🆔 ${ACME_ID} ✅ 2026-11-21\n`;
    expect(planDailyTasks(note, [acme], TODAY)).toEqual({ unchanged: true });
  });

  it("does not add again an item whose line was moved elsewhere in the note", () => {
    const note = `# Day\n\n## Meetings\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n\n## Clientele\n`;
    expect(planDailyTasks(note, [acme], TODAY)).toEqual({ unchanged: true });
  });

  it("adds an item once when the list names it twice", () => {
    expect(planDailyTasks("", [acme, { ...acme }], TODAY)).toMatchObject({ added: 1 });
  });

  it("changes nothing when nothing is due by today", () => {
    expect(planDailyTasks("# Day\n", [ahead], TODAY)).toEqual({ unchanged: true });
    expect(planDailyTasks("# Day\n", [], TODAY)).toEqual({ unchanged: true });
  });

  it("keeps a CRLF note in CRLF", () => {
    const note = "# Day\r\n\r\nText\r\n";
    expect(textOf(planDailyTasks(note, [acme], TODAY))).toBe(
      `# Day\r\n\r\nText\r\n\r\n## Clientele\r\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\r\n`,
    );
  });

  it("does not take a heading inside a code block or the frontmatter for the section", () => {
    const note = "---\ntitle: x\n---\n```\n## Clientele\n```\n";
    expect(textOf(planDailyTasks(note, [acme], TODAY))).toBe(`${note}\n## Clientele\n- [ ] Health check due for Acme Robotics [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}\n`);
  });

  it("links with the link text it is given", () => {
    const line = dailyTaskLine(acme, (p) => p.slice(0, -3));
    expect(line).toBe(`- [ ] Health check due for Acme Robotics [[Clients/Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}`);
  });
});

describe("inert text", () => {
  it("makes sentences and client names inert: no links, embeds, HTML, code, comments or line breaks", () => {
    const evil = item({
      client: "Clients/Evil.md",
      clientName: "[[Secret]] <b>x</b>",
      text: "Health check due for [[Secret]] ![[embed]] <img src=x> `code` %%hidden%% line\nbreak",
    });
    const line = dailyTaskLine(evil);
    expect(line).toBe(
      `- [ ] Health check due for \\[\\[Secret\\]\\] !\\[\\[embed\\]\\] &lt;img src=x> &#96;code&#96; %\\%hidden%\\% line break [[Evil]] 📅 2026-11-21 🆔 ${dailyTaskId(evil)}`,
    );
  });

  it("takes Tasks' field signs out of note text, so a name sets no date, priority or id", () => {
    const sly = item({ text: "Check Acme 📅 2020-01-01 ⏫ 🆔 cl00000000 ✅ 2020-01-02 🔁 every day" });
    const line = dailyTaskLine(sly);
    expect(line).toBe(`- [ ] Check Acme 2020-01-01 cl00000000 2020-01-02 every day [[Acme Robotics]] 📅 2026-11-21 🆔 ${ACME_ID}`);
    expect([...taskIdsIn(line)]).toEqual([ACME_ID]);
  });

  it("links a client note whose name would break a wikilink with a Markdown link", () => {
    const odd = item({ client: "Clients/A|B.md" });
    expect(dailyTaskLine(odd)).toContain(" [A\\|B](Clients/A%7CB.md) 📅 ");
  });
});

describe("taskIdsIn", () => {
  it("reads Tasks' id field anywhere, with or without a space", () => {
    expect([...taskIdsIn("- [ ] a 🆔 abc-1\n- [x] b 🆔x_2 ✅ 2026-01-01\n🆔 \n")]).toEqual(["abc-1", "x_2"]);
  });

  it("is linear", () => {
    expectLinear("taskIdsIn", (n) => void taskIdsIn("🆔 ".repeat(n) + "🆔 a".repeat(n)), 2000);
  });
});

describe("planDailyTasks: linear and byte-identical outside its section", () => {
  it("grows linearly with the note and the items", () => {
    expectLinear(
      "planDailyTasks",
      (n) => void planDailyTasks("- [ ] x 🆔 cl1\n## Clientele\n%%\n".repeat(n), Array.from({ length: n }, (_, i) => item({ client: `C/${i}.md` })), TODAY),
      500,
    );
  });

  it("only inserts text: the note before and after the insertion is kept byte for byte", () => {
    const piece = fc.constantFrom("## Clientele", "## Other", "# Top", "- [ ] task", `- [x] done 🆔 ${ACME_ID}`, "```", "---", "text", "", "%%", "  ");
    const eol = fc.constantFrom("\n", "\r\n");
    const note = fc.array(fc.tuple(piece, eol), { maxLength: 12 }).map((parts) => parts.map(([p, e]) => p + e).join(""));
    fc.assert(
      fc.property(note, fc.boolean(), (text, trailing) => {
        const t = trailing ? text : text.replace(/\r?\n$/, "");
        const plan = planDailyTasks(t, [acme, overdue], TODAY);
        if ("unchanged" in plan) return;
        // Some prefix and suffix of the note enclose exactly the insertion, and that insertion holds the new lines.
        let p = 0;
        while (p < t.length && t[p] === plan.text[p]) p++;
        let s = 0;
        while (s < t.length - p && t[t.length - 1 - s] === plan.text[plan.text.length - 1 - s]) s++;
        // The note is all prefix and suffix of the result: only an insertion, nothing replaced.
        expect(p + s).toBe(t.length);
        const inserted = plan.text.slice(p, plan.text.length - s);
        expect(inserted).toContain(`🆔 ${BIRCH_ID}`);
        // A note written only in CRLF gets only CRLF.
        if (t.includes("\r\n") && !/(^|[^\r])\n/.test(t)) expect(/(^|[^\r])\n/.test(inserted)).toBe(false);
        expect(planDailyTasks(plan.text, [acme, overdue], TODAY)).toEqual({ unchanged: true });
      }),
    );
  });
});
