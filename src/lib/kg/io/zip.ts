/**
 * ZIP archives through fflate: written deflated (the CSV export), read stored
 * or deflated, as any zip tool writes them. Reading is guarded: the central
 * directory is listed first without expanding anything (entry count and the
 * sizes the entries declare), then only the wanted entries are streamed, with
 * the bytes they really expand to counted against the cap, so neither a
 * directory of overlapping entries nor an entry lying about its size can
 * allocate more than the cap.
 */
import { Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate';
import { importError, type ImportError } from './errors';
import { MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES, RESERVED_KEYS } from './limits';

export interface ZipEntry {
	name: string;
	data: Uint8Array;
}

export interface ZipReadOptions {
	/** Which entries to expand, by name; all by default. */
	accept?: (name: string) => boolean;
	/** At most this many accepted entries are expanded. */
	maxFiles?: number;
	maxEntries?: number;
	maxTotalBytes?: number;
	/** Called with the share of the archive read so far, 0..1. */
	onProgress?: (share: number) => void;
}

export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; error: ImportError };

/** Deflated entries, UTF-8 names, the given modification date. Names are the app's own (nodes.csv, edges.csv). */
export function createZip(entries: ZipEntry[], date = new Date()): Uint8Array {
	// fflate indexes entries by name in plain objects, where "__proto__" would vanish into the prototype;
	// our archives carry names of our own (nodes.csv, edges.csv), so such a name is a bug here.
	const reserved = entries.find((entry) => RESERVED_KEYS.has(entry.name));
	if (reserved) throw new Error(`createZip: "${reserved.name}" cannot name a zip entry`);
	const files: Zippable = {};
	for (const entry of entries) files[entry.name] = [entry.data, { mtime: date }];
	return zipSync(files, { level: 6 });
}

export function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** "64 GB", "46.2 MB": sizes as the message shows them. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${unit === 0 ? value : Math.round(value * 10) / 10} ${units[unit]}`;
}

interface Listed {
	name: string;
	originalSize: number;
	compression: number;
}

/**
 * The central directory: every entry counted and its declared size summed,
 * the first `keep` listed, nothing expanded; null when it cannot be read.
 */
function listEntries(bytes: Uint8Array, keep: number): { listed: Listed[]; count: number; declared: number } | null {
	const listed: Listed[] = [];
	let count = 0;
	let declared = 0;
	try {
		unzipSync(bytes, {
			filter: (file) => {
				count++;
				declared += file.originalSize;
				if (listed.length < keep) listed.push({ name: file.name, originalSize: file.originalSize, compression: file.compression });
				return false;
			}
		});
	} catch {
		return null;
	}
	return { listed, count, declared };
}

export function readZip(bytes: Uint8Array, options: ZipReadOptions = {}): ZipRead {
	const accept = options.accept ?? (() => true);
	const maxFiles = options.maxFiles ?? Infinity;
	const maxEntries = options.maxEntries ?? MAX_ZIP_ENTRIES;
	const maxTotal = options.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES;
	const damaged = (reason: string): ZipRead => ({ ok: false, error: importError('malformed-zip', { reason }) });

	if (!isZip(bytes)) return damaged('damaged');
	const directory = listEntries(bytes, maxEntries);
	if (directory === null) return damaged('damaged');
	const { listed, count, declared } = directory;
	// The size first: it is what a zip bomb is about, and what the user needs to hear.
	if (declared > maxTotal)
		return { ok: false, error: importError('zip-too-large', { size: formatBytes(declared), limit: formatBytes(maxTotal) }) };
	if (count > maxEntries) return { ok: false, error: importError('zip-too-many-entries', { count, limit: maxEntries }) };
	if (listed.some((entry) => accept(entry.name) && entry.compression !== 0 && entry.compression !== 8))
		return damaged('unsupported');

	// Streamed in local-header order; only wanted entries are expanded, every output byte counted.
	const entries: ZipEntry[] = [];
	let expanded = 0;
	let problem: ZipRead | null = null;
	const unzip = new Unzip((file) => {
		if (problem || !accept(file.name) || entries.length >= maxFiles) return;
		const chunks: Uint8Array[] = [];
		const entry: ZipEntry = { name: file.name, data: new Uint8Array() };
		entries.push(entry);
		file.ondata = (error, chunk, final) => {
			if (problem) return;
			if (error) {
				problem = damaged('damaged');
				return;
			}
			expanded += chunk.length;
			if (expanded > maxTotal) {
				problem = { ok: false, error: importError('zip-too-large', { size: `> ${formatBytes(maxTotal)}`, limit: formatBytes(maxTotal) }) };
				file.terminate();
				return;
			}
			chunks.push(chunk);
			if (final) entry.data = concat(chunks);
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	const CHUNK = 1 << 20;
	try {
		for (let at = 0; at < bytes.length && !problem; at += CHUNK) {
			unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
			options.onProgress?.(Math.min(1, (at + CHUNK) / bytes.length));
		}
	} catch {
		problem ??= damaged('damaged');
	}
	return problem ?? { ok: true, entries };
}

function concat(chunks: Uint8Array[]): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
