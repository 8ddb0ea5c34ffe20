/**
 * `npm run extract -- [--lang id|en|auto] [--title TITLE] --out OUT.json FILE...`: texts → a graph
 * of the contract (documents, passages, concepts with mentions, relations with evidence, a
 * default layout), with no curation: the extractor's suggestions as the review step would first
 * accept them. Reads .txt (and .md, .html, .docx, .pdf by their extension); a web page's main
 * content is found with Readability, as the browser finds it, on a linkedom DOM. Fails with a message
 * naming what to fix; never writes a partial or invalid file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ontologySchema, parseCurated } from '../src/lib/kg/build/curation';
import { BuildError } from '../src/lib/kg/build/errors';
import { extractSuggestions } from '../src/lib/kg/extract/extract';
import { buildGraph, defaultSelection } from '../src/lib/kg/extract/graph';
import { articleOf } from '../src/lib/kg/extract/intake/article';
import { formatOf, IntakeError, readSource, type IntakeInput } from '../src/lib/kg/extract/intake/index';
import type { Language } from '../src/lib/kg/extract/profile';
import { validateSerializedGraph } from '../src/lib/kg/model';

const USAGE = 'usage: npm run extract -- [--lang id|en|auto] [--title TITLE] --out OUT.json FILE...';
const here = dirname(fileURLToPath(import.meta.url));

function fail(message: string): never {
	console.error(`extract: ${message}`);
	process.exit(1);
}

function parseArgs(argv: string[]): { lang: Language | 'auto'; out: string; title?: string; files: string[] } {
	let lang: Language | 'auto' = 'auto';
	let out: string | undefined;
	let title: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => argv[++i] ?? fail(`${arg} needs a value\n${USAGE}`);
		if (arg === '--lang') {
			const v = value();
			if (v !== 'id' && v !== 'en' && v !== 'auto') fail(`--lang must be id, en or auto, not "${v}"`);
			lang = v;
		} else if (arg === '--out') out = value();
		else if (arg === '--title') title = value();
		else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
		else files.push(arg);
	}
	if (!out) fail(`--out is missing\n${USAGE}`);
	if (files.length === 0) fail(`no input file given\n${USAGE}`);
	return { lang, out, title, files };
}

/** A web page as the browser reads it: Readability's article, or the whole page when it finds none. */
async function withMainContent(input: IntakeInput, data: Uint8Array): Promise<IntakeInput> {
	const { parseHTML } = await import('linkedom');
	const html = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
	const main = articleOf(parseHTML(html).document as unknown as Document);
	return { ...input, format: 'html', data: main?.html ?? html, mainContentOnly: main !== null };
}

const { lang, out, title, files } = parseArgs(process.argv.slice(2));
const started = performance.now();
try {
	const ontology = parseCurated(ontologySchema, parse(readFileSync(join(here, 'ontology.yaml'), 'utf8')), 'ontology.yaml');
	const pdfjs = files.some((f) => formatOf(f) === 'pdf') ? await import('pdfjs-dist/legacy/build/pdf.mjs') : undefined;
	const sources = [];
	for (const file of files) {
		let data: Uint8Array;
		try {
			data = new Uint8Array(readFileSync(file));
		} catch (error) {
			fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
		}
		const input: IntakeInput = { name: basename(file), data, pdfjs, ...(lang !== 'auto' ? { language: lang } : {}) };
		const source = await readSource(formatOf(file) === 'html' ? await withMainContent(input, data) : input);
		sources.push(source);
	}
	const extraction = extractSuggestions(sources, { language: lang, ...(title ? { title } : {}) });
	const graph = buildGraph(extraction, defaultSelection(extraction), { kinds: ontology.kinds, relations: ontology.relations });
	const data = graph.export();
	const checked = validateSerializedGraph(JSON.parse(JSON.stringify(data)));
	if (!checked.ok) fail(`the extracted graph breaks the contract (a bug): ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(data) + '\n');
	const ms = Math.round(performance.now() - started);
	const languages = [...new Set(extraction.documents.map((d) => d.language))].join('+');
	console.log(
		`extract: ${graph.order} concepts, ${graph.size} relations (of ${extraction.concepts.length} and ${extraction.relations.length} suggested), ${extraction.passages.length} passages from ${extraction.documents.length} ${extraction.documents.length === 1 ? 'text' : 'texts'} (${languages}) → ${relative(process.cwd(), out)} (${ms} ms)`
	);
} catch (error) {
	if (error instanceof IntakeError) fail(error.message);
	if (error instanceof BuildError) fail(error.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
	throw error;
}
