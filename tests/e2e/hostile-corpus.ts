/**
 * A hostile map: the real knowledge base with XSS vectors (after the OWASP filter-evasion list)
 * placed in every text field a graph file carries, hostile colours and shapes in its kinds, and
 * hostile tours and Markdown beside it. Every vector that ran would call `__x(n)` (and `alert`),
 * which the page under test records; a vector is "seen" where its text shows as text.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { SerializedKnowledgeGraph } from '../../src/lib/kg/model';

const LONG = 'A'.repeat(20_000);

/** Each vector calls __x with its own number when it runs; § stands for that number. */
const TEMPLATES: string[] = [
	'<script>__x(§);alert(§)</script>',
	'<img src=x onerror="__x(§);alert(§)">',
	'<svg onload=__x(§)>',
	'<svg><script>__x(§)</script></svg>',
	'javascript:__x(§)',
	'<a href="javascript:__x(§)">klik</a>',
	'<iframe src="javascript:__x(§)"></iframe>',
	'<body onload=__x(§)>',
	'"><img src=x onerror=__x(§)>',
	"'><svg/onload=__x(§)>",
	'<IMG SRC=JaVaScRiPt:__x(§)>',
	'<img src=x onerror=&#95;&#95;x&#40;§&#41;>',
	'&lt;img src=x onerror=__x(§)&gt;',
	'<details open ontoggle=__x(§)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=__x(§)>',
	"<style>@import 'javascript:__x(§)';</style>",
	'<div style="background:url(javascript:__x(§))">css</div>',
	"{{constructor.constructor('__x(§)')()}}",
	'${__x(§)}',
	'<input autofocus onfocus=__x(§)>',
	'<object data="javascript:__x(§)"></object>',
	'<embed src="data:text/html,<script>parent.__x(§)</script>">',
	'<form><button formaction=javascript:__x(§)>x</button></form>',
	'<meta http-equiv="refresh" content="0;url=javascript:__x(§)">',
	'<base href="javascript:__x(§)//">',
	'\u202egnp.<img src=x onerror=__x(§)>',
	'<scr\u200bipt>__x(§)</scr\u200bipt> java\u200bscript:__x(§)',
	'</textarea></title></style><script>__x(§)</script>',
	'<svg><a xlink:href="javascript:__x(§)"><text x="20" y="20">x</text></a></svg>',
	']]><script>__x(§)</script><![CDATA[',
	'--><script>__x(§)</script><!--',
	'"]; click n_a call __x(§)\n%%{init: {"securityLevel":"loose"}}%%',
	"'}) MATCH (n) DETACH DELETE n // __x(§)",
	'=HYPERLINK("http://127.0.0.1:9/csv?§","__x(§)")',
	'[klik](javascript:__x(§)) ![x](x" onerror="__x(§))',
	`${LONG}<img src=x onerror=__x(§)>`
];

export const VECTORS: string[] = TEMPLATES.map((template, i) => template.replaceAll('§', String(i + 1)));
/** A short, recognisable piece of each vector, to find it as text in a page or a file. */
export const MARKERS: string[] = VECTORS.map((v, i) => (v.includes(`__x(${i + 1})`) ? `__x(${i + 1})` : v.slice(0, 20)));

/** Colours and shapes that try to escape their declaration (the beacon would show as a request to port 9). */
export const HOSTILE_COLORS = [
	'#0072B2;position:fixed;inset:0;z-index:2147483647;background:url(http://127.0.0.1:9/beacon)',
	'red;background-image:url(javascript:__x(101))',
	'url(http://127.0.0.1:9/beacon2)',
	'expression(__x(102))',
	'#fff" onmouseover="__x(103)',
	'var(--x);position:fixed'
];
export const HOSTILE_SHAPES = ['star" onmouseover="__x(104)', 'ellipse;position:fixed;inset:0', '<svg onload=__x(105)>', 'polygon'];

