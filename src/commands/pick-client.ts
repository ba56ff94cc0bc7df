// Commands that act on one client use the active note when it is a client, or ask which client.
import type { ClientStatus } from "../core/model/types";
import type { Deps } from "../deps";
import { ClientSuggestModal } from "../ui/client-suggest";

export function activeClient(deps: Deps): ClientStatus | null {
  const file = deps.app.workspace.getActiveFile();
  return file ? deps.index.client(file.path, deps.today()) : null;
}

export function withClient(deps: Deps, placeholder: string, run: (c: ClientStatus) => void): void {
  const active = activeClient(deps);
  if (active) return run(active);
  const clients = deps.index.clients(deps.today());
  if (clients.length === 0) {
    deps.notify("Clientele: no client notes yet. Create one with “New client”.");
    return;
  }
  new ClientSuggestModal(deps.app, [...clients].sort((a, b) => a.client.name.localeCompare(b.client.name)), placeholder, run).open();
}
