/**
 * Words whose stem is fixed by hand, checked before the rule-based stemmer.
 *
 * Two jobs: (1) synonym groups that the domain treats as one concept
 * (relawan … volunter, okupasional/occupational); (2) corrections where the rule-based
 * stemmer is wrong on words of the corpus. It has no root dictionary, so it cuts
 * "ke-"/"se-" off roots (kelompok → "lompok"), cannot undo the nasal sound change of
 * meN-/peN- before t/k (mengembangkan → "embang" instead of kembang), strips "-lah"
 * from roots (masalah → "masa") and conflates distinct words (kepentingan and penting,
 * mereka and reka, pengacara and acara).
 *
 * The profesi family stays split in three: "profesi" (a profession), "profesional"
 * (the adjective: identitas/jaringan/standar profesional) and "profesionalisme"
 * (the quality that "Peningkatan Profesionalisme" is about). Joining profesional to
 * profesionalisme would count every "jaringan profesional" as a mention of
 * professionalism.
 *
 * Keys are stems; the values list the normalised words that map to them.
 */
const STEM_GROUPS: Record<string, readonly string[]> = {
	// synonym groups
	relawan: [
		'relawan',
		'relawannya',
		'sukarelawan',
		'sukarelawannya',
		'kerelawanan',
		'volunter',
		'volunteer',
		'voluntary',
		'sukarela',
		'kesukarelaan'
	],
	kelompok: [
		'kelompok',
		'kelompoknya',
		'sekelompok',
		'berkelompok',
		'pengelompokan',
		'mengelompokkan',
		'dikelompokkan'
	],
	okupasional: ['okupasional', 'occupational'],
	profesi: ['profesi', 'profesinya', 'berprofesi'],
	profesional: ['profesional', 'profesionalnya'],
	profesionalisme: ['profesionalisme', 'keprofesionalan'],
	// spelling variants
	karir: ['karir', 'karier', 'karirnya', 'kariernya'],
	praktik: ['praktik', 'praktek'],
	// meN-/peN- before a root starting with k, t, s or p (the stemmer drops the root's letter)
	kembang: ['mengembangkan', 'pengembangan', 'mengembangkannya'],
	tingkat: ['meningkat', 'meningkatkan', 'peningkatan', 'meningkatnya'],
	kenal: ['pengenalan', 'mengenal', 'mengenali'],
	kena: ['mengenai'],
	tahu: ['pengetahuan', 'pengetahuannya', 'mengetahui', 'diketahui'],
	temu: ['menemukan', 'bertemu', 'menemui'],
	tarik: ['menarik'],
	tawar: ['menawarkan'],
	tuntut: ['menuntut'],
	tunjuk: ['menunjukkan'],
	kemuka: ['mengemukakan'],
	kemudi: ['pengemudi'],
	kuasa: ['menguasai', 'penguasaan'],
	kelola: ['pengelolaan', 'mengelola'],
	kumpul: ['pengumpul'],
	teliti: ['penelitian'],
	rawat: ['perawat'],
	nyata: ['menyatakan'],
	mungkin: ['memungkinkan'],
	mudah: ['memudahkan'],
	main: ['memainkan'],
	program: ['pemrograman'],
	capai: ['mencapai'],
	pengaruh: ['pengaruh', 'mempengaruhi', 'dipengaruhi', 'berpengaruh'],
	penasaran: ['penasaran'],
	pimpin: ['kepemimpinan'],
	ragam: ['ragam', 'beragam', 'keberagaman'],
	rupa: ['berupa'],
	luas: ['memperluas'],
	kuat: ['memperkuat'],
	cepat: ['mempercepat'],
	milik: ['memiliki'],
	diskusi: ['diskusi', 'berdiskusi'],
	// roots the stemmer mangles or conflates with another word
	pengalaman: ['pengalaman', 'pengalamannya', 'mengalami', 'berpengalaman'],
	kepentingan: ['kepentingan', 'kepentingannya'],
	pendapat: ['pendapat', 'pendapatnya', 'berpendapat'],
	pengacara: ['pengacara'],
	// pemasar (a marketer) is not pasar (a market): "kebutuhan pasar" names no marketer
	pemasar: ['pemasar'],
	mereka: ['mereka'],
	ketua: ['ketua'],
	ketika: ['ketika'],
	keluarga: ['keluarga'],
	berita: ['berita'],
	berikut: ['berikut'],
	perilaku: ['perilaku'],
	peluang: ['peluang'],
	pedoman: ['pedoman'],
	pegawai: ['pegawai'],
	majikan: ['majikan'],
	pertama: ['pertama'],
	terima: ['terima'],
	terlalu: ['terlalu'],
	masalah: ['masalah'],
	istilah: ['istilah'],
	sekolah: ['sekolah'],
	kerjasama: ['kerjasama'],
	sering: ['seringkali'],
	media: ['media'],
	medical: ['medical'],
	digital: ['digital'],
	digitalisasi: ['digitalisasi'],
	disabilitas: ['disabilitas'],
	diskriminasi: ['diskriminasi'],
	dinamika: ['dinamika']
};

const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map(
	Object.entries(STEM_GROUPS).flatMap(([stem, words]) => words.map((word) => [word, stem]))
);

/** The fixed stem of a normalised word, if the table has one. */
export function overrideStem(normalisedWord: string): string | undefined {
	return STEM_OVERRIDES.get(normalisedWord);
}