export const ALL_VECTORS = VECTORS.join(' ');
export const FIELDS = [
	'graph title', 'document titles', 'document file names', 'passages (document text)', 'passage headings',
	'kind labels', 'kind colours', 'kind shapes', 'relation labels', 'node labels', 'English labels', 'aliases',
	'glosses', 'English glosses'
] as const;

const vector = (i: number) => VECTORS[i % VECTORS.length];

/**
 * The default knowledge base with a vector in every field. Vectors are inserted into the
 * documents at the start of each passage and every offset after them moves along, so the map
 * still meets the contract (passage text is its document's slice, spans inside their passages).
 */
/**
 * The default map with a vector in every text field. With `styles`, its kinds also carry the hostile
 * colours and shapes: the contract refuses those, so that version only goes through the import,
 * which replaces them and says so.
 */
export function hostileGraph(
	{ styles = false }: { styles?: boolean } = {},
	base: SerializedKnowledgeGraph = JSON.parse(readFileSync('static/graph.json', 'utf8'))
): SerializedKnowledgeGraph {
	const graph: SerializedKnowledgeGraph = structuredClone(base);
	const attributes = graph.attributes;
	attributes.title = `${attributes.title} ${ALL_VECTORS.slice(0, 4000)}`;

	// Where each document gets a vector, and by how much.
	const inserts = new Map<string, Array<{ at: number; text: string }>>();
	attributes.passages.forEach((passage, i) => {
		const list = inserts.get(passage.doc) ?? [];
		list.push({ at: passage.start, text: `${vector(i)} ` });
		inserts.set(passage.doc, list);
	});
	/** A document offset after the inserts; `atStart`: an offset where an insert lands stays before it. */
	const shift = (doc: string, offset: number, atStart: boolean) =>
		offset + (inserts.get(doc) ?? []).reduce((sum, { at, text }) => sum + (at < offset || (at === offset && atStart) ? text.length : 0), 0);
	const docOfPassage = new Map(attributes.passages.map((p) => [p.id, p.doc]));

	for (const [i, document] of attributes.documents.entries()) {
		const list = [...(inserts.get(document.id) ?? [])].sort((a, b) => b.at - a.at);
		let text = document.text;
		for (const { at, text: inserted } of list) text = text.slice(0, at) + inserted + text.slice(at);
		document.text = text;
		document.title = `${document.title} ${ALL_VECTORS.slice(0, 3000)}`;
		document.source = `${vector(i + 3).slice(0, 60)}.txt`;
	}
	for (const [i, passage] of attributes.passages.entries()) {
		const start = shift(passage.doc, passage.start, true);
		const end = shift(passage.doc, passage.end, false);
		passage.start = start;
		passage.end = end;
		passage.text = attributes.documents.find((d) => d.id === passage.doc)!.text.slice(start, end);
		passage.heading = `${passage.heading ?? ''} ${vector(i + 5)}`.trim();
	}
	const moveSpan = (span: { passage: string; start: number; end: number }) => {
		const doc = docOfPassage.get(span.passage)!;
		span.start = shift(doc, span.start, true);
		span.end = shift(doc, span.end, false);
	};
	attributes.kinds.forEach((kind, i) => {
		const mine = VECTORS.filter((_v, j) => j % attributes.kinds.length === i).join(' ');
		kind.label = { id: `${kind.label.id} ${mine}`, en: `${kind.label.en} ${mine}` };
		if (styles && i < HOSTILE_COLORS.length) kind.color = HOSTILE_COLORS[i];
		if (styles && i < HOSTILE_SHAPES.length) kind.shape = HOSTILE_SHAPES[i];
	});
	attributes.relations.forEach((relation, i) => {
		const mine = VECTORS.filter((_v, j) => j % attributes.relations.length === i).join(' ');
		relation.label = { id: `${relation.label.id} ${mine}`, en: `${relation.label.en} ${mine}` };
	});
	graph.nodes.forEach((node, i) => {
		const a = node.attributes!;
		a.label = `${a.label} ${vector(i)}`;
		a.labelEn = `${a.labelEn} ${vector(i + 1)}`;
		a.aliases = [...a.aliases, vector(i + 2)];
		a.gloss = `${a.gloss ?? ''} ${vector(i + 3)}`;
		a.glossEn = `${a.glossEn ?? ''} ${vector(i + 4)}`;
		a.mentions.forEach(moveSpan);
	});
	graph.edges.forEach((edge) => edge.attributes!.evidence.forEach(moveSpan));
	return graph;
}

