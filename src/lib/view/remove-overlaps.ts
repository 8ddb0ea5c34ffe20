/**
 * Pushes apart the boxes of a laid-out graph until none overlap. A force layout
 * only discourages overlap; a concept map needs none, since labels live inside
 * these boxes and scale with the zoom, no overlap here means none at any zoom.
 */
export interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

const GAP = 4;
const SETTLED = 0.5;

/** Moves boxes in place along the axis of least penetration; deterministic for the same input order. */
export function removeOverlaps(boxes: Box[], maxRounds = 300): number {
	for (let round = 0; round < maxRounds; round++) {
		let moved = 0;
		// Sweep along x: only boxes whose x-extents meet can overlap.
		const order = [...boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2) || (a.id < b.id ? -1 : 1));
		for (let i = 0; i < order.length; i++) {
			const a = order[i];
			for (let j = i + 1; j < order.length; j++) {
				const b = order[j];
				if (b.x - b.width / 2 >= a.x + a.width / 2 + GAP) break;
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				const overlapX = (a.width + b.width) / 2 + GAP - Math.abs(dx);
				const overlapY = (a.height + b.height) / 2 + GAP - Math.abs(dy);
				// Half a pixel of the gap is close enough; chasing it only makes boxes oscillate.
				if (overlapX <= SETTLED || overlapY <= SETTLED) continue;
				moved++;
				if (overlapX < overlapY) {
					const push = (overlapX / 2) * (dx < 0 ? -1 : 1);
					a.x -= push;
					b.x += push;
				} else {
					const push = (overlapY / 2) * (dy < 0 ? -1 : 1);
					a.y -= push;
					b.y += push;
				}
			}
		}
		if (moved === 0) return round;
	}
	return maxRounds;
}
