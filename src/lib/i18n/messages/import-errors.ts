/**
 * Import errors and notes in words, Indonesian and English: what is wrong, where, and
 * how to fix it. The tables are typed by the codes of kg/io/errors.ts and by Lang, so a
 * new code or a new language does not compile until every code has its words in it.
 */
import type { ImportError, ImportErrorCode, ImportNote, ImportNoteCode } from '../../kg/io/errors';
import type { JsonExpectation } from '../../kg/io/json-syntax';
import type { Lang } from '../../kg/lang';

type Params = ImportError['params'];
type Wording = Record<Lang, (p: Params) => string>;

const str = (value: string | number | undefined, fallback = '?') =>
	value === undefined || value === '' ? fallback : String(value);

const JSON_EXPECTATIONS: Record<JsonExpectation, Record<Lang, string>> = {
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

function expectation(value: string | number | undefined, lang: Lang): string {
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
	},
	'reserved-key': {
		id: (p) =>
			`Nama "${str(p.key)}" tidak boleh dipakai sebagai id atau nama bidang (__proto__, constructor dan prototype dicadangkan JavaScript dan dapat merusak aplikasi). Ganti namanya, misalnya menjadi "${str(p.key).replace(/_/g, '')}-1".`,
		en: (p) =>
			`The name "${str(p.key)}" cannot be used as an id or field name (__proto__, constructor and prototype are reserved by JavaScript and could break the app). Rename it, e.g. to "${str(p.key).replace(/_/g, '')}-1".`
	},
	'too-deep': {
		id: (p) =>
			`Data bersarang terlalu dalam (${p.depth !== undefined ? `${str(p.depth)} tingkat; ` : ''}batasnya ${str(p.limit)} tingkat). Ratakan strukturnya: peta konsep tidak memerlukan sedalam itu.`,
		en: (p) =>
			`The data is nested too deeply (${p.depth !== undefined ? `${str(p.depth)} levels; ` : ''}the limit is ${str(p.limit)} levels). Flatten the structure: a concept map never needs that depth.`
	},
	'line-too-long': {
		id: (p) =>
			`Satu baris terlalu panjang (${str(p.length)} karakter; batasnya ${str(p.limit)}). Pecah baris itu atau periksa apakah berkasnya memang teks per baris.`,
		en: (p) =>
			`One line is too long (${str(p.length)} characters; the limit is ${str(p.limit)}). Break it up, or check that the file really is line-based text.`
	},
	'too-many-attributes': {
		id: (p) =>
			`Terlalu banyak kolom atau atribut (${str(p.count)}; batasnya ${str(p.limit)}). Simpan hanya kolom yang diperlukan peta, lalu impor lagi.`,
		en: (p) =>
			`Too many columns or attributes (${str(p.count)}; the limit is ${str(p.limit)}). Keep only the columns the map needs and import again.`
	},
	'too-many-elements': {
		id: (p) =>
			`Graf ini terlalu besar untuk digambar dengan lancar (${str(p.nodes)} konsep dan ${str(p.edges)} relasi; batasnya ${str(p.maxNodes)} konsep dan ${str(p.maxEdges)} relasi).`,
		en: (p) =>
			`This graph is too large to draw smoothly (${str(p.nodes)} concepts and ${str(p.edges)} relations; the limit is ${str(p.maxNodes)} concepts and ${str(p.maxEdges)} relations).`
	},
	'wrong-type': {
		id: (p) => `Bidang ini harus berisi ${typeName(p.expected, 'id')}, tetapi isinya ${typeName(p.found, 'id')}. Perbaiki nilainya.`,
		en: (p) => `This field must hold ${typeName(p.expected, 'en')}, but it holds ${typeName(p.found, 'en')}. Correct the value.`
	},
	'duplicate-id': {
		id: (p) => `Id "${str(p.id)}" muncul lebih dari sekali dalam daftar yang sama. Setiap id harus unik: ganti atau hapus salah satunya.`,
		en: (p) => `The id "${str(p.id)}" appears more than once in the same list. Every id must be unique: rename or remove one of them.`
	},
	'empty-id': {
		id: () => 'Id ini kosong. Beri setiap item id yang tidak kosong.',
		en: () => 'This id is empty. Give every item a non-empty id.'
	},
	'malformed-zip': {
		id: (p) =>
			p.reason === 'unsupported'
				? 'ZIP ini memakai kompresi atau enkripsi yang tidak didukung (hanya stored dan deflate). Buat ulang arsipnya tanpa kata sandi, atau impor berkas CSV-nya langsung.'
				: 'ZIP ini rusak atau tidak dapat dibaca. Buat ulang arsipnya, atau impor berkas CSV-nya langsung.',
		en: (p) =>
			p.reason === 'unsupported'
				? 'This ZIP uses a compression or encryption that is not supported (only stored and deflate). Create the archive again without a password, or import its CSV files directly.'
				: 'This ZIP is damaged or cannot be read. Create the archive again, or import its CSV files directly.'
	},
	'zip-too-large': {
		id: (p) =>
			`ZIP ini akan mengembang menjadi ${str(p.size)} (batasnya ${str(p.limit)}). Berkas seperti ini bisa membekukan tab, jadi tidak dibuka. Impor tabel CSV-nya tanpa ZIP, atau perkecil isinya.`,
		en: (p) =>
			`This ZIP would expand to ${str(p.size)} (the limit is ${str(p.limit)}). A file like this can freeze the tab, so it was not opened. Import its CSV tables without the ZIP, or make them smaller.`
	},
	'zip-too-many-entries': {
		id: (p) => `ZIP ini berisi ${str(p.count)} berkas (batasnya ${str(p.limit)}). Masukkan hanya nodes.csv dan edges.csv ke dalam arsip.`,
		en: (p) => `This ZIP holds ${str(p.count)} files (the limit is ${str(p.limit)}). Put only nodes.csv and edges.csv in the archive.`
	},
	unreadable: {
		id: () =>
			'Berkas ini tidak dapat dibaca karena masalah di dalam Peta Konsep, bukan karena kesalahan Anda. Coba format lain (misalnya JSON atau GraphML) atau laporkan berkasnya kepada kami.',
		en: () =>
			'This file could not be read because of a problem inside Peta Konsep, not a mistake of yours. Try another format (e.g. JSON or GraphML), or report the file to us.'
	}
};

