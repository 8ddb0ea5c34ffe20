/**
 * Finds where JSON text first goes wrong. `JSON.parse` messages differ per
 * engine (and some omit the position), so the importer scans the text itself
 * to tell the reader the line and column.
 */
export type JsonExpectation =
	| 'value'
	| 'property-name'
	| 'colon'
	| 'comma-or-closing-brace'
	| 'comma-or-closing-bracket'
	| 'closing-quote'
	| 'escaped-control-character'
	| 'valid-escape'
	| 'unicode-escape'
	| 'end-of-file';

export interface JsonSyntaxProblem {
	offset: number;
	/** What the scanner expected there (worded by i18n/messages/import-errors.ts). */
	expected: JsonExpectation;
}

export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | null {
	let i = 0;
	const fail = (expected: JsonExpectation): never => {
		throw { offset: i, expected } satisfies JsonSyntaxProblem;
	};
	const skipSpace = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const literal = (word: string) => {
		if (text.startsWith(word, i)) i += word.length;
		else fail('value');
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				i++;
				return;
			}
			if (c < 0x20) fail('escaped-control-character');
			if (c === 92) {
				const next = text[i + 1];
				if (next === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('unicode-escape');
					i += 6;
				} else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
				else fail('valid-escape');
			} else i++;
		}
		fail('closing-quote');
	};
	const number = () => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail('value');
		i += match![0].length;
	};
	const value = (): void => {
		skipSpace();
		const c = text[i];
		if (c === '{') return object();
		if (c === '[') return array();
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		if (c === '-' || (c >= '0' && c <= '9')) return number();
		fail('value');
	};
	const object = () => {
		i++;
		skipSpace();
		if (text[i] === '}') {
			i++;
			return;
		}
		for (;;) {
			skipSpace();
			if (text[i] !== '"') fail('property-name');
			string();
			skipSpace();
			if (text[i] !== ':') fail('colon');
			i++;
			value();
			skipSpace();
			if (text[i] === ',') i++;
			else if (text[i] === '}') {
				i++;
				return;
			} else fail('comma-or-closing-brace');
		}
	};
	const array = () => {
		i++;
		skipSpace();
		if (text[i] === ']') {
			i++;
			return;
		}
		for (;;) {
			value();
			skipSpace();
			if (text[i] === ',') i++;
			else if (text[i] === ']') {
				i++;
				return;
			} else fail('comma-or-closing-bracket');
		}
	};
	try {
		// A byte order mark is not JSON, but editors add it; JSON.parse is called without it too.
		if (text.charCodeAt(0) === 0xfeff) i = 1;
		value();
		skipSpace();
		if (i < text.length) fail('end-of-file');
		return null;
	} catch (problem) {
		if (typeof problem === 'object' && problem !== null && 'offset' in problem)
			return problem as JsonSyntaxProblem;
		throw problem;
	}
}

/**
 * Where JSON text first nests deeper than `limit` (-1 if never), counted over
 * brackets outside strings: a linear scan, so a hostile depth is refused
 * before any recursive reader (the error locator, the schema) sees it.
 */
export function findExcessiveNesting(text: string, limit: number): { offset: number; depth: number } {
	let depth = 0;
	let deepest = 0;
	let offset = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			// Skip the string: a backslash escapes the next character.
			for (i++; i < text.length; i++) {
				const d = text.charCodeAt(i);
				if (d === 92) i++;
				else if (d === 34) break;
			}
		} else if (c === 123 || c === 91) {
			depth++;
			if (depth > deepest) deepest = depth;
			if (depth > limit && offset < 0) offset = i;
		} else if (c === 125 || c === 93) depth--;
	}
	return { offset, depth: deepest };
}
