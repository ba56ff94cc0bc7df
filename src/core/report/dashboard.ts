// The note "Open dashboard" creates when the dashboard note is missing: the same text as
// vault-template/Client dashboard.md (a test keeps the two equal).
import type { ClienteleSettings } from "../model/settings";

export const DASHBOARD_NOTE = "# Client dashboard\n\nLive tables drawn by Clientele from your client notes. They follow the notes as they change, and nothing is ever written into this note. Each table is a `clientele` code block; change its options to change what it shows: `view` (pipeline, at-risk, health, renewals, next-actions or review), `limit`, `stage` and `sort` (name, stage, health, value, inactive, due or renewal).\n\nFor a written record of the week, run **Clientele: Weekly review**.\n\n## At risk\n\n```clientele\nview: at-risk\n```\n\n## Next actions\n\n```clientele\nview: next-actions\nlimit: 10\n```\n\n## Renewals\n\n```clientele\nview: renewals\n```\n\n## Health\n\n```clientele\nview: health\n```\n\n## Pipeline\n\n```clientele\nview: pipeline\n```\n";

/** The dashboard note's path: the setting, with `.md` added when it has no extension. */
export function dashboardNotePath(settings: ClienteleSettings): string {
  const path = settings.dashboardPath.trim();
  return path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
}
