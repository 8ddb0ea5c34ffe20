/** Site noise and edge chatter (text/noise.ts), rule by rule, in Indonesian and English; and the segmenter using it. */
import { describe, expect, it } from 'vitest';
import { isCategoryLabel, lineNoise, trimNoise, type NoiseRule } from '../../src/lib/kg/text/noise';
import { segmentDocument } from '../../src/lib/kg/text/segment';
import { splitSentences } from '../../src/lib/kg/text/sentences';

const LINES: Record<Exclude<NoiseRule, 'greeting' | 'announcement' | 'sign-off'>, string[]> = {
	'related-link': [
		'Baca Juga: 10 Contoh Norma Sosial dalam Kehidupan Sehari-hari',
		'Baca juga : Stratifikasi Sosial',
		'Lihat Juga: Pengertian Akulturasi',
		'Artikel Terkait',
		'Read more: The Difference Between Migration and Urbanization',
		'Related: What Is Social Stratification? A Beginner\'s Guide',
		'See also: Social mobility',
		'You may also like'
	],
	byline: [
		'Ditulis oleh Rina Marlina',
		'Oleh: Dimas Prasetyo | Editor: Lusi Andriani',
		'Penulis: Tim Redaksi Ruang Belajar',
		'Reporter: Siti Nurhaliza - Senin, 10 Juni 2024 | 13:45 WIB',
		'By Margaret Ellis | Published on March 3, 2024 | 6 min read',
		'Written by Daniel Okafor',
		'Sumber: Buku Sosiologi SMA Kelas X',
		'Fact checked by Daniel Reyes',
		'Ekonomi | 7 Menit Baca',
		'5 min read'
	],
	dateline: [
		'Diposting pada',
		'Diposting pada 14 Maret 2024',
		'Diperbarui 5 Agustus 2024, 09:15 WIB',
		'Updated: 21 November 2023',
		'Published on 3 March 2024',
		'Senin, 10 Juni 2024 | 13:45 WIB'
	],
	caption: [
		'Ilustrasi lembaga sosial di masyarakat (pexels.com/Askar Abayev)',
		'ilustrasi razia kendaraan oleh polisi',
		'Foto: Suasana pasar tradisional di Yogyakarta (Unsplash/Ahmad Fauzi)',
		'Gambar: Dua siswa berdiskusi di perpustakaan. Sumber: freepik.com',
		'Image: A family sharing a meal together (Photo by Rodnae Productions / pexels.com)',
		'Warga bergotong royong membersihkan selokan (Foto: Dok. Pribadi)',
		'[Foto: Rapat anggota sebuah koperasi desa. Dok. Istimewa]'
	],
	'call-to-action': [
		'Simak penjelasan selengkapnya berikut ini.',
		'(Simak berita menarik lainnya di Google News)',
		'Klik di sini untuk mengunduh rangkuman materi dalam format PDF.',
		'Click here to download our free urbanization worksheet.',
		'Download the free PDF worksheet',
		'Klik untuk baca',
		'Simak breaking news dan berita pilihan kami langsung di ponselmu.'
	],
	'share-prompt': [
		'Bagikan artikel ini: Facebook Twitter WhatsApp',
		'Share this: Facebook | Twitter | WhatsApp | Telegram',
		'Share on Facebook Share on X Pin it Email',
		'Facebook Twitter WhatsApp Salin Tautan',
		'Ikuti kami di Instagram dan YouTube',
		'Follow us on Instagram',
		'Subscribe to our newsletter for more sociology explainers!',
		'Berlangganan newsletter kami untuk mendapatkan materi terbaru.',
		'Scroll untuk melanjutkan membaca',
		'SCROLL TO CONTINUE WITH CONTENT',
		'ADVERTISEMENT',
		'Advertisement - Continue Reading Below',
		'Share on Facebook | Share on LinkedIn | Email this article',
		'Dapatkan update berita pilihan setiap hari, gabung di Telegram kami.',
		'Join our WhatsApp channel for daily study tips'
	],
	keywords: [
		'Tags: lembaga sosial, pengertian lembaga sosial, ciri lembaga sosial',
		'Kata kunci: mobilitas sosial, jenis mobilitas sosial',
		'Keywords: socialization, agents of socialization',
		'Artikel berikut ini akan membahas mengenai kelompok sosial, kelompok okupasional, pengertian kelompok okupasional, occupational group.',
		'lembaga sosial, pengertian lembaga sosial, ciri lembaga sosial, fungsi lembaga sosial, contoh lembaga sosial',
		'Koperasi, pengertian koperasi, jenis koperasi, fungsi koperasi, contoh koperasi sekolah yang sering ditanyakan di ujian.'
	],
	site: [
		'Copyright © 2024 Sobat Pintar. All rights reserved.',
		'© 2024 Sociology Corner',
		'Hak Cipta Dilindungi Undang-Undang',
		'Beranda » Pendidikan » Sosiologi',
		'Home > Sociology > Culture and Society',
		'Back to top button',
		'Lihat Foto',
		'Halaman Selanjutnya',
		'Terpopuler',
		'Komentar Anda',
		'Your comments',
		'0 Komentar',
		'Post a Comment',
		'Leave a Reply',
		'Your email address will not be published. Required fields are marked *',
		'Artikel ini telah tayang di Kompas.com dengan judul "Konflik Sosial"',
		'Previous Post',
		'Artikel Selanjutnya'
	]
};

