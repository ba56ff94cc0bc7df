// Applies a FrontmatterPatch to the object Obsidian hands to `processFrontMatter`'s callback.
import type { FrontmatterPatch } from "../model/types";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Throws, naming the key, when the patch holds a key that could pollute a prototype. */
function checkKeys(patch: FrontmatterPatch): void {
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN.has(key)) throw new Error(`Refusing to write the frontmatter key "${key}"`);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b));
}

function equal(current: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return Array.isArray(current) && current.length === wanted.length && wanted.every((v, i) => sameValue(current[i], v));
  }
  return sameValue(current, wanted);
}

/**
 * Sets each key of `patch` on `fm` (existing keys keep their place, new ones are appended) and
 * deletes the keys whose value is `null`. Checks every key before changing anything.
 */
export function applyPatch(fm: Record<string, unknown>, patch: FrontmatterPatch): void {
  checkKeys(patch);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      if (hasOwn(fm, key)) delete fm[key];
    } else {
      fm[key] = Array.isArray(value) ? [...value] : value;
    }
  }
}

/** False when applying `patch` would leave `fm` as it is. Throws like `applyPatch`. */
export function patchChangesSomething(fm: Record<string, unknown>, patch: FrontmatterPatch): boolean {
  checkKeys(patch);
  return Object.entries(patch).some(([key, value]) =>
    value === null ? hasOwn(fm, key) : !hasOwn(fm, key) || !equal(fm[key], value));
}
