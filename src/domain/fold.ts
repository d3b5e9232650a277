/**
 * The one way Flextory compares text: NFKD decomposition, combining marks
 * removed, lower case. Every store keeps this folded form beside the text,
 * so that matching is the same whichever database runs underneath.
 */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Text as Flextory stores it: Unicode NFC. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** Length in code points, the unit of every length limit. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
