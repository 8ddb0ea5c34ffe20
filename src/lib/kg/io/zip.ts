/**
 * A minimal ZIP (stored, no compression): enough to hand over nodes.csv and
 * edges.csv as one download and read them back, without a dependency. Text
 * files compress well, but these are small and stored entries stay simple.
 */

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
	name: string;
	data: Uint8Array;
}

/** DOS date and time fields of a Date. */
function dosDateTime(date: Date): { time: number; date: number } {
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
		date: ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	};
}

export function createZip(entries: ZipEntry[], date = new Date()): Uint8Array {
	const encoder = new TextEncoder();
	const stamp = dosDateTime(date);
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = encoder.encode(entry.name);
		const crc = crc32(entry.data);
		const local = new Uint8Array(30 + name.length);
		const l = new DataView(local.buffer);
		l.setUint32(0, 0x04034b50, true);
		l.setUint16(4, 20, true); // version needed
		l.setUint16(6, 0x0800, true); // UTF-8 names
		l.setUint16(8, 0, true); // stored
		l.setUint16(10, stamp.time, true);
		l.setUint16(12, stamp.date, true);
		l.setUint32(14, crc, true);
		l.setUint32(18, entry.data.length, true);
		l.setUint32(22, entry.data.length, true);
		l.setUint16(26, name.length, true);
		local.set(name, 30);
		const central = new Uint8Array(46 + name.length);
		const c = new DataView(central.buffer);
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(8, 0x0800, true);
		c.setUint16(10, 0, true);
		c.setUint16(12, stamp.time, true);
		c.setUint16(14, stamp.date, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, entry.data.length, true);
		c.setUint32(24, entry.data.length, true);
		c.setUint16(28, name.length, true);
		c.setUint32(42, offset, true);
		central.set(name, 46);
		locals.push(local, entry.data);
		centrals.push(central);
		offset += local.length + entry.data.length;
	}
	const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
	const end = new Uint8Array(22);
	const e = new DataView(end.buffer);
	e.setUint32(0, 0x06054b50, true);
	e.setUint16(8, entries.length, true);
	e.setUint16(10, entries.length, true);
	e.setUint32(12, centralSize, true);
	e.setUint32(16, offset, true);
	const parts = [...locals, ...centrals, end];
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

export function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The stored entries of a ZIP, read from its central directory. Returns null
 * for an archive it cannot read (compressed entries, damage): the caller says
 * so instead of guessing.
 */
export function readZip(bytes: Uint8Array): ZipEntry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const decoder = new TextDecoder();
	const entries: ZipEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const localOffset = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		if (method !== 0) return null;
		if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) return null;
		const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
		if (dataStart + size > bytes.length) return null;
		entries.push({ name, data: bytes.slice(dataStart, dataStart + size) });
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
