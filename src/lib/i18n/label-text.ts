/**
 * Concept labels inside running text. Labels are written sentence case for the board
 * ("Kelompok okupasional"); mid-sentence a common noun is lower case ("… termasuk
 * kelompok okupasional"), while a name keeps its capitals ("Ikatan Dokter Indonesia",
 * "IDI"). Lists read as a teacher says them: "A, B, dan C" / "A, B, and C".
 */
import type { Lang } from './i18n.svelte';

/** A name: an acronym, or a label with a capital after its first word. */
function isName(label: string): boolean {
	const words = label.trim().split(/\s+/);
	if (/^[\p{Lu}\p{N}]{2,}$/u.test(words[0])) return true;
	return words.slice(1).some((word) => /^\p{Lu}/u.test(word));
}

/** The label as it stands inside a sentence. */
export function inSentence(label: string): string {
	if (label === '' || isName(label)) return label;
	return label.charAt(0).toLocaleLowerCase('id') + label.slice(1);
}

/**
 * The label as a noun phrase inside an English sentence: "an occupational group",
 * "a voluntary group"; a name or a plural stays bare. Indonesian has no articles.
 */
export function withArticle(label: string, lang: Lang): string {
	const phrase = inSentence(label);
	if (lang !== 'en' || isName(label) || /[^s]s$/i.test(phrase)) return phrase;
	const vowelSound = /^(?:[aeio]|u(?!ni|s[eu])|hour|honest)/i.test(phrase);
	return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

/** A sentence with its first letter capitalised, however its first word was written. */
export function sentenceStart(text: string): string {
	return text.charAt(0).toLocaleUpperCase('id') + text.slice(1);
}

const formats = new Map<Lang, Intl.ListFormat>();

/** The conjunction of each language, and the one that joins items that hold it already. */
const AND: Record<Lang, { word: RegExp; instead: string }> = {
	id: { word: /\sdan\s/, instead: 'serta' },
	en: { word: /\sand\s/, instead: 'as well as' }
};

/**
 * "A, B, dan C": labels joined as one list, each as it stands in a sentence, the first at
 * its head. An item that holds the conjunction itself ("Gaji dan tunjangan") would make
 * "X dan Y dan Z"; the last item is then joined with "serta" / "as well as" instead.
 */
export function naturalList(labels: readonly string[], lang: Lang): string {
	const items = labels.map(inSentence);
	if (items.length > 1 && items.some((item) => AND[lang].word.test(item)))
		return sentenceStart(`${items.slice(0, -1).join(', ')} ${AND[lang].instead} ${items.at(-1)}`);
	let format = formats.get(lang);
	if (!format) formats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
	return sentenceStart(format.format(items));
}
