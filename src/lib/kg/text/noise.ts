/**
 * What a scraped web page carries that is not the article: the site's lines (links to other
 * posts, bylines, datelines, image captions, share and subscribe bars, tags, copyright) and the
 * writer's chatter at the edges of a paragraph (greetings, "in this article we will…", calls to
 * action, sign-offs). Indonesian and English.
 *
 * Two granularities, because pages mix them: a whole line is noise when it matches a line rule
 * (`lineNoise`); otherwise only sentences at the start or the end of a line can be chatter
 * (`trimNoise`), so "Salam kepada pembaca setia! Apakah kamu … Selamat membaca!" keeps its middle.
 * Chatter is never cut from the middle of a paragraph: what stands between two content sentences
 * is content.
 */
import { splitSentences } from './sentences';

export type NoiseRule =
	| 'related-link'
	| 'byline'
	| 'dateline'
	| 'caption'
	| 'call-to-action'
	| 'share-prompt'
	| 'keywords'
	| 'greeting'
	| 'announcement'
	| 'sign-off'
	| 'site';

interface Rule {
	rule: NoiseRule;
	pattern: RegExp;
	/** The rule holds only for lines (or sentences) of at most this many words. */
	maxWords?: number;
}

const SOCIAL_NETWORKS =
	'facebook|twitter|x|whatsapp|wa|telegram|linkedin|pinterest|instagram|youtube|tiktok|line|email|e-mail|threads|reddit';
const IMAGE_CREDIT =
	/(?:pexels|unsplash|freepik|pixabay|shutterstock|istock(?:photo)?|gettyimages|getty images|canva|dreamstime|123rf)(?:\.com)?\b/i;

