/**
 * Import errors in words, Indonesian and English: what is wrong, where, and
 * how to fix it. Kept beside the codes so a new code cannot ship unworded.
 */
import type { ImportError, ImportErrorCode } from './errors';
import type { JsonExpectation } from './json-syntax';

export type MessageLang = 'id' | 'en';

type Params = ImportError['params'];
type Wording = Record<MessageLang, (p: Params) => string>;

const str = (value: string | number | undefined, fallback = '?') =>
	value === undefined || value === '' ? fallback : String(value);

const JSON_EXPECTATIONS: Record<JsonExpectation, Record<MessageLang, string>> = {
	value: { id: 'sebuah nilai (teks berkutip, angka, true/false/null, { atau [)', en: 'a value (quoted text, a number, true/false/null, { or [)' },
	'property-name': { id: 'nama properti dalam kutip ganda', en: 'a property name in double quotes' },
	colon: { id: 'tanda ":"', en: 'a ":"' },
	'comma-or-closing-brace': { id: 'tanda "," atau "}"', en: 'a "," or "}"' },
	'comma-or-closing-bracket': { id: 'tanda "," atau "]"', en: 'a "," or "]"' },
	'closing-quote': { id: 'kutip penutup', en: 'a closing quote' },
	'escaped-control-character': { id: 'kutip penutup (baris baru dalam teks ditulis \\n)', en: 'a closing quote (line breaks inside text are written \\n)' },
	'valid-escape': { id: 'escape yang sah setelah \\', en: 'a valid escape after \\' },
	'unicode-escape': { id: 'empat digit heksadesimal setelah \\u', en: 'four hex digits after \\u' },
	'end-of-file': { id: 'akhir berkas (ada teks lebih setelah data)', en: 'the end of the file (there is more text after the data)' }
};

function expectation(value: string | number | undefined, lang: MessageLang): string {
	const known = JSON_EXPECTATIONS[value as JsonExpectation];
	return known ? known[lang] : str(value);
}

