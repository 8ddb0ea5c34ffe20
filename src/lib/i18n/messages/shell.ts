/** UI strings of the app shell: error pages, view boundaries, the update notice, stored data that fails to load. */
export const id = {
	'shell.notFound.title': 'Halaman tidak ditemukan',
	'shell.notFound.text': 'Tidak ada halaman di alamat {path}. Mungkin tautannya salah ketik atau sudah usang.',
	'shell.error.title': 'Halaman ini tidak dapat dibuka',
	'shell.error.text': 'Terjadi kesalahan ({status}): {message}. Peta dan tur yang tersimpan di browser ini tidak berubah.',
	'shell.error.home': 'Ke peta konsep',
	'shell.error.back': 'Kembali ke halaman sebelumnya',
	'shell.error.reload': 'Muat ulang',

	'shell.boundary.title': 'Bagian ini tidak dapat ditampilkan',
	'shell.boundary.text': 'Bagian lain halaman tetap bekerja. Kesalahannya: {message}',
	'shell.boundary.retry': 'Coba lagi',

	'shell.update.available': 'Versi baru tersedia',
	'shell.update.reload': 'muat ulang',
	'shell.update.later': 'Nanti',
	'shell.update.hint': 'Halaman tidak dimuat ulang dengan sendirinya: pilih saat pelajaran memungkinkan.',

	'shell.stored.mapFailed': 'Peta tersimpan "{title}" ({file}) tidak dapat dibuka: {reason}. Peta itu tidak dihapus.',
	'shell.stored.tourFailed': 'Tur tersimpan "{title}" tidak dapat dibuka: {reason}. Tur itu tidak dihapus.',
	'shell.stored.download': 'Unduh datanya',
	'shell.stored.heading': 'Data tersimpan yang tidak dapat dibuka',
	'shell.stored.hint': 'Unduh datanya untuk diperiksa atau diimpor lagi setelah diperbaiki.',
	'shell.stored.dismiss': 'Tutup pemberitahuan'
};

export const en: Record<keyof typeof id, string> = {
	'shell.notFound.title': 'Page not found',
	'shell.notFound.text': 'There is no page at {path}. The link may be mistyped or out of date.',
	'shell.error.title': 'This page could not be opened',
	'shell.error.text': 'Something went wrong ({status}): {message}. The maps and tours kept in this browser are unchanged.',
	'shell.error.home': 'Go to the concept map',
	'shell.error.back': 'Back to the previous page',
	'shell.error.reload': 'Reload',

	'shell.boundary.title': 'This part could not be shown',
	'shell.boundary.text': 'The rest of the page still works. The error: {message}',
	'shell.boundary.retry': 'Try again',

	'shell.update.available': 'A new version is available',
	'shell.update.reload': 'reload',
	'shell.update.later': 'Later',
	'shell.update.hint': 'The page does not reload by itself: choose when the lesson allows.',

	'shell.stored.mapFailed': 'The stored map "{title}" ({file}) could not be opened: {reason}. It has not been deleted.',
	'shell.stored.tourFailed': 'The stored tour "{title}" could not be opened: {reason}. It has not been deleted.',
	'shell.stored.download': 'Download its data',
	'shell.stored.heading': 'Stored data that could not be opened',
	'shell.stored.hint': 'Download the data to check it, or to import it again once mended.',
	'shell.stored.dismiss': 'Close this notice'
};
