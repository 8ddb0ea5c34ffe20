/**
 * Multi-word matching on stems: a phrase matches wherever the text holds the same
 * sequence of stems, so inflected forms match ("kelompok-kelompok volunter" finds
 * "kelompok volunter"). Phrases are kept in a trie keyed by stem; one left-to-right
 * pass takes the longest phrase at each position and resumes after it
 * (leftmost-longest, non-overlapping). A match never crosses punctuation or a line
 * break: those end a sentence, a heading or a list item, and a name does not run
 * across them.
 */
import { stemTokens, type StemmedToken, type Stemmer } from './stem';

export interface PhraseSpec {
	id: string;
	phrase: string;
}

export interface PhraseMatch {
	id: string;
	/** UTF-16 offsets into the searched text: first token start .. last token end. */
	start: number;
	end: number;
}

export interface PhraseMatcher {
	find(text: string): PhraseMatch[];
}

interface TrieNode {
	next: Map<string, TrieNode>;
	/** Ids of the phrases that end here; empty when no phrase ends here. */
	ids: string[];
}

/** What may stand between two words of one match: spaces, or the hyphen of a split compound. */
const JOINING_GAP = /^(?:[\p{Zs}\t]+|[-\u2010\u2011])$/u;

/** Stems with `stemWord` (Indonesian by default), so phrases and text must be in its language. */
export function createPhraseMatcher(phrases: ReadonlyArray<PhraseSpec>, stemWord?: Stemmer): PhraseMatcher {
	const root = buildTrie(phrases, stemWord);
	return {
		find(text) {
			const tokens = stemTokens(text, stemWord);
			const matches: PhraseMatch[] = [];
			let i = 0;
			while (i < tokens.length) {
				const found = longestAt(root, tokens, i, text);
				if (!found) {
					i++;
					continue;
				}
				for (const id of found.ids)
					matches.push({ id, start: tokens[i].start, end: tokens[found.last].end });
				i = found.last + 1;
			}
			return matches;
		}
	};
}

function buildTrie(phrases: ReadonlyArray<PhraseSpec>, stemWord?: Stemmer): TrieNode {
	const root: TrieNode = { next: new Map(), ids: [] };
	for (const { id, phrase } of phrases) {
		const stems = stemTokens(phrase, stemWord).map((token) => token.stem);
		if (stems.length === 0) continue;
		let node = root;
		for (const stem of stems) {
			let child = node.next.get(stem);
			if (!child) {
				child = { next: new Map(), ids: [] };
				node.next.set(stem, child);
			}
			node = child;
		}
		if (!node.ids.includes(id)) node.ids.push(id);
	}
	return root;
}

function longestAt(
	root: TrieNode,
	tokens: StemmedToken[],
	first: number,
	text: string
): { ids: string[]; last: number } | undefined {
	let best: { ids: string[]; last: number } | undefined;
	let node = root.next.get(tokens[first].stem);
	let i = first;
	while (node) {
		if (node.ids.length > 0) best = { ids: node.ids, last: i };
		const next = tokens[i + 1];
		if (!next || !JOINING_GAP.test(text.slice(tokens[i].end, next.start))) break;
		i++;
		node = node.next.get(next.stem);
	}
	return best;
}
