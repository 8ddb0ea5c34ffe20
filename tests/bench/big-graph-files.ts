/**
 * The graphs of the big-graph benchmark and tests, made at run time (never committed):
 * a seeded synthetic network laid out as a layout tool would leave it, and Gephi Lite's
 * Power Grid sample read from a local clone of gephi/gephi-lite when there is one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { seededRandom } from '../../src/lib/kg/seeded-random';

/**
 * A GEXF network of `nodes` nodes and `edges` edges with positions, shaped like a real laid-out
 * graph: nodes spread over a square at the density of Gephi's samples (about 14 units apart, as
 * Power Grid), most edges between near neighbours, a tenth long-range, and a few hubs (edges
 * drawn to low ids more often), so degrees vary as in real networks.
 */
export function networkGexf(nodes: number, edges: number, seed = 5000): string {
	const random = seededRandom(seed);
	const side = Math.sqrt(nodes) * 14;
	const points = Array.from({ length: nodes }, () => ({ x: (random() - 0.5) * side, y: (random() - 0.5) * side }));
	// A grid of cells one average spacing wide finds near neighbours without comparing all pairs.
	const cell = side / Math.sqrt(nodes);
	const grid = new Map<string, number[]>();
	const cellOf = (p: { x: number; y: number }) => `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
	points.forEach((p, i) => {
		const key = cellOf(p);
		const list = grid.get(key);
		if (list) list.push(i);
		else grid.set(key, [i]);
	});
	const near = (i: number): number[] => {
		const cx = Math.floor(points[i].x / cell);
		const cy = Math.floor(points[i].y / cell);
		const found: number[] = [];
		for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) if (j !== i) found.push(j);
		return found;
	};
	const pairs = new Set<string>();
	const list: [number, number][] = [];
	while (list.length < edges) {
		const hub = random() < 0.15;
		const source = hub ? Math.floor(random() ** 4 * nodes) : Math.floor(random() * nodes);
		let target: number;
		if (random() < 0.9) {
			const candidates = near(source);
			if (candidates.length === 0) continue;
			target = candidates[Math.floor(random() * candidates.length)];
		} else target = Math.floor(random() * nodes);
		if (target === source) continue;
		const key = source < target ? `${source}-${target}` : `${target}-${source}`;
		if (pairs.has(key)) continue;
		pairs.add(key);
		list.push([source, target]);
	}
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
		'<graph defaultedgetype="directed">\n<nodes>\n'
	];
	points.forEach((p, i) => parts.push(`<node id="${i}" label="Node ${i}"><viz:position x="${p.x.toFixed(2)}" y="${p.y.toFixed(2)}"/></node>\n`));
	parts.push('</nodes>\n<edges>\n');
	list.forEach(([s, t], i) => parts.push(`<edge id="e${i}" source="${s}" target="${t}"/>\n`));
	parts.push('</edges>\n</graph>\n</gexf>\n');
	return parts.join('');
}

/** Where a clone of gephi/gephi-lite may be (a bare mirror or a checkout); POWER_GRID_GEXF names the file itself. */
const GEPHI_LITE_CLONES = ['/work/.mirror/gephi+gephi-lite/repo', process.env.GEPHI_LITE_REPO ?? ''];
const POWER_GRID_PATH = 'packages/gephi-lite/public/samples/Power Grid.gexf';

/** Gephi Lite's Power Grid sample (4,941 nodes, 6,594 edges, numbered ids, Gephi's layout), or null when absent. */
export function powerGridGexf(): string | null {
	if (process.env.POWER_GRID_GEXF) return readFileSync(process.env.POWER_GRID_GEXF, 'utf8');
	for (const clone of GEPHI_LITE_CLONES.filter(Boolean)) {
		if (existsSync(`${clone}/${POWER_GRID_PATH}`)) return readFileSync(`${clone}/${POWER_GRID_PATH}`, 'utf8');
		if (!existsSync(clone)) continue;
		try {
			return execFileSync('git', ['--git-dir', clone, 'show', `HEAD:${POWER_GRID_PATH}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		} catch {
			/* not this clone */
		}
	}
	return null;
}