function typeName(found: string | number | undefined, lang: Lang): string {
	const names: Record<string, Record<Lang, string>> = {
		object: { id: 'sebuah objek ({ … })', en: 'an object ({ … })' },
		list: { id: 'sebuah daftar ([ … ])', en: 'a list ([ … ])' },
		string: { id: 'teks', en: 'text' },
		number: { id: 'angka', en: 'a number' },
		boolean: { id: 'true/false', en: 'true/false' },
		null: { id: 'null', en: 'null' },
		missing: { id: 'tidak ada (bidangnya hilang)', en: 'nothing (the field is missing)' }
	};
	return names[String(found)]?.[lang] ?? str(found);
}

const NOTES: Record<ImportNoteCode, Wording> = {
	'positions-dropped': {
		id: (p) => `${str(p.count)} konsep memiliki posisi yang bukan angka (NaN atau teks); posisinya dihitung ulang.`,
		en: (p) => `${str(p.count)} concepts had positions that are not numbers (NaN or text); their positions were computed anew.`
	},
	'parallel-edges': {
		id: (p) => `${str(p.count)} relasi menghubungkan pasangan konsep yang sudah terhubung; semuanya disimpan dan digambar berdampingan.`,
		en: (p) => `${str(p.count)} relations link a pair of concepts already linked; all were kept and are drawn side by side.`
	},
	'kinds-added': {
		id: (p) => `${str(p.count)} jenis dipakai tanpa dideklarasikan (${str(p.names)}); jenis itu ditambahkan dengan warna abu-abu.`,
		en: (p) => `${str(p.count)} kinds were used without being declared (${str(p.names)}); they were added in grey.`
	},
	'relations-added': {
		id: (p) => `${str(p.count)} relasi dipakai tanpa dideklarasikan (${str(p.names)}); relasi itu ditambahkan.`,
		en: (p) => `${str(p.count)} relation types were used without being declared (${str(p.names)}); they were added.`
	},
	'colors-replaced': {
		id: (p) => `Warna ${str(p.count)} jenis bukan warna heksadesimal (${str(p.names)}); diganti abu-abu.`,
		en: (p) => `The colour of ${str(p.count)} kinds is not a hex colour (${str(p.names)}); it was replaced by grey.`
	},
	'shapes-replaced': {
		id: (p) => `Bentuk ${str(p.count)} jenis tidak dikenal (${str(p.names)}); bentuk bawaan dipakai.`,
		en: (p) => `The shape of ${str(p.count)} kinds is unknown (${str(p.names)}); the default shape is used.`
	},
	'ids-renamed': {
		id: (p) => `${str(p.count)} id artikel atau kutipan tidak aman untuk tautan (${str(p.names)}); diberi id baru, semua rujukan ikut.`,
		en: (p) => `${str(p.count)} article or passage ids were unsafe in links (${str(p.names)}); they got new ids, every reference follows.`
	},
	'hyperedges-dropped': {
		id: (p) => `${str(p.count)} hyperedge (sisi dengan lebih dari dua ujung) tidak dapat digambar dan dilewati.`,
		en: (p) => `${str(p.count)} hyperedges (edges with more than two ends) cannot be drawn and were left out.`
	},
	'nested-graphs-flattened': {
		id: (p) => `${str(p.count)} graf bersarang diratakan: simpul dan sisinya masuk ke peta ini, susunan bersarangnya tidak.`,
		en: (p) => `${str(p.count)} nested graphs were flattened: their nodes and edges are in this map, their nesting is not.`
	},
	'decoded-legacy': {
		id: (p) => `${str(p.file)} bukan UTF-8; dibaca sebagai ${str(p.encoding)}. Periksa huruf beraksen, lalu simpan berkasnya sebagai UTF-8.`,
		en: (p) => `${str(p.file)} is not UTF-8; it was read as ${str(p.encoding)}. Check accented letters, then save the file as UTF-8.`
	},
	'laid-out': {
		id: (p) => `Berkas tidak membawa posisi; tata letak dihitung untuk ${str(p.count)} konsep.`,
		en: (p) => `The file had no positions; a layout was computed for ${str(p.count)} concepts.`
	},
	filtered: {
		id: (p) =>
			`Dibuka sebagian: ${str(p.nodes)} dari ${str(p.totalNodes)} konsep (yang paling banyak terhubung) dan ${str(p.edges)} dari ${str(p.totalEdges)} relasi di antaranya.`,
		en: (p) =>
			`Opened in part: ${str(p.nodes)} of ${str(p.totalNodes)} concepts (the most connected) and the ${str(p.edges)} of ${str(p.totalEdges)} relations among them.`
	}
};

/** A line of the import summary: what was changed or noticed, and what was done. */
export function importNoteMessage(note: ImportNote, lang: Lang): string {
	return NOTES[note.code]?.[lang](localised(note.params, lang)) ?? '';
}

function location(error: ImportError, lang: Lang): string {
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

/** Counts as the reader writes them: 21.000 in Indonesian, 21,000 in English. */
function localised(params: Params, lang: Lang): Params {
	const out: Params = {};
	for (const [name, value] of Object.entries(params))
		out[name] = typeof value === 'number' && Math.abs(value) >= 1000 ? value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') : value;
	return out;
}

export function importErrorMessage(error: ImportError, lang: Lang): string {
	const wording = WORDING[error.code] ?? WORDING.schema;
	return location(error, lang) + wording[lang](localised(error.params, lang));
}
