/**
 * Text for jsPDF's standard fonts, which cover Windows-1252 (Latin-1 and a
 * little more): enough for Indonesian. Typographic marks are mapped to their
 * plain forms so no glyph comes out as a box; anything else outside the
 * range falls back to its unaccented letter or "?".
 */
const REPLACEMENTS: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u201f': '"',
	'\u2026': '...',
	'\u2013': '-',
	'\u2014': '-',
	'\u2015': '-',
	'\u2212': '-',
	'\u2022': '-',
	'\u00a0': ' ',
	'\u2009': ' ',
	'\u200b': '',
	'\u2192': '->',
	'\u2190': '<-'
};

export function pdfText(text: string): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		if (char in REPLACEMENTS) out += REPLACEMENTS[char];
		else if (char.charCodeAt(0) <= 0xff) out += char;
		else {
			const folded = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
			out += [...folded].every((c) => c.charCodeAt(0) <= 0xff) ? folded : '?';
		}
	}
	return out;
}
