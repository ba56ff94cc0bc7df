// Draws board cards into the test DOM (happy-dom): one parent per test, removed after it.
import { afterEach, beforeEach } from "vitest";
import type { ClienteleSettings } from "../../src/core/model/settings";
import type { ClientStatus } from "../../src/core/model/types";
import { cardModel } from "../../src/core/pipeline/board";
import { fillCard } from "../../src/views/board-card";
import { TODAY } from "./builders";

/** Registers the parent's setup and teardown; the returned function draws a card for TODAY (with other settings when given). */
export function cardRenderer(settings: ClienteleSettings): (c: ClientStatus, el?: HTMLElement, s?: ClienteleSettings) => HTMLElement {
  let parent: HTMLElement;
  beforeEach(() => {
    parent = document.body.createDiv();
  });
  afterEach(() => {
    parent.remove();
  });
  return (c, el = parent.createDiv(), s = settings) => {
    fillCard(el, cardModel(c, TODAY, s), false);
    return el;
  };
}