const LINE_RULES: readonly Rule[] = [
	{ rule: 'related-link', pattern: /^(?:baca|lihat|simak)\s+(?:juga|pula)\b/i },
	{ rule: 'related-link', pattern: /^(?:artikel|berita|bacaan)\s+(?:terkait|lainnya|menarik|populer|terbaru)\b/i, maxWords: 6 },
	{ rule: 'related-link', pattern: /^(?:read|see)\s+(?:also|more|next)\b/i },
	{ rule: 'related-link', pattern: /^also\s+read\b/i },
	{ rule: 'related-link', pattern: /^related(?:\s+(?:articles?|posts?|stories|reading|content))?\s*(?:[:\-\u2013\u2014]|$)/i },
	{ rule: 'related-link', pattern: /^(?:you\s+may\s+also\s+like|more\s+(?:stories|from)|recommended(?:\s+for\s+you)?|rekomendasi(?:\s+artikel)?)\b/i, maxWords: 12 },
	{ rule: 'byline', pattern: /^(?:ditulis|disusun|dibuat|diedit|diulas|diterjemahkan)\s+oleh\b/i, maxWords: 16 },
	{ rule: 'byline', pattern: /^(?:oleh|penulis|editor|reporter|pewarta|kontributor|penyunting|redaktur|author|writer|reviewer|fotografer|sumber|source)\s*[:|]/i, maxWords: 16 },
	{ rule: 'byline', pattern: /^(?:[Bb]y|[Ww]ritten\s+by|[Rr]eviewed\s+by|[Pp]osted\s+by|[Ee]dited\s+by|[Ff]act[- ]checked\s+by|[Oo]leh)\s+\p{Lu}/u, maxWords: 16 },
	// "Ekonomi | 7 Menit Baca", "6 min read": the reading time a site prints by the title.
	{ rule: 'byline', pattern: /\b\d{1,3}\s+(?:menit|min(?:ute)?s?)\s+(?:baca|membaca|read)\b/i, maxWords: 12 },
	{ rule: 'dateline', pattern: /^(?:diposting|dipublikasikan|diterbitkan|diperbarui|dipublish|terbit|posted|published|updated|last\s+updated|modified)\b/i, maxWords: 16 },
	{ rule: 'dateline', pattern: /^(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}(?:[,\s|\-\u2013]+\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|[AP]M))?)?$/iu },
	{ rule: 'caption', pattern: /^[[(]?\s*(?:ilustrasi|foto|gambar|image|photo|picture|caption|sumber\s+(?:gambar|foto)|kredit\s+foto)\s*:/i, maxWords: 40 },
	{ rule: 'caption', pattern: /^ilustrasi\b[^.!?]*$/i, maxWords: 15 },
	{ rule: 'call-to-action', pattern: /^\(?\s*(?:simak|baca)\b.*\b(?:berikut|selengkapnya|lainnya|google\s+news|di\s+sini|disini)\b/i, maxWords: 20 },
	{ rule: 'call-to-action', pattern: /^(?:klik|click|tap|ketuk)\b.*\b(?:di\s*sini|here|tautan|link|tombol|button|baca|read)\b/i, maxWords: 25 },
	{ rule: 'call-to-action', pattern: /^simak\b.*\b(?:breaking\s+news|berita\s+pilihan|ponsel(?:mu)?|whatsapp\s+channel)\b/i, maxWords: 25 },
	{ rule: 'call-to-action', pattern: /^(?:unduh|download|dapatkan|get)\b.*\b(?:gratis|free|pdf|ebook|e-book|worksheet|aplikasi\s+kami|our\s+app)\b/i, maxWords: 20 },
	{ rule: 'share-prompt', pattern: /^(?:bagikan|share|sebarkan|pin\s+it|tweet)\b/i, maxWords: 10 },
	{ rule: 'share-prompt', pattern: /^(?:ikuti|follow)\b.*\b(?:kami|us)\b/i, maxWords: 16 },
	{ rule: 'share-prompt', pattern: /^(?:subscribe|berlangganan|langganan|sign\s+up|daftar(?:kan)?\s+(?:email|sekarang))\b|\bnewsletter\b/i, maxWords: 20 },
	{ rule: 'share-prompt', pattern: /^(?:dapatkan|get)\s+(?:update|updates|info|informasi|berita|notifikasi)\b|\b(?:gabung|bergabung|join)\b.*\b(?:telegram|whatsapp|grup|channel|saluran|kanal)\b/i, maxWords: 20 },
	{ rule: 'share-prompt', pattern: /^(?:scroll|gulir)\b|\b(?:scroll|gulir)\s+(?:untuk|to|down|ke\s+bawah)\b/i, maxWords: 12 },
	{ rule: 'share-prompt', pattern: /^(?:advertisement|iklan|ads|sponsored|konten\s+bersponsor|promoted)\b/i, maxWords: 8 },
	{ rule: 'share-prompt', pattern: /\b(?:continue|keep)\s+reading\b|\blanjut(?:kan)?\s+(?:membaca|baca)\b/i, maxWords: 10 },
	{ rule: 'keywords', pattern: /^(?:tags?|tagged|kata\s+kunci|keywords?|topik|topics?|kategori|category|categories|label|labels)\s*:/i },
	{ rule: 'site', pattern: /^(?:copyright|hak\s+cipta)\b|\u00A9|\ball\s+rights\s+reserved\b|\bhak\s+cipta\s+dilindungi\b/i, maxWords: 25 },
	{ rule: 'site', pattern: /^back\s+to\s+top(?:\s+button)?$/i },
	// The page's furniture around the article: paging, comment forms, neighbouring posts, loading notices.
	{
		rule: 'site',
		pattern:
			/^(?:lihat\s+foto|halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|halaman\s*:?[\s\d]+|pilihan\s+untuk\s+anda|terpopuler|komentar(?:\s+(?:anda|kamu|pembaca))?|tulis\s+komentar|(?:your\s+)?comments?|\d+\s+(?:komentar|comments?)|post\s+a\s+comment|leave\s+a\s+(?:reply|comment)|cari\s+blog\s+ini|loading\.*|print|previous\s+post|next\s+post|(?:artikel|postingan|post)\s+(?:sebelumnya|selanjutnya|berikutnya)|rating\s*:.*)$/i,
		maxWords: 8
	},
	{ rule: 'site', pattern: /^your\s+email\s+address\s+will\s+not\s+be\s+published\b|^artikel\s+ini\s+telah\s+tayang\s+di\b/i, maxWords: 30 },
	{ rule: 'site', pattern: /^(?:beranda|home|homepage)\s*[\u00BB\u203A>/|]/i, maxWords: 12 }
];

/** Sentences that are chatter where they open or close a paragraph. */
const EDGE_RULES: readonly Rule[] = [
	{ rule: 'greeting', pattern: /^(?:halo|hallo|helo|hai|hi|hello|hey|assalamu'?alaikum|salam\s+(?:kepada|untuk|hangat|sejahtera|jumpa|pembaca|sahabat|sobat)|selamat\s+(?:datang|pagi|siang|sore|malam)|welcome\s+(?:back|to)|greetings|apa\s+kabar)\b/i },
	{ rule: 'announcement', pattern: /^(?:(?:pada|dalam|di)\s+(?:kesempatan|artikel|tulisan|postingan|pembahasan|materi)\s+(?:kali\s+)?ini|kali\s+ini\s+(?:kita|kami|admin|saya)|(?:artikel|tulisan|postingan)\s+(?:berikut\s+)?(?:ini\s+)?(?:akan\s+)?(?:membahas|mengulas|menjelaskan)|in\s+this\s+(?:article|post|guide|piece)|today,?\s+we(?:'ll|\s+will)?\s+(?:look|learn|explore|discuss|talk))\b/i },
	{ rule: 'call-to-action', pattern: /^(?:(?:yuk|ayo|mari)[,!]?\s+(?:kita\s+)?)?(?:simak|baca)\b.*\b(?:berikut|selengkapnya|sampai\s+(?:habis|selesai|akhir)|ulasan(?:nya)?|penjelasan(?:nya)?|artikel)\b/i },
	{ rule: 'call-to-action', pattern: /^(?:yuk|ayo|mari)[,!]?\s+(?:kita\s+)?(?:bahas|pelajari|kenali|cari\s+tahu|simak)\b/i },
	{ rule: 'call-to-action', pattern: /\b(?:keep\s+reading|read\s+on|click\s+here|klik\s+(?:di\s*sini|tautan|link))\b/i },
	// "Scroll ke bawah untuk membaca selengkapnya.", "Scroll down to read more.": a page's prompt closing a paragraph.
	{ rule: 'share-prompt', pattern: /^(?:silakan\s+)?(?:scroll|gulir)(?:\s+(?:ke\s+bawah|down))?\s+(?:untuk|to)\s+(?:membaca|baca|read|melanjutkan|continue)\b/i, maxWords: 14 },
	{ rule: 'share-prompt', pattern: /\bjangan\s+lupa\b.*\b(?:share|bagikan|komentar|subscribe|follow|like|tinggalkan)\b/i },
	{ rule: 'share-prompt', pattern: /\bplease\s+share\b|\bshare\s+(?:it|this)\s+with\b|\bdon'?t\s+forget\s+to\s+(?:share|subscribe|comment|like|leave|follow)\b/i },
	{ rule: 'call-to-action', pattern: /\b(?:kolom\s+komentar|tinggalkan\s+komentar|leave\s+a\s+comment|comments?\s+below|let\s+us\s+know\s+(?:what|in|your))\b/i },
	{ rule: 'sign-off', pattern: /^(?:semoga|mudah-mudahan)\b.*\b(?:bermanfaat|membantu|menambah|artikel|ulasan|penjelasan|pembahasan|tulisan|informasi)\b/i },
	{ rule: 'sign-off', pattern: /^(?:(?:nah|oke|ok|baiklah|jadi)[,!]?\s+)?(?:sekian|demikian(?:lah)?|itulah)\b.*\b(?:penjelasan|artikel|pembahasan|ulasan|materi|informasi|uraian|tulisan|rangkuman)\b/i },
	{ rule: 'sign-off', pattern: /^terima\s+kasih\b.*\b(?:membaca|kunjungan|berkunjung|menyimak|mampir)\b/i },
	{ rule: 'sign-off', pattern: /^(?:selamat\s+(?:membaca|belajar|mencoba)|sampai\s+jumpa|salam\s+(?:sukses|literasi))\b/i },
	{ rule: 'sign-off', pattern: /^(?:thanks|thank\s+you)\b.*\b(?:reading|visiting|stopping\s+by)\b/i },
	{ rule: 'sign-off', pattern: /^did\s+you\s+(?:enjoy|like|find)\b.*\b(?:article|post|guide|helpful|useful)\b/i },
	{ rule: 'sign-off', pattern: /^(?:we|i)\s+hope\s+(?:this|that|you)\b.*\b(?:article|post|guide|helped|helpful|useful|enjoyed)\b/i },
	{ rule: 'sign-off', pattern: /^(?:hope\s+(?:this|it)\s+helps|if\s+you\s+enjoyed|happy\s+(?:reading|learning)|that'?s\s+(?:all|it)\s+for|see\s+you\s+(?:next|in))\b/i }
];

/** Labels a blog prints above an article ("Materi Sosiologi Kelas 10", "Penjelasan"). */
const CATEGORY_LABELS = new Set(['penjelasan', 'pendidikan', 'sosiologi', 'umum', 'berita', 'materi', 'artikel', 'news', 'education']);
const CATEGORY_PREFIX = /^(?:materi|kategori|rubrik|kanal|category|section)\b/i;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function matchRule(rules: readonly Rule[], text: string): NoiseRule | undefined {
	const words = wordCount(text);
	for (const { rule, pattern, maxWords } of rules) {
		if (maxWords !== undefined && words > maxWords) continue;
		if (pattern.test(text)) return rule;
	}
	return undefined;
}

/** Why a whole (trimmed) line belongs to the site rather than the article, or undefined. */
export function lineNoise(line: string): NoiseRule | undefined {
	const rule = matchRule(LINE_RULES, line);
	if (rule) return rule;
	if (isCaptionWithCredit(line)) return 'caption';
	if (isShareBar(line)) return 'share-prompt';
	if (isKeywordParagraph(line)) return 'keywords';
	return undefined;
}

/** The first line of a page that names the blog's section, not the article. */
export function isCategoryLabel(line: string): boolean {
	return CATEGORY_LABELS.has(line.toLowerCase()) || (CATEGORY_PREFIX.test(line) && wordCount(line) <= 5);
}

export interface NoiseSpan {
	start: number;
	end: number;
	rule: NoiseRule;
}

export interface TrimmedLine {
	/** The content left, as offsets into the line; start === end when nothing is left. */
	start: number;
	end: number;
	/** The chatter cut from the edges, as offsets into the line. */
	dropped: NoiseSpan[];
}

/** Cuts greeting, announcement, call-to-action, share and sign-off sentences from both edges of a line. */
export function trimNoise(line: string): TrimmedLine {
	const sentences = splitSentences(line);
	const dropped: NoiseSpan[] = [];
	let first = 0;
	let last = sentences.length - 1;
	while (first <= last) {
		const rule = matchRule(EDGE_RULES, line.slice(sentences[first].start, sentences[first].end));
		if (!rule) break;
		dropped.push({ ...sentences[first], rule });
		first++;
	}
	while (last >= first) {
		const rule = matchRule(EDGE_RULES, line.slice(sentences[last].start, sentences[last].end));
		if (!rule) break;
		dropped.push({ ...sentences[last], rule });
		last--;
	}
	if (first > last) return { start: 0, end: 0, dropped };
	return { start: sentences[first].start, end: sentences[last].end, dropped };
}

/** "Ilustrasi … (pexels.com/…)", "… (Photo by … / Unsplash)": a picture and its credit. */
function isCaptionWithCredit(line: string): boolean {
	if (wordCount(line) > 30) return false;
	const credit = /\(([^()]*)\)\s*$/.exec(line)?.[1];
	if (credit !== undefined && (IMAGE_CREDIT.test(credit) || /\b(?:foto|photo|dok(?:umentasi)?\.?|doc)\b/i.test(credit)))
		return true;
	return IMAGE_CREDIT.test(line) && /\b(?:foto|photo|gambar|image|ilustrasi|sumber|source|credit)\b/i.test(line);
}

const SHARE_WORDS = new RegExp(
	`\\b(?:${SOCIAL_NETWORKS}|share|bagikan|on|this|ke|via|pin|it|salin|tautan|copy|link|tweet|print|cetak|article|artikel|post|ini)\\b`,
	'gi'
);

/** "Facebook | Twitter | WhatsApp": a row of share buttons, and nothing else. */
function isShareBar(line: string): boolean {
	const networks = line.match(new RegExp(`\\b(?:${SOCIAL_NETWORKS})\\b`, 'gi')) ?? [];
	if (networks.length < 2) return false;
	return line.replace(SHARE_WORDS, '').replace(/[\s|,:;.\-\u2013\u2022/]+/g, '') === '';
}

/**
 * A paragraph written for search engines: "Artikel berikut ini akan membahas mengenai a, b, c, …"
 * or a bare list of keyword variants ("lembaga sosial, pengertian lembaga sosial, ciri …"), where
 * one word recurs in most of the items.
 */
function isKeywordParagraph(line: string): boolean {
	const items = line.replace(/[.\s]+$/, '').split(/\s*,\s*/);
	if (items.length < 4) return false;
	const announcement = /^(?:artikel|tulisan|postingan|halaman)\s+(?:berikut\s+)?(?:ini\s+)?(?:akan\s+)?(?:membahas|mengulas|menjelaskan)\b/i;
	if (announcement.test(line)) return true;
	// One long tail item ("… kelas 12 sering dicari siswa") does not make the list prose.
	if (items.length < 5 || items.filter((item) => wordCount(item) > 5).length > 1) return false;
	const counts = new Map<string, number>();
	for (const item of items)
		for (const word of new Set(item.toLowerCase().split(/\s+/))) counts.set(word, (counts.get(word) ?? 0) + 1);
	return Math.max(...counts.values()) >= Math.ceil(items.length * 0.6);
}
