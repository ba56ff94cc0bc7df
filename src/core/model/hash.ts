// A fast non-cryptographic content hash: FNV-1a (32 bits) over the UTF-16 code units, one pass.
// It only tells "this note's text changed" apart from "it did not"; the length is part of the
// value so that two texts must agree on both to be taken as the same.

/** `<length>:<8 hex digits>`, e.g. `12:4f9f2cab`. Linear in the text. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16).padStart(8, "0")}`;
}
