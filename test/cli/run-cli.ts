// Runs the CLI in-process and captures what it prints.
import { run } from "../../src/cli/main";

export async function cli(args: string[], today = "2026-11-21"): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), colour: false, today: () => today });
  return { code, out, err };
}