const WORDING: Record<ImportErrorCode, Wording> = {
	'empty-file': {
		id: () => 'Berkas ini kosong. Pilih berkas yang berisi data graf.',
		en: () => 'The file is empty. Choose a file that contains graph data.'
	},
	'too-large': {
		id: (p) =>
			`Berkas terlalu besar (${str(p.sizeMb)} MB; batasnya ${str(p.limitMb)} MB). Perkecil grafnya atau bagi menjadi beberapa berkas.`,
		en: (p) =>
			`The file is too large (${str(p.sizeMb)} MB; the limit is ${str(p.limitMb)} MB). Reduce the graph or split it into several files.`
	},
	'malformed-json': {
		id: (p) => `JSON tidak valid: di sini diharapkan ${expectation(p.expected, 'id')}. Periksa tanda koma, kutip, dan kurung di posisi itu.`,
		en: (p) => `Invalid JSON: ${expectation(p.expected, 'en')} was expected here. Check the commas, quotes and brackets at that position.`
	},
	'malformed-xml': {
		id: (p) => `XML tidak valid (${str(p.detail)}). Pastikan setiap tag ditutup dan karakter & serta < ditulis sebagai &amp; dan &lt;.`,
		en: (p) => `Invalid XML (${str(p.detail)}). Make sure every tag is closed and that & and < are written as &amp; and &lt;.`
	},
	'malformed-csv': {
		id: (p) => `CSV ${str(p.file, '')} tidak valid: ada tanda kutip yang tidak ditutup. Tutup kutipnya, dan tulis kutip di dalam teks sebagai "".`,
		en: (p) => `The ${str(p.file, '')} CSV is invalid: a quote is never closed. Close it, and write quotes inside text as "".`
	},
	'wrong-format': {
		id: (p) => `Ini bukan berkas ${str(p.expected)} (yang ditemukan: ${str(p.found)}). Pilih format yang sesuai dengan berkasnya.`,
		en: (p) => `This is not a ${str(p.expected)} file (found: ${str(p.found)}). Choose the format that matches the file.`
	},
	'duplicate-node': {
		id: (p) => `Simpul "${str(p.key)}" muncul lebih dari sekali. Setiap id simpul harus unik: ganti atau hapus salah satunya.`,
		en: (p) => `Node "${str(p.key)}" appears more than once. Every node id must be unique: rename or remove one of them.`
	},
	'duplicate-edge': {
		id: (p) => `Sisi "${str(p.key)}" muncul lebih dari sekali. Setiap id sisi harus unik: ganti atau hapus salah satunya.`,
		en: (p) => `Edge "${str(p.key)}" appears more than once. Every edge id must be unique: rename or remove one of them.`
	},
	'dangling-edge': {
		id: (p) =>
			`Sisi ${str(p.key, '')} menunjuk ke simpul "${str(p.node)}" yang tidak ada. Tambahkan simpul itu atau perbaiki ${p.end === 'target' ? 'targetnya' : p.end === 'source' ? 'sumbernya' : 'ujungnya'}.`,
		en: (p) =>
			`Edge ${str(p.key, '')} points to node "${str(p.node)}", which does not exist. Add that node or correct its ${str(p.end, 'end')}.`
	},
	'self-loop': {
		id: (p) => `Ada sisi dari simpul "${str(p.node)}" ke dirinya sendiri. Peta konsep tidak mengizinkannya: hapus sisi itu.`,
		en: (p) => `An edge goes from node "${str(p.node)}" to itself. Concept maps do not allow this: remove that edge.`
	},
	'unknown-kind': {
		id: (p) =>
			`Simpul ${str(p.node, '')} memakai jenis "${str(p.kind)}" yang tidak dideklarasikan. Tambahkan jenis itu ke attributes.kinds atau pakai jenis yang ada.`,
		en: (p) =>
			`Node ${str(p.node, '')} uses kind "${str(p.kind)}", which is not declared. Add it to attributes.kinds or use a declared kind.`
	},
	'unknown-relation': {
		id: (p) =>
			`Relasi "${str(p.relation)}" dipakai tetapi tidak dideklarasikan. Tambahkan ke attributes.relations atau pakai relasi yang ada.`,
		en: (p) =>
			`Relation "${str(p.relation)}" is used but not declared. Add it to attributes.relations or use a declared relation.`
	},
	'missing-column': {
		id: (p) =>
			`Kolom "${str(p.column)}" tidak ada di CSV ${str(p.file, '')} (kolom yang ada: ${str(p.found, '-')}). Tambahkan kolom itu atau pilih kolom lain di pemetaan kolom.`,
		en: (p) =>
			`Column "${str(p.column)}" is missing from the ${str(p.file, '')} CSV (columns found: ${str(p.found, '-')}). Add it or choose another column in the column mapping.`
	},
	schema: {
		id: (p) => `Data tidak sesuai skema graf: ${str(p.problem)}. Perbaiki nilai di tempat itu.`,
		en: (p) => `The data does not match the graph schema: ${str(p.problem)}. Correct the value at that place.`
	}
};

function location(error: ImportError, lang: MessageLang): string {
	const where = error.where;
	if (!where) return '';
	const parts: string[] = [];
	if (where.line !== undefined)
		parts.push(lang === 'id' ? `baris ${where.line}` : `line ${where.line}`);
	if (where.column !== undefined)
		parts.push(lang === 'id' ? `kolom ${where.column}` : `column ${where.column}`);
	if (where.field !== undefined && where.field !== '')
		parts.push(lang === 'id' ? `bidang “${where.field}”` : `field “${where.field}”`);
	if (parts.length === 0) return '';
	return (lang === 'id' ? 'Di ' : 'At ') + parts.join(', ') + ': ';
}

export function importErrorMessage(error: ImportError, lang: MessageLang): string {
	const wording = WORDING[error.code] ?? WORDING.schema;
	return location(error, lang) + wording[lang](error.params);
}
