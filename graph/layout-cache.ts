/**
 * Remembers the default layout between builds. The force layout is the slow part of
 * `npm run graph`; when nothing it depends on changed (nodes, their sizes, edges, seed,
 * the layout code itself) the positions it would compute are read back instead.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LayoutFunction } from '../src/lib/view/default-layout';
import { fcoseOptions } from '../src/lib/view/fcose-options';
import { computeForceLayout, type Positions } from '../src/lib/view/force-layout';
import { removeOverlaps } from '../src/lib/view/remove-overlaps';

export function cachedLayout(cacheFile: string): LayoutFunction {
	return (nodes, edges, seed) => {
		const key = createHash('sha256')
			.update(JSON.stringify({ nodes, edges, seed }))
			// The code is part of the key: changing a layout setting recomputes.
			.update(computeForceLayout.toString() + fcoseOptions.toString() + removeOverlaps.toString())
			.digest('hex');
		try {
			const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; positions: Positions };
			if (cached.key === key) return cached.positions;
		} catch {
			// No cache yet, or an unreadable one: compute.
		}
		const positions = computeForceLayout(nodes, edges, seed);
		mkdirSync(dirname(cacheFile), { recursive: true });
		writeFileSync(cacheFile, JSON.stringify({ key, positions }));
		return positions;
	};
}
