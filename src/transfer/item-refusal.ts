/**
 * A fault in one item of a file (a field of the wrong type, text that is
 * not valid Unicode): that item is refused with this message, and the rest
 * go in.
 */
export class ItemRefusal extends Error {}
