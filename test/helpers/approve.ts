// Approved-output testing: compare text with `<dir>/__approved__/<name>.approved.md`.
// A missing or different approved file writes `<name>.received.md` next to it and fails; a person
// reads the received file and approves it by copying it over the approved one. Never automatic.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";

export function verifyApproved(dir: string, name: string, received: string): void {
  const base = path.join(dir, "__approved__", name);
  const approvedFile = `${base}.approved.md`;
  const receivedFile = `${base}.received.md`;
  const approved = existsSync(approvedFile) ? readFileSync(approvedFile, "utf8") : null;
  if (approved === received) {
    rmSync(receivedFile, { force: true });
    return;
  }
  writeFileSync(receivedFile, received);
  if (approved === null) throw new Error(`No approved output yet. Read ${receivedFile}; if it is right, copy it to ${approvedFile}.`);
  expect(received, `Output differs from ${approvedFile}; see ${receivedFile}`).toBe(approved);
}