/** Lines of article text that resemble noise and must stay. */
const CONTENT = [
	'Baca buku secara rutin dapat menambah wawasan siswa.',
	'Oleh karena itu, muncul kelompok-kelompok profesi yang terdiri atas kalangan profesional.',
	'By 2030, more than half of the world will live in cities.',
	'Ilustrasi di atas menunjukkan bahwa kelompok sosial selalu berubah.',
	'Contoh media sosial antara lain Facebook, Twitter, dan Instagram, yang memudahkan komunikasi jarak jauh.',
	'Bentuk-bentuk proses asosiatif meliputi kerja sama, akomodasi, asimilasi, dan akulturasi.',
	'kerja sama, akomodasi, asimilasi, akulturasi, persaingan',
	'Sharing knowledge is one function of a professional network.',
	'Itulah beberapa kontribusi dari kelompok okupasional dalam pembangunan karir.',
	'Updating skills is a challenge for every occupational group in the digital era, as the market keeps changing fast.'
];

describe('lineNoise: whole lines that belong to the site', () => {
	for (const [rule, lines] of Object.entries(LINES))
		it(`recognises ${rule}`, () => {
			for (const line of lines) expect(lineNoise(line), line).toBe(rule);
		});

	it('keeps article lines that only resemble noise', () => {
		for (const line of CONTENT) expect(lineNoise(line), line).toBeUndefined();
	});

	it('knows category labels printed above a title, but not a title', () => {
		expect(isCategoryLabel('Materi Sosiologi Kelas 10')).toBe(true);
		expect(isCategoryLabel('Penjelasan')).toBe(true);
		expect(isCategoryLabel('Lembaga Sosial: Pengertian, Ciri-ciri, Fungsi, dan Contohnya')).toBe(false);
	});
});

describe('trimNoise: chatter at the edges of a paragraph', () => {
	const cut = (line: string) => {
		const t = trimNoise(line);
		return { kept: line.slice(t.start, t.end), rules: t.dropped.map((d) => d.rule) };
	};

	it('cuts a scroll prompt that closes a paragraph, in both languages', () => {
		expect(cut('Pemilu adalah sarana kedaulatan rakyat. Scroll ke bawah untuk membaca selengkapnya.')).toEqual({ kept: 'Pemilu adalah sarana kedaulatan rakyat.', rules: ['share-prompt'] });
		expect(cut('Deviance breaks social norms. Scroll down to read more.')).toEqual({ kept: 'Deviance breaks social norms.', rules: ['share-prompt'] });
		// A sentence about scrolls in the article is kept.
		expect(cut('Para juru tulis menyalin naskah ke gulungan kertas. Gulungan itu disimpan di perpustakaan.').rules).toEqual([]);
	});

	it('cuts a greeting and a call to action, keeping the middle', () => {
		expect(
			cut('Halo sobat pintar! Pernahkah kamu bertanya mengapa? Jawabannya ada pada lembaga sosial. Yuk, simak artikel berikut sampai habis!')
		).toEqual({ kept: 'Pernahkah kamu bertanya mengapa? Jawabannya ada pada lembaga sosial.', rules: ['greeting', 'call-to-action'] });
		expect(cut('Hello readers! Today we look at how people learn. Socialization never ends.')).toEqual({
			kept: 'Socialization never ends.',
			rules: ['greeting', 'announcement']
		});
	});

	it('cuts announcements and sign-offs in both languages', () => {
		expect(cut('Assalamualaikum, sahabat belajar! Pada kesempatan kali ini kita akan membahas sosiologi.').kept).toBe('');
		expect(cut('Sekian penjelasan mengenai kelompok. Semoga artikel ini bermanfaat. Kelompok dapat membantu individu. Terima kasih telah membaca artikel ini.')).toEqual({
			kept: 'Kelompok dapat membantu individu.',
			rules: ['sign-off', 'sign-off', 'sign-off']
		});
		expect(cut('Demikian ulasan tentang lembaga sosial. Semoga bermanfaat dan sampai jumpa!').kept).toBe('');
		expect(cut('We hope this article helped you. Thanks for reading, and don\'t forget to leave a comment below.').kept).toBe('');
		expect(cut('Itulah pembahasan lengkap tentang mobilitas sosial. Terima kasih sudah membaca, jangan lupa bagikan!').rules).toEqual([
			'sign-off',
			'share-prompt'
		]);
		expect(cut('Nah, itulah penjelasan lengkap tentang konflik sosial. Jika ada pertanyaan, silakan tulis di kolom komentar.').rules).toEqual([
			'sign-off',
			'call-to-action'
		]);
		expect(cut('Did you enjoy this article? Leave a comment below and let us know what you think!').kept).toBe('');
		expect(cut('Welcome back to our blog! Before we start, don\'t forget to follow us on Twitter. Unions bargain for wages.')).toEqual({
			kept: 'Unions bargain for wages.',
			rules: ['greeting', 'share-prompt']
		});
		expect(cut('Urban planning matters. If you enjoyed this article, please share it with your friends.')).toEqual({
			kept: 'Urban planning matters.',
			rules: ['share-prompt']
		});
	});

	it('never cuts chatter out of the middle of a paragraph', () => {
		const line = 'Kelompok ini terbentuk karena minat. Selamat membaca ulang bagian ini nanti. Anggota saling membantu.';
		expect(cut(line).kept).toBe('Kelompok ini terbentuk karena minat. Selamat membaca ulang bagian ini nanti. Anggota saling membantu.');
	});

	it('leaves a content paragraph whole', () => {
		for (const line of CONTENT) expect(cut(line).kept, line).toBe(line);
	});
});

