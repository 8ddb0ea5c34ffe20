import type { SingularElementArgument } from 'cytoscape';

/**
 * Removes data fields from an element and restyles it. Cytoscape's `removeData` leaves the
 * element's style as it was (its remove path never restyles, though setting data does), so a rule
 * keyed on a removed field, such as `node[labelSize]` or `edge[?teacher]`, would keep applying
 * until something else restyled the element. An empty `data({})` is Cytoscape's way to restyle one
 * element alone.
 */
export function removeDataRestyled(ele: SingularElementArgument, names: string[]): void {
	if (!names.length) return;
	ele.removeData(names.join(' '));
	ele.data({});
}