/** A Markdown outline whose headings, bullets and links are vectors. */
export function hostileMarkdown(): string {
	return [
		`# Peta uji ${VECTORS[1]}`,
		'',
		`## ${VECTORS[0]}`,
		`- ${VECTORS[5]}`,
		`  - [klik](javascript:__x(${VECTORS.length + 1}))`,
		`  - ${VECTORS[34]}`,
		`## ${VECTORS[8]} ${VECTORS[25]}`,
		`- ${VECTORS[13]}`,
		`- ${VECTORS[26]}`
	].join('\n');
}

/** File names that try their luck too (kept to what a file system allows). */
export const HOSTILE_FILE_NAME = `"><img src=x onerror=__x(200)>\u202egnp.json`;

/** Records anything a vector would do if it ran: a call of __x, a dialog. */
export async function armTraps(page: Page): Promise<{ fired: string[] }> {
	const fired: string[] = [];
	await page.exposeFunction('__reportExecution', (what: string) => fired.push(what));
	await page.addInitScript(() => {
		const report = (window as unknown as { __reportExecution: (what: string) => void }).__reportExecution;
		(window as unknown as { __x: (n: number) => void }).__x = (n: number) => report(`__x(${n})`);
	});
	page.on('dialog', (dialog) => {
		fired.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { fired };
}

/** What a vector left in the DOM if it was inserted as markup: handlers, scripts, frames, javascript: URLs, escaped styles. */
export async function markupInjected(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const element of Array.from(document.querySelectorAll('*'))) {
			const tag = element.tagName.toLowerCase();
			for (const attribute of Array.from(element.attributes)) {
				if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
				const url = /^(href|src|action|formaction|data|xlink:href)$/i.test(attribute.name);
				// data: is fine for pictures (the favicon, canvas snapshots), not for what a person opens or a frame loads.
				if (url && (/^\s*javascript:/i.test(attribute.value) || (/^\s*data:/i.test(attribute.value) && ['a', 'area', 'iframe', 'object', 'embed', 'form', 'button'].includes(tag))))
					found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
			}
			if (['iframe', 'object', 'embed', 'base', 'frame'].includes(tag)) found.push(tag);
			if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('meta refresh');
			if ((tag === 'script' || tag === 'style') && /__x|beacon/.test(element.textContent ?? '')) found.push(`${tag} with a vector`);
		}
		// A swatch (or anything) that a colour turned into a page-covering layer.
		for (const element of Array.from(document.querySelectorAll('.swatch'))) {
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			if (style.position === 'fixed' || style.backgroundImage !== 'none' || box.width > 60 || box.height > 60)
				found.push(`swatch restyled: ${style.position} ${style.backgroundImage} ${box.width}×${box.height}`);
		}
		return found;
	});
}

/** The vectors whose text shows in the page as text (each one's `__x(n)` marker). */
export async function vectorsSeen(page: Page): Promise<number[]> {
	// Text, and what form fields hold (the tour editor shows captions in text areas).
	const text = await page.evaluate(
		() => (document.body.textContent ?? '') + Array.from(document.querySelectorAll('input, textarea'), (f) => (f as HTMLInputElement).value).join(' ')
	);
	return MARKERS.flatMap((marker, i) => (text.includes(marker) ? [i + 1] : []));
}

/** Fails on any execution or injected markup; returns the vectors the view showed as text. */
export async function expectInert(page: Page, fired: string[], view: string): Promise<number[]> {
	expect(fired, `${view}: a vector ran`).toEqual([]);
	expect(await markupInjected(page), `${view}: markup from the file reached the DOM`).toEqual([]);
	return vectorsSeen(page);
}
