/** Hands a text to the browser as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Hands data to the browser as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers read the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: lower case, ASCII letters and digits, dashes. */
export function fileSlug(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return slug || 'tur';
}
