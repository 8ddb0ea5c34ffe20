import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZip, formatBytes, isZip, readZip } from '$lib/kg/io/zip';
import { RESERVED_KEYS } from '$lib/kg/io/limits';
import { exportFileName, fileSlug } from '$lib/kg/io/file-name';
import { pdfText } from '$lib/view/export-pdf-text';
import { lyingZip, overlappingZipBomb } from '../bench/pathological-files';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zip', () => {
	it('reads back what it writes (deflated), names in UTF-8', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }).filter((n) => !n.includes('/') && !RESERVED_KEYS.has(n)), data: fc.uint8Array({ maxLength: 300 }) }), {
					maxLength: 4,
					selector: (entry) => entry.name
				}),
				(entries) => {
					const zip = createZip(entries);
					expect(isZip(zip) || entries.length === 0).toBe(true);
					const back = readZip(zip);
					if (entries.length === 0) return;
					if (!back.ok) throw new Error(back.error.code);
					// Same names and contents (object-key order puts numeric names first).
					const contents = (list: { name: string; data: Uint8Array }[]) => new Map(list.map((e) => [e.name, [...e.data]]));
					expect(contents(back.entries)).toEqual(contents(entries));
				}
			)
		);
	});

	it('refuses to write an entry named by a reserved word (fflate would drop "__proto__" silently)', () => {
		expect(() => createZip([{ name: '__proto__', data: bytes('x') }])).toThrow(/__proto__/);
	});

	it('reads deflated archives written by Info-ZIP and by Python, also streamed ones (data descriptors)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const nodes = 'id,label\n' + Array.from({ length: 2000 }, (_, i) => `n${i},Konsep ${i}`).join('\n') + '\n';
		writeFileSync(join(dir, 'nodes.csv'), nodes);
		writeFileSync(join(dir, 'edges.csv'), 'source,target\nn1,n2\n');
		execFileSync('zip', ['-q', '-9', join(dir, 'info.zip'), 'nodes.csv', 'edges.csv'], { cwd: dir });
		execFileSync('sh', ['-c', 'cat nodes.csv | zip -q -9 streamed.zip -'], { cwd: dir });
		execFileSync('/usr/bin/python3', [
			'-c',
			'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED); z.write("nodes.csv"); z.writestr("stored.csv", "a,b\\n", compress_type=zipfile.ZIP_STORED); z.close()',
			join(dir, 'python.zip')
		], { cwd: dir });
		const read = (name: string) => {
			const result = readZip(new Uint8Array(readFileSync(join(dir, name))));
			if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
			return Object.fromEntries(result.entries.map((e) => [e.name, new TextDecoder().decode(e.data)]));
		};
		expect(read('info.zip')).toEqual({ 'nodes.csv': nodes, 'edges.csv': 'source,target\nn1,n2\n' });
		expect(read('streamed.zip')).toEqual({ '-': nodes });
		expect(read('python.zip')).toEqual({ 'nodes.csv': nodes, 'stored.csv': 'a,b\n' });
	});

	it('expands only the entries asked for, at most as many as asked', () => {
		const zip = createZip(['a.csv', 'b.txt', 'c.csv', 'd.csv'].map((name) => ({ name, data: bytes(name) })));
		const read = readZip(zip, { accept: (name) => name.endsWith('.csv'), maxFiles: 2 });
		expect(read.ok && read.entries.map((e) => e.name)).toEqual(['a.csv', 'c.csv']);
	});

	it('refuses an overlapping-entry bomb by the size it would expand to, before expanding anything', () => {
		const bomb = overlappingZipBomb(65_535, 1 << 20);
		expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
		expect(readZip(bomb)).toMatchObject({ ok: false, error: { code: 'zip-too-large', params: { size: '64 GB', limit: '100 MB' } } });
		// Many small entries are refused by their count.
		const many = createZip(Array.from({ length: 1001 }, (_, i) => ({ name: `t${i}.csv`, data: bytes('a') })));
		expect(readZip(many)).toMatchObject({ ok: false, error: { code: 'zip-too-many-entries', params: { count: 1001, limit: 1000 } } });
	});

	it('stops an entry that expands past the cap although it claims to be small', () => {
		const liar = lyingZip(3 * 1024 * 1024, 100);
		expect(readZip(liar, { maxTotalBytes: 1024 * 1024 })).toMatchObject({ ok: false, error: { code: 'zip-too-large' } });
		// Within the cap the real bytes come out whatever the header claimed.
		const read = readZip(liar);
		expect(read.ok && read.entries[0].data.length).toBe(3 * 1024 * 1024);
	});

	it('says a damaged archive is damaged instead of guessing', () => {
		expect(readZip(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'malformed-zip' } });
		const zip = createZip([{ name: 'a.csv', data: bytes('id,label\n'.repeat(100)) }]);
		expect(readZip(zip.subarray(0, zip.length - 30))).toMatchObject({ ok: false, error: { code: 'malformed-zip' } });
		const garbled = zip.slice();
		garbled.fill(0xff, 40, 60); // inside the deflate stream
		const read = readZip(garbled);
		expect(read.ok ? 'read' : read.error.code).toMatch(/malformed-zip|read/);
	});

	it('words sizes as people read them', () => {
		expect(formatBytes(64 * 1024 ** 3)).toBe('64 GB');
		expect(formatBytes(46.2 * 1024 ** 2)).toBe('46.2 MB');
		expect(formatBytes(12)).toBe('12 B');
	});
});

describe('file names', () => {
	it('slugify the map title, accents folded, and add the date', () => {
		const date = new Date(2026, 10, 22);
		expect(exportFileName('Kelompok Okupasional dan Kelompok Volunter', 'png', date)).toBe(
			'kelompok-okupasional-dan-kelompok-volunter-2026-11-22.png'
		);
		expect(exportFileName('Peta “Café” / Série', 'zip', date, 'csv')).toBe('peta-cafe-serie-csv-2026-11-22.zip');
		expect(fileSlug('  ')).toBe('peta-konsep');
		expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
	});
});

describe('PDF text', () => {
	it('maps typographic marks to Latin-1 and keeps Indonesian letters', () => {
		expect(pdfText('“Relawan” ‘bencana’ — kerja… é')).toBe('"Relawan" \'bencana\' - kerja... é');
		expect(pdfText('Ikatan Dokter Indonesia (IDI)')).toBe('Ikatan Dokter Indonesia (IDI)');
		for (const char of pdfText('ŝ → 中 ő')) expect(char.charCodeAt(0)).toBeLessThanOrEqual(0xff);
	});
});
