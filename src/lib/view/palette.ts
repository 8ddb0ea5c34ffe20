/** Distinct fills for community colouring (Okabe-Ito first, then extra tones), cycling past the end. */
const COMMUNITY_COLORS = [
	'#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7',
	'#999999', '#8C564B', '#17BECF', '#BCBD22', '#7F3C8D'
];

export function communityColor(index: number): string {
	return COMMUNITY_COLORS[index % COMMUNITY_COLORS.length];
}
