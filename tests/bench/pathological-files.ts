/**
 * The pathological files of the import benchmark and tests, generated from a
 * seed each time (never committed): large GEXF with and without positions, a
 * large graphology JSON, a deeply indented outline, one huge Markdown line,
 * an overlapping-entry zip bomb, a CSV with thousands of columns, a zip
 * holding a large CSV.
 */
import { zipSync } from 'fflate';
import { seededRandom } from '../../src/lib/kg/seeded-random';

const encoder = new TextEncoder();

/** Edges of a random graph with a few hubs, as real networks have: `edges` pairs over `nodes` ids. */
function randomEdges(nodes: number, edges: number, seed: number): [number, number][] {
	const random = seededRandom(seed);
	const pairs: [number, number][] = [];
	for (let i = 0; i < edges; i++) {
		const source = Math.floor(random() * nodes);
		// Half the edges end at a low id: the low ids become hubs.
		const target = random() < 0.5 ? Math.floor(random() ** 3 * nodes) : Math.floor(random() * nodes);
		pairs.push([source, target === source ? (source + 1) % nodes : target]);
	}
	return pairs;
}

export function gexf(nodes: number, edges: number, { positions = false, seed = 1 } = {}): string {
	const random = seededRandom(seed + 7);
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
		'<graph defaultedgetype="directed">\n<nodes>\n'
	];
	for (let i = 0; i < nodes; i++) {
		const viz = positions ? `<viz:position x="${(random() * 2000 - 1000).toFixed(2)}" y="${(random() * 2000 - 1000).toFixed(2)}"/>` : '';
		parts.push(`<node id="${i}" label="Node ${i}">${viz}</node>\n`);
	}
	parts.push('</nodes>\n<edges>\n');
	for (const [i, [s, t]] of randomEdges(nodes, edges, seed).entries()) parts.push(`<edge id="e${i}" source="${s}" target="${t}"/>\n`);
	parts.push('</edges>\n</graph>\n</gexf>\n');
	return parts.join('');
}

/** A plain graphology export with a few attributes per node, as tools write them. */
export function graphologyJson(nodes: number, edges: number, seed = 2): string {
	const random = seededRandom(seed);
	const out = {
		attributes: { name: 'Big network' },
		nodes: Array.from({ length: nodes }, (_, i) => ({
			key: `n${i}`,
			attributes: { label: `Concept number ${i}`, kind: `k${i % 12}`, size: Math.round(random() * 100) / 10, x: random() * 1e4, y: random() * 1e4 }
		})),
		edges: randomEdges(nodes, edges, seed).map(([s, t], i) => ({ key: `e${i}`, source: `n${s}`, target: `n${t}`, attributes: { weight: 1 } }))
	};
	return JSON.stringify(out);
}

/** Each bullet one level deeper than the last. */
export function deepOutline(levels: number): string {
	const lines = ['# Outline'];
	for (let i = 0; i < levels; i++) lines.push(`${'  '.repeat(i)}- item ${i}`);
	return lines.join('\n') + '\n';
}

/** A heading followed by one line of `length` characters that keeps link syntax open. */
export function hugeLineMarkdown(length: number): string {
	return '# Notes\n\n- ' + '[a'.repeat(Math.floor(length / 2)) + '\n';
}

export function wideCsv(columns: number, rows: number): string {
	const header = ['id', 'label', ...Array.from({ length: columns - 2 }, (_, i) => `c${i}`)].join(',');
	const body = Array.from({ length: rows }, (_, r) => [`r${r}`, `Row ${r}`, ...Array.from({ length: columns - 2 }, (_, i) => String(i))].join(','));
	return [header, ...body].join('\n') + '\n';
}

/** nodes.csv of about `bytes` bytes in a zip, deflated or stored (level 0, as some tools and older readers use). */
export function zipWithBigCsv(bytes: number, { stored = false, seed = 3 } = {}): Uint8Array {
	const random = seededRandom(seed);
	const rows = ['id,label,kind'];
	let size = 14;
	for (let i = 0; size < bytes; i++) {
		const row = `n${i},Concept ${i} ${Math.floor(random() * 1e9)},k${i % 9}`;
		rows.push(row);
		size += row.length + 1;
	}
	return zipSync({ 'nodes.csv': [encoder.encode(rows.join('\n') + '\n'), { level: stored ? 0 : 6 }] });
}

/**
 * David Fifield's overlapping construction, simplified: one deflated blob and
 * `entries` central-directory records that all point at it, each declaring
 * the blob's full size. Small on disk, `entries × blobBytes` to expand.
 */
export function overlappingZipBomb(entries = 65_535, blobBytes = 1 << 20, { stored = false } = {}): Uint8Array {
	const blob = new Uint8Array(blobBytes);
	const single = zipSync({ 'a00000.csv': [blob, { level: stored ? 0 : 9 }] });
	const view = new DataView(single.buffer, single.byteOffset, single.byteLength);
	let central = single.length - 22;
	while (view.getUint32(central, true) !== 0x02014b50) central--;
	const record = single.subarray(central, single.length - 22);
	const out = new Uint8Array(central + record.length * entries + 22);
	out.set(single.subarray(0, central));
	for (let i = 0; i < entries; i++) {
		const at = central + i * record.length;
		out.set(record, at);
		out.set(encoder.encode(`a${String(i).padStart(5, '0')}.csv`), at + 46);
	}
	const end = new DataView(out.buffer, central + record.length * entries, 22);
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, entries, true);
	end.setUint16(10, entries, true);
	end.setUint32(12, record.length * entries, true);
	end.setUint32(16, central, true);
	return out;
}

/** A deflated stream that expands to far more than its local header says (a lying entry). */
export function lyingZip(realBytes: number, claimedBytes: number): Uint8Array {
	const zip = zipSync({ 'nodes.csv': [new Uint8Array(realBytes).fill(65), { level: 9 }] });
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	view.setUint32(22, claimedBytes, true); // local header: uncompressed size
	let central = zip.length - 22;
	while (view.getUint32(central, true) !== 0x02014b50) central--;
	view.setUint32(central + 24, claimedBytes, true); // central directory: uncompressed size
	return zip;
}

