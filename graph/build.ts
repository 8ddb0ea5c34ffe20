/**
 * `npm run graph`: corpus + curation in graph/ → static/graph.json (the graph contract).
 * Fails with every problem listed, each naming its culprit; never writes a partial file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleGraph } from '../src/lib/kg/build/assemble';
import { BuildError } from '../src/lib/kg/build/errors';
import { DEFAULT_LAYOUT_SEED } from '../src/lib/view/fcose-options';
import { applyDefaultLayout } from '../src/lib/view/default-layout';
import { cachedLayout } from './layout-cache';
import { readKnowledgeBase } from './read-knowledge-base';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? here;
const outFile = process.argv[3] ?? join(here, '..', 'static', 'graph.json');
const layoutCache = join(here, '..', 'node_modules', '.cache', 'peta-konsep', 'layout.json');

const started = performance.now();
try {
	const { graph, warnings } = assembleGraph(readKnowledgeBase(sourceDir));
	applyDefaultLayout(graph, DEFAULT_LAYOUT_SEED, cachedLayout(layoutCache));
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, JSON.stringify(graph.export()) + '\n');
	for (const w of warnings) console.warn(`warning: ${w.where}: ${w.message}`);
	const ms = Math.round(performance.now() - started);
	const { passages, documents } = graph.getAttributes();
	console.log(
		`graph: ${graph.order} concepts, ${graph.size} relations, ${passages.length} passages from ${documents.length} articles → ${relative(process.cwd(), outFile)} (${ms} ms)`
	);
} catch (error) {
	if (!(error instanceof BuildError)) throw error;
	console.error(`graph: build failed with ${error.problems.length} problem(s):`);
	for (const p of error.problems) console.error(`  - ${p.where}: ${p.message}`);
	process.exit(1);
}
