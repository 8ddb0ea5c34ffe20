import { flushSync } from 'svelte';

/**
 * Calls `take` just before the page is printed (the print dialog, or print
 * media emulated), so a canvas can be swapped for a picture of it only when
 * needed: a full-size PNG on every change would cost a second each time.
 */
function onPrint(take: () => void): () => void {
	const media = matchMedia('print');
	const onMedia = (event: MediaQueryListEvent) => {
		if (event.matches) take();
	};
	window.addEventListener('beforeprint', take);
	media.addEventListener('change', onMedia);
	return () => {
		window.removeEventListener('beforeprint', take);
		media.removeEventListener('change', onMedia);
	};
}

/**
 * Keeps a picture of a canvas view for the printed page: taken as printing starts and
 * put in the DOM at once (flushSync), before the browser lays the page out for paper.
 */
export function snapshotWhenPrinting(view: { snapshot(): string | null }, keep: (picture: string | null) => void): () => void {
	return onPrint(() => {
		keep(view.snapshot());
		flushSync();
	});
}
