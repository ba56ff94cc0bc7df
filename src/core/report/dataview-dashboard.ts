// The Dataview flavour of the dashboard note (issue 15): "Open dashboard" writes it when Dataview is
// enabled and the note is missing; vault-template/Dataview dashboard.md is the same text (a test
// keeps the two equal). DQL tables over the flat properties, and dataviewjs blocks that use
// Clientele's API (rows, agenda, stages) and draw again on `api.onChange`. Constant text: nothing
// from a note goes into it.
import type { ClienteleSettings } from "../model/settings";
import { dashboardNotePath } from "./dashboard";

/** The file name of the Dataview dashboard, beside the dashboard note. */
export const DATAVIEW_DASHBOARD_NAME = "Dataview dashboard.md";

/**
 * A `dataviewjs` block that waits for Clientele's API, draws `body` (lines of its draw function)
 * and draws again on every change, until Dataview unloads the block.
 */
function apiBlock(method: string, what: string, body: string[]): string[] {
  return [
    "```dataviewjs",
    "const api = app.plugins.plugins.clientele?.api;",
    `if (!api?.${method}) {`,
    `  dv.paragraph("Turn on the Clientele plugin to see ${what}.");`,
    "} else {",
    "  await api.whenReady();",
    "  const draw = () => {",
    "    dv.container.empty();",
    ...body,
    "  };",
    "  draw();",
    "  dv.component.register(api.onChange(draw));",
    "}",
    "```",
  ];
}


const LINES: readonly string[] = [
  "# Dataview dashboard",
  "",
  "Clientele's clients queried with the Dataview community plugin, for people who already use it. Clientele does not need Dataview: without it, the blocks below show as plain code, and the built-in [[Client dashboard]] shows the same results.",
  "",
  "The `dataview` tables read the flat client properties of notes in any folder (`type` compared case-insensitively, the Templates folder left out). The `dataviewjs` blocks ask Clientele's API for what it computes (health score and band, risk, lifetime value, due items), so they show exactly what the board shows; they need DataviewJS turned on in Dataview's settings. Each one draws its table again whenever Clientele's results change (a note, a record, a weight, a threshold), because it subscribes with `api.onChange` and hands the unsubscribe to Dataview, which calls it when the block goes away.",
  "",
  "## Pipeline",
  "",
  "```dataview",
  "TABLE WITHOUT ID file.link AS Client, stage AS Stage, engagement AS Engagement, value AS Value, currency AS Currency, next_action AS \"Next action\"",
  "FROM -\"Templates\"",
  "WHERE lower(type) = \"client\"",
  "SORT choice(lower(stage) = \"discovery\", 1, choice(lower(stage) = \"proposal\", 2, choice(lower(stage) = \"active\", 3, choice(lower(stage) = \"retention\", 4, 5)))) ASC, file.name ASC",
  "```",
  "",
  "## Gone quiet",
  "",
  "No `last_contact` for 30 days or more, Sunset left out. Clientele's own at-risk list below also counts the client's contacts, linked meeting notes and per-stage thresholds.",
  "",
  "```dataview",
  "TABLE WITHOUT ID file.link AS Client, stage AS Stage, last_contact AS \"Last contact\"",
  "FROM -\"Templates\"",
  "WHERE lower(type) = \"client\" AND lower(stage) != \"sunset\" AND (!last_contact OR last_contact <= date(today) - dur(30 days))",
  "SORT last_contact ASC",
  "```",
  "",
  "## Overdue next actions",
  "",
  "```dataview",
  "TABLE WITHOUT ID file.link AS Client, next_action AS \"Next action\", next_action_due AS Due",
  "FROM -\"Templates\"",
  "WHERE lower(type) = \"client\" AND next_action_due AND next_action_due < date(today)",
  "SORT next_action_due ASC",
  "```",
  "",
  "## Renewals in the next 60 days",
  "",
  "```dataview",
  "TABLE WITHOUT ID file.link AS Client, renewal AS Renewal, value AS Value, currency AS Currency",
  "FROM -\"Templates\"",
  "WHERE lower(type) = \"client\" AND renewal AND renewal >= date(today) AND renewal <= date(today) + dur(60 days)",
  "SORT renewal ASC",
  "```",
  "",
  "## Health, value and risk, from Clientele",
  "",
  ...apiBlock("rows", "this table", [
  "    dv.table(",
  "      [\"Client\", \"Stage\", \"Health\", \"Risk\", \"Lifetime value\", \"Days in stage\", \"Due\"],",
  "      api.rows().map((r) => [",
  "        dv.fileLink(r.path, false, r.name),",
  "        r.stage ?? \"No stage\",",
  "        r.score === null ? \"Unscored\" : `${r.score} (${r.band})`,",
  "        r.risk === null ? \"-\" : `${r.risk} (${r.riskLevel})`,",
  "        r.clv === null ? \"-\" : `${r.clv} ${r.currency ?? \"\"} (${r.tier})`,",
  "        r.daysInStage ?? \"-\",",
  "        r.overdue > 0 ? `${r.due} (${r.overdue} overdue)` : r.due,",
  "      ]),",
  "    );",
  ]),
  "",
  "## At risk, from Clientele",
  "",
  ...apiBlock("rows", "this table", [
  "    const rows = api.rows().filter((r) => r.atRisk);",
  "    if (rows.length === 0) dv.paragraph(\"No client is at risk.\");",
  "    else dv.table([\"Client\", \"Stage\", \"Health\", \"Why\"], rows.map((r) => [",
  "      dv.fileLink(r.path, false, r.name),",
  "      r.stage ?? \"No stage\",",
  "      r.score === null ? \"Unscored\" : `${r.score} (${r.band})`,",
  "      r.why,",
  "    ]));",
  ]),
  "",
  "## Agenda, from Clientele",
  "",
  "Due items of the coming days, overdue first.",
  "",
  ...apiBlock("agenda", "the agenda", [
  "    const items = api.agenda();",
  "    if (items.length === 0) dv.paragraph(\"Nothing is due.\");",
  "    else dv.table([\"Day\", \"Client\", \"Due\"], items.map((i) => [",
  "      i.overdue ? `${i.day} (overdue)` : i.day,",
  "      dv.fileLink(i.client, false, i.clientName),",
  "      i.text,",
  "    ]));",
  ]),
  "",
  "## Clients per stage, from Clientele",
  "",
  ...apiBlock("stages", "this table", [
  "    const rows = api.rows();",
  "    dv.table([\"Stage\", \"Clients\", \"At risk\"], [...api.stages(), null].map((stage) => {",
  "      const inStage = rows.filter((r) => r.stage === stage);",
  "      return [stage ?? \"No stage\", inStage.length, inStage.filter((r) => r.atRisk).length];",
  "    }));",
  ]),
];

/** The Dataview dashboard's Markdown. */
export function dataviewDashboardNote(): string {
  return `${LINES.join("\n")}\n`;
}

/** Its path: in the folder of the dashboard note (setting `dashboardPath`), named DATAVIEW_DASHBOARD_NAME. */
export function dataviewDashboardPath(settings: ClienteleSettings): string {
  const main = dashboardNotePath(settings);
  const slash = main.lastIndexOf("/");
  return slash < 0 ? DATAVIEW_DASHBOARD_NAME : `${main.slice(0, slash + 1)}${DATAVIEW_DASHBOARD_NAME}`;
}
