/** The screen the explorer lays itself out for: phones (360–700 px wide) get a bottom sheet and a search icon. */
import { MediaQuery } from 'svelte/reactivity';

/** Matches the CSS breakpoint `@media (max-width: 700px)` of the explorer's layout. */
export const phoneScreen = new MediaQuery('max-width: 700px', false);

/** Whether the person asked for less motion: the camera then jumps instead of gliding. */
export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
