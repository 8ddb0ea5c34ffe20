/** Indonesian: cue words of headings and sentences, definition and example patterns, function words. */
import { stem } from '../../text/stem';
import { relationVerbs, words, type Cue, type LanguageProfile } from '../profile';

const CUES: readonly Cue[] = [
	{ words: ['ciri-ciri', 'ciri khas', 'ciri', 'karakteristik', 'karakter', 'sifat', 'sifat-sifat'], relation: 'has-characteristic', direction: 'subject-item', itemKind: 'characteristic' },
	{ words: ['fungsi', 'fungsi-fungsi', 'kegunaan', 'tujuan'], relation: 'has-function', direction: 'subject-item', itemKind: 'function' },
	{ words: ['peran', 'peranan', 'tugas', 'peran dan tugas', 'peran dan fungsi'], relation: 'has-role', direction: 'subject-item', itemKind: 'role', towards: true },
	{ words: ['manfaat', 'keuntungan', 'faedah'], relation: 'has-benefit', direction: 'subject-item', itemKind: 'benefit' },
	{ words: ['kontribusi', 'sumbangan', 'sumbangsih'], relation: 'contributes-to', direction: 'subject-item', itemKind: 'benefit', towards: true },
	{ words: ['kelebihan', 'keunggulan', 'kekuatan', 'kelebihan dan kekurangan'], relation: 'has-strength', direction: 'subject-item', itemKind: 'assessment' },
	{ words: ['kekurangan', 'kelemahan'], relation: 'has-weakness', direction: 'subject-item', itemKind: 'assessment' },
	{ words: ['tantangan', 'hambatan', 'kendala', 'permasalahan', 'masalah', 'faktor penghambat'], relation: 'faces-challenge', direction: 'subject-item', itemKind: 'challenge' },
	{ words: ['solusi', 'cara mengatasi', 'upaya mengatasi'], relation: 'overcome-by', direction: 'subject-item', itemKind: 'activity' },
	{ words: ['contoh', 'contoh-contoh'], relation: 'example-of', direction: 'item-subject', itemKind: 'example' },
	{ words: ['jenis-jenis', 'jenis', 'macam-macam', 'macam', 'bentuk-bentuk', 'bentuk', 'tipe', 'tipe-tipe', 'ragam', 'klasifikasi', 'penggolongan', 'golongan', 'kategori'], relation: 'subtype-of', direction: 'item-subject' },
	{ words: ['faktor-faktor', 'faktor', 'penyebab', 'sebab', 'pendorong', 'pemicu'], relation: 'arises-from', direction: 'subject-item', itemKind: 'context' },
	{ words: ['dampak', 'akibat', 'pengaruh', 'efek'], relation: 'contributes-to', direction: 'subject-item', itemKind: 'context' },
	{ words: ['syarat', 'syarat-syarat', 'prasyarat', 'dasar', 'landasan'], relation: 'based-on', direction: 'subject-item', itemKind: 'context' },
	// "Prinsip-Prinsip Koperasi", "Asas Pemilu": what the subject rests on, each item a rule it keeps.
	{ words: ['prinsip-prinsip', 'prinsip', 'asas-asas', 'asas', 'kaidah', 'kaidah-kaidah'], relation: 'based-on', direction: 'subject-item', itemKind: 'norm' },
	{ words: ['langkah-langkah', 'langkah', 'tahap', 'tahapan', 'tahap-tahap', 'prosedur', 'cara bergabung', 'cara menjadi', 'cara membentuk', 'cara membuat', 'bagaimana bergabung', 'bagaimana cara'], relation: 'has-step', direction: 'subject-item', itemKind: 'activity' },
	{ words: ['cara', 'metode', 'teknik', 'unsur', 'unsur-unsur', 'komponen', 'elemen'], relation: 'includes', direction: 'subject-item' },
	{ words: ['perbedaan', 'beda', 'membedakan'], relation: 'contrasts-with', direction: 'between' }
];

