/** Download file names: the map title slugified, then the date, e.g. `kelompok-volunter-2026-11-22.png`. */

/** ASCII only (accents folded), lower case, words joined by hyphens; safe on every file system. */
export function fileSlug(text: string, fallback = 'peta-konsep'): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** The local calendar date: the day the user sees, not UTC's. */
export function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(title: string, extension: string, date = new Date(), suffix = ''): string {
	return `${fileSlug(title)}${suffix ? `-${fileSlug(suffix)}` : ''}-${isoDate(date)}.${extension}`;
}
