/**
 * Bytes of a file to text. UTF-8 first (with or without a byte order mark),
 * UTF-16 by its mark, the encoding an XML declaration names; anything else
 * that is not valid UTF-8 is read as Windows-1252 (the superset of Latin-1
 * that old spreadsheets save), and the caller says so, rather than turning
 * every accented letter into U+FFFD without a word.
 */
export interface DecodedText {
	text: string;
	/** The encoding used when it was not UTF-8, for the import summary. */
	legacyEncoding: string | null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
	try {
		return new TextDecoder(label, { fatal }).decode(bytes);
	} catch {
		return null;
	}
}

/** The encoding named by `<?xml … encoding="…"?>` at the start, if any. */
function declaredXmlEncoding(bytes: Uint8Array): string | null {
	const head = String.fromCharCode(...bytes.subarray(0, 200));
	return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: new TextDecoder('utf-8').decode(bytes), legacyEncoding: null };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), legacyEncoding: null };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), legacyEncoding: null };
	const utf8 = tryDecode(bytes, 'utf-8', true);
	if (utf8 !== null) return { text: utf8, legacyEncoding: null };
	const declared = declaredXmlEncoding(bytes);
	if (declared && !/^utf-?8$/i.test(declared)) {
		const text = tryDecode(bytes, declared, false);
		if (text !== null) return { text, legacyEncoding: declared.toUpperCase() };
	}
	return { text: new TextDecoder('windows-1252').decode(bytes), legacyEncoding: 'Windows-1252 (Latin-1)' };
}