/** Verbs without an affix, which the prefix test cannot see. */
const BARE_VERBS = words('punya muncul terjadi tumbuh timbul hilang pindah datang pergi masuk keluar naik turun jadi lahir hidup tinggal tiba bangkit runtuh');

const LOANWORD_ENDING = /(?:if|asi|si|al|ik|or|er|isme|itas|um|ika|ogi|is|ia|de)$/;

const STOPWORDS = words(`
	yang dan atau di ke dari untuk dengan pada dalam oleh bagi kepada terhadap tentang mengenai antara
	sebagai adalah merupakan ialah yaitu yakni ini itu tersebut juga dapat bisa akan telah sudah sedang
	masih belum tidak bukan ada tiada karena sehingga agar supaya jika apabila bila ketika saat sejak
	hingga sampai namun tetapi tapi melainkan sedangkan serta maupun baik seperti
	yaitu lebih sangat paling cukup amat terlalu semakin makin pun lah kah nya para sang si sebuah suatu
	seorang beberapa berbagai banyak semua seluruh setiap tiap masing-masing sesuatu hal halnya
	kita kami kamu anda mereka dia ia beliau saya aku engkau kalian
	bahwa apa siapa mengapa bagaimana kapan mana dimana kemana sini sana situ begitu demikian
	secara biasanya seringkali sering selalu kadang terkadang pernah hanya saja lagi pula
	harus perlu wajib boleh mungkin mampu ingin mau hendak
	antara lain sebagainya seterusnya lain-lain dll dsb dst
	atas dalam
	satu dua tiga empat lima enam tujuh delapan sembilan sepuluh pertama kedua ketiga
	menjadi memiliki mempunyai terdapat merupakan adalah melakukan memberikan membuat
	lainnya lain berikut
	adapun selain selanjutnya kemudian lalu akhirnya tersebutlah yakni
	terus senantiasa terlebih dahulu
	sebenarnya umumnya pada dasarnya biasa terutama khususnya bahkan tentu tentunya memang justru
	seolah-olah seakan-akan
`);

