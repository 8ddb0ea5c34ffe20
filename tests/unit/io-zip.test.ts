import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, createZip, isZip, readZip } from '$lib/kg/io/zip';
import { exportFileName, fileSlug } from '$lib/kg/io/file-name';
import { pdfText } from '$lib/view/export-pdf-text';

describe('zip', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('reads back what it writes, names in UTF-8', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), data: fc.uint8Array({ maxLength: 300 }) }), { maxLength: 4 }),
				(entries) => {
					const zip = createZip(entries);
					expect(isZip(zip) || entries.length === 0).toBe(true);
					const back = readZip(zip)!;
					expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
					back.forEach((e, i) => expect([...e.data]).toEqual([...entries[i].data]));
				}
			)
		);
	});

	it('refuses what it cannot read instead of guessing', () => {
		expect(readZip(new Uint8Array([1, 2, 3]))).toBeNull();
		const zip = createZip([{ name: 'a.csv', data: new Uint8Array([65]) }]);
		zip[8] = 8; // local header says "deflated"
		const central = zip.length - 22 - 46 - 5;
		zip[central + 10] = 8;
		expect(readZip(zip)).toBeNull();
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
