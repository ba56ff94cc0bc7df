// The status bar item: "N at risk", which opens the list.
import type { ClientStatus } from "../core/model/types";

export class StatusBar {
  constructor(private readonly el: HTMLElement, onClick: () => void) {
    el.addClass("clientele-status", "mod-clickable");
    el.setAttr("aria-label", "Show at-risk clients");
    el.addEventListener("click", onClick);
    el.hide();
  }

  update(clients: ClientStatus[]): void {
    const n = clients.filter((c) => c.atRisk).length;
    this.el.setText(`${n} at risk`);
    this.el.toggle(clients.length > 0);
  }
}