describe('splitSentences', () => {
	const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

	it('splits at stops before a capital and at line breaks', () => {
		expect(sentences('Satu dua. Tiga empat! Lima?\n1. Profesi\n  2. Kelompok okupasional biasanya.')).toEqual([
			'Satu dua.',
			'Tiga empat!',
			'Lima?',
			'1. Profesi',
			'2. Kelompok okupasional biasanya.'
		]);
	});

	it('does not split after abbreviations, initials or before lower case', () => {
		expect(sentences('Pitirim A. Sorokin menyebutkan dll. dan sebagainya. Lalu selesai.')).toEqual([
			'Pitirim A. Sorokin menyebutkan dll. dan sebagainya.',
			'Lalu selesai.'
		]);
		expect(sentences('Values, e.g. honesty, matter. Dr. Smith agreed.')).toEqual(['Values, e.g. honesty, matter.', 'Dr. Smith agreed.']);
	});
});

describe('segmentDocument drops noise through noise.ts', () => {
	const page = [
		'Beranda » Pendidikan » Sosiologi',
		'',
		'Lembaga Sosial',
		'',
		'Ditulis oleh Rina Marlina',
		'Halo sobat! Lembaga sosial adalah sistem norma. Yuk, simak artikel berikut!',
		'Ilustrasi lembaga sosial (pexels.com/Askar)',
		'Ciri-ciri Lembaga Sosial',
		'Lembaga sosial relatif tahan lama.',
		'Bagikan: Facebook Twitter WhatsApp',
		'Semoga bermanfaat!'
	].join('\n');

	it('keeps only the article, with exact offsets, and says which rule dropped what', () => {
		const s = segmentDocument(page);
		expect(s.title?.text).toBe('Lembaga Sosial');
		expect(s.headings.map((h) => h.text)).toEqual(['Ciri-ciri Lembaga Sosial']);
		expect(s.passages.map((p) => page.slice(p.start, p.end))).toEqual([
			'Lembaga sosial adalah sistem norma.',
			'Lembaga sosial relatif tahan lama.'
		]);
		const dropped = s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => [page.slice(d.start, d.end), d.rule]);
		expect(dropped).toEqual([
			['Beranda » Pendidikan » Sosiologi', 'site'],
			['Ditulis oleh Rina Marlina', 'byline'],
			['Halo sobat!', 'greeting'],
			['Yuk, simak artikel berikut!', 'call-to-action'],
			['Ilustrasi lembaga sosial (pexels.com/Askar)', 'caption'],
			['Bagikan: Facebook Twitter WhatsApp', 'share-prompt'],
			['Semoga bermanfaat!', 'sign-off']
		]);
	});

	it('drops a table of contents: its heading and the block of short lines under it', () => {
		const toc = ['Konflik Sosial', '', 'Konflik sosial adalah pertentangan antara dua pihak.', '', 'Daftar Isi [Tampilkan]', '1. Pengertian Konflik', '2. Jenis Konflik', '', 'Jenis Konflik', 'Konflik pribadi terjadi antara dua individu.'].join('\n');
		const s = segmentDocument(toc);
		expect(s.passages.map((p) => toc.slice(p.start, p.end))).toEqual(['Konflik sosial adalah pertentangan antara dua pihak.', 'Konflik pribadi terjadi antara dua individu.']);
		expect(s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => toc.slice(d.start, d.end))).toEqual(['Daftar Isi [Tampilkan]', '1. Pengertian Konflik', '2. Jenis Konflik']);
	});
});
