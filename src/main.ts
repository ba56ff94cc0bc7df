import { Plugin } from "obsidian";

export default class ClientelePlugin extends Plugin {
  onload(): void {}
}
