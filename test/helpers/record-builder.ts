// The one builder for related records in tests: a record note's path and frontmatter, read by the core.
import { parseRecord, recordKindOf, type RecordProps } from "../../src/core/records/record";

/** A record of the kind `fm.type` names, at `path` (default `Records/<name>.md`). */
export function recordOf(path: string, fm: Record<string, unknown>): RecordProps {
  const kind = recordKindOf(fm);
  if (kind === null) throw new Error(`recordOf: ${String(fm.type)} is not a record kind`);
  return parseRecord(path, kind, fm);
}
