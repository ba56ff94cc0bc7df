// The value and risk part of a card (contract section 8), from the core's card model: the risk
// badge and the tier next to the health badge, then one line with the time in stage and a
// sparkline of the latest health scores (a row of small bars), with the success plan chip between
// them. Text only, Obsidian CSS variables.
import type { CardIntel } from "../core/pipeline/card-intel";

/** The risk badge and the tier, added to the card's meta line (after the health badge). */
export function fillIntelBadges(meta: HTMLElement, intel: CardIntel): void {
  const r = intel.risk;
  if (r) meta.createSpan({ cls: `clientele-risk-badge is-${r.tone}`, text: r.text, attr: { title: r.title, "aria-label": r.title } });
  const t = intel.tier;
  if (t) meta.createSpan({ cls: `clientele-card-tier is-${t.tone}`, text: t.text, attr: { title: t.title } });
}

/** The time in stage, the success plan chip and the health sparkline, as one line under the meta line; nothing when none is known. */
export function fillIntelLine(el: HTMLElement, intel: CardIntel): void {
  const { stage, spark, plan } = intel;
  if (!stage && !spark && !plan) return;
  const line = el.createDiv({ cls: "clientele-card-intel" });
  if (stage) line.createSpan({ cls: `clientele-card-stage-time${stage.stuck ? " is-stuck" : ""}`, text: stage.text, attr: { title: stage.title } });
  if (plan) line.createSpan({ cls: `clientele-card-plan${plan.complete ? " is-complete" : ""}`, text: plan.text, attr: { title: plan.title, "aria-label": plan.title } });
  if (spark) {
    const bars = line.createSpan({ cls: "clientele-card-spark", attr: { role: "img", "aria-label": spark.title, title: spark.title } });
    spark.heights.forEach((h, i) => {
      const bar = bars.createSpan({ cls: "clientele-card-spark-bar", attr: { "data-score": String(spark.scores[i] ?? h) } });
      bar.setCssProps({ "--clientele-spark-height": `${h}%` });
    });
  }
}
