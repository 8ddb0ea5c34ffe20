/**
 * The key form of a string for matching and search: Unicode NFC (so a precomposed
 * letter and its decomposed spelling compare equal) and lower case. Locale-free
 * lower-casing keeps keys identical in every runtime.
 */
export function normalise(text: string): string {
	return text.normalize('NFC').toLowerCase();
}
