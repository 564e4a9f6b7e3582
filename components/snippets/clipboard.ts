/** Puts text on the clipboard. Injected into the composer so tests can see exactly what would be copied. */
export type WriteClipboard = (text: string) => Promise<void>;

/** The real one: the async Clipboard API, allowed in extension pages on a user gesture. */
export const writeClipboard: WriteClipboard = (text) => navigator.clipboard.writeText(text);