export const indonesian: LanguageProfile = {
	language: 'id',
	stem,
	stopwords: STOPWORDS,
	innerWords: words('dan atau serta maupun'),
	determiners: new Set([...words('sebuah suatu seorang sejumlah para beberapa berbagai banyak setiap tiap masing-masing sang si kaum'), 'salah satu', 'sebagian besar', 'sebagian kecil']),
	nameBreaks: words(`
		yang di ke dari untuk dengan pada dalam oleh bagi kepada terhadap tentang mengenai antara sebagai
		adalah merupakan ialah yaitu yakni ini itu tersebut juga dapat bisa akan telah sudah tidak bukan
		karena sehingga agar supaya jika apabila ketika saat namun tetapi sedangkan seperti misalnya
		contohnya melalui tanpa hingga sampai menurut berdasarkan sejak selama secara biasanya sering
		seringkali harus perlu mampu menjadi memiliki mempunyai terdapat ada atas lebih sangat
		sementara sedangkan
	`),
	relativisers: words('yang'),
	openers: words('menurut dalam pada di secara selain namun oleh melalui untuk dengan meski meskipun walaupun sebagai berdasarkan setelah sebelum ketika jika apabila kemudian akhirnya selanjutnya sementara bahkan jadi intinya singkatnya'),
	anaphora: /^(?:(?:setiap\s+|tiap\s+|para\s+)?(?:\p{L}+(?:-\p{L}+)?\s+)?(?:ini|itu|tersebut)|mereka|hal\s+ini|ia|dia|salah\s+satunya)$/iu,
	readers: words('anda kamu kalian seseorang calon'),
	itemOpeners: words('adanya munculnya terjadinya timbulnya terciptanya'),
	itemPrefixes: ['sebagai tempat untuk', 'sebagai wadah untuk', 'sebagai sarana untuk', 'sebagai media untuk', 'sebagai alat untuk', 'sebagai tempat', 'sebagai wadah', 'sebagai sarana', 'sebagai media', 'sebagai alat', 'berfungsi untuk', 'berfungsi sebagai', 'bertujuan untuk', 'untuk dapat', 'untuk bisa', 'untuk terus', 'untuk selalu', 'untuk'],
	clauseBreaks: words('namun tetapi tapi sedangkan sehingga karena agar supaya jika apabila ketika walaupun meskipun sementara padahal lalu kemudian'),
	relationVerbs: relationVerbs({
		'didasarkan pada': 'based-on',
		'didasari oleh': 'based-on',
		'dilandasi oleh': 'based-on',
		'berlandaskan': 'based-on',
		'bertumpu pada': 'based-on',
		'terbentuk berdasarkan': 'based-on',
		'dibentuk berdasarkan': 'based-on',
		'didasarkan atas': 'based-on',
		'terdapat pada': 'found-in',
		'terdapat di': 'found-in',
		'ditemukan pada': 'found-in',
		'ditemukan di': 'found-in',
		'tumbuh di': 'found-in',
		'disebabkan oleh': 'arises-from',
		'dipicu oleh': 'arises-from',
		'muncul karena': 'arises-from',
		'timbul karena': 'arises-from',
		'merupakan akibat dari': 'arises-from',
		'menyebabkan': '~arises-from',
		'mengakibatkan': '~arises-from',
		'berperan dalam': 'has-role',
		'berperan penting dalam': 'has-role',
		'berfungsi sebagai': 'has-function',
		'berkontribusi pada': 'contributes-to',
		'berkontribusi dalam': 'contributes-to'
	}),
	distributiveHeads: words('kesamaan persamaan kebutuhan kemampuan keahlian keterampilan bidang'),
	quantities: words('beberapa berbagai sejumlah banyak dua tiga empat lima enam tujuh macam-macam aneka'),
	cues: CUES,
	cueConnectors: ['yang dihadapi oleh', 'yang dihadapi', 'yang dimiliki oleh', 'yang dimiliki', 'bergabung dengan', 'bergabung dalam', 'bergabung ke', 'menjadi anggota', 'terjadinya', 'terbentuknya', 'munculnya', 'pembentukan', 'antara', 'dari', 'dalam', 'pada', 'bagi', 'untuk', 'dengan', 'ke'],
	cueModifiers: words('utama umum pokok penting positif negatif pendorong khusus'),
	headingFrames: ['apa yang dimaksud dengan', 'apa yang dimaksud', 'apa itu', 'apakah', 'apa saja', 'apa', 'mengapa', 'kenapa', 'pengertian dan', 'pengertian', 'definisi', 'arti', 'makna', 'mengenal', 'memahami', 'pengenalan', 'penjelasan', 'tentang', 'sekilas tentang', 'konsep', 'hakikat'],
	noSubjectHeadings: /^(?:kesimpulan|simpulan|penutup|ringkasan|rangkuman|pendahuluan|pengantar|latar belakang|daftar (?:isi|pustaka)|referensi|sumber|catatan|faq\b.*|pertanyaan (?:yang )?(?:sering|umum).*|tanya jawab.*)$/i,
	qualifierStarts: words('bagi di dalam yang berdasarkan menurut untuk pada sebagai serta beserta dan'),
	beneficiaryStarts: words('bagi dalam untuk terhadap'),
	copulas: ['dapat diartikan sebagai', 'dapat didefinisikan sebagai', 'diartikan sebagai', 'didefinisikan sebagai', 'dimaknai sebagai', 'merujuk kepada', 'merujuk pada', 'adalah', 'merupakan', 'ialah', 'yaitu', 'yakni'],
	aliasMarkers: ['atau yang dikenal dengan', 'atau yang dikenal sebagai', 'atau dikenal sebagai', 'juga dikenal sebagai', 'dikenal juga sebagai', 'dikenal dengan istilah', 'disebut juga', 'atau disebut', 'atau biasa disebut', 'alias'],
	namingVerbs: ['disebut sebagai', 'disebut dengan', 'dinamakan', 'diistilahkan sebagai', 'diistilahkan dengan', 'diistilahkan', 'dikenal sebagai', 'dikenal dengan istilah', 'dikenal dengan', 'disebut'],
	otherNames: /^(?:istilah|sebutan|nama)\s+lain(?:nya)?\b/i,
	exampleMarkers: ['seperti', 'antara lain', 'di antaranya', 'termasuk'],
	exampleClauseMarkers: ['sebagai contoh', 'contohnya', 'misalnya', 'misal'],
	exampleHeads: ['contoh-contoh', 'contoh dari', 'contoh'],
	listMarkers: ['antara lain', 'di antaranya adalah', 'di antaranya', 'yaitu', 'yakni', 'meliputi', 'mencakup', 'berupa', 'adalah'],
	possessionVerbs: ['memiliki', 'mempunyai'],
	givingVerbs: ['memberikan', 'memberi', 'menumbuhkan', 'menimbulkan', 'menghasilkan'],
	purposeVerbs: ['dibentuk dengan tujuan untuk', 'didirikan dengan tujuan untuk', 'memiliki tujuan untuk', 'mempunyai tujuan untuk', 'bertujuan untuk', 'didirikan untuk', 'dibentuk untuk', 'hadir untuk', 'bertujuan'],
	servesAs: { verbs: ['dapat menjadi', 'bisa menjadi', 'dapat dijadikan', 'menjadi'], means: words('sumber sarana wadah tempat media alat saluran') },
	degreeWords: words('terlalu sulit'),
	hedges: words('mungkin barangkali terkadang kadang-kadang kadang bisa jadi'),
	lightVerbs: words('mengikuti mendapatkan mendapat memerlukan membutuhkan memperoleh melakukan mengadakan memberikan membuat mengajukan mengambil'),
	includeVerbs: ['terdiri atas', 'terdiri dari', 'meliputi', 'mencakup'],
	divideVerbs: ['dibedakan menjadi', 'dibagi menjadi', 'terbagi menjadi', 'terbagi atas', 'terbagi dalam', 'dikelompokkan menjadi', 'digolongkan menjadi', 'diklasifikasikan menjadi', 'dibedakan atas', 'dibagi atas'],
	whereas: words('sedangkan sementara'),
	manner: 'secara',
	contrastMarkers: ['berbeda dengan', 'berbeda dari', 'perbedaan antara', 'perbedaan'],
	coordinators: words('dan atau serta maupun'),
	listTail: /^(?:(?:dan|serta)\s+)?(?:lain lain|lain-lain|lain sebagainya|sebagainya|seterusnya|(?:masih\s+)?banyak\s+lagi|lainnya|dll|dsb|dst)$/,
	groupHeads: words('kelompok komunitas perkumpulan paguyuban'),
	organisationHeads: words('ikatan asosiasi serikat organisasi komisi dewan badan kementerian yayasan persatuan himpunan perhimpunan partai majelis'),
	genericHeads: words('istilah konsep hal isu sesuatu kata bagian cara proses usaha upaya kegiatan keadaan kondisi perilaku tindakan hubungan perpindahan perubahan jenis bentuk macam salah orang individu sekelompok kumpulan wadah tempat sarana'),
	headFirst: true,
	detachedSuffix(previous, word) {
		return word === 'kan' && /^(?:me|di|ter|per)\p{L}{3,}$/u.test(previous) && !previous.endsWith('kan');
	},
	isVerb(word) {
		const w = word.toLowerCase();
		if (BARE_VERBS.has(w)) return true;
		if (w.length < 5) return false;
		// Loanwords keep their ending ("disosiatif", "digital", "metode"): nouns or adjectives, not verbs,
		// unless a verb suffix follows ("memfasilitasi").
		if (LOANWORD_ENDING.test(w) && !/(?:kan|i|nya)$/.test(w)) return false;
		return /^(?:me[mnlrwy]?|meng|meny|ber|di|ter|memper|diper)\p{L}{3,}/u.test(w) && stem(w) !== w;
	},
};
