/**
 * Mermaid text for notes and slides: a mind map around one concept, or a
 * flowchart of the current view. Export only; Mermaid is not a data format.
 */
import type { KnowledgeGraph } from '../model';
import type { Lang } from '../lang';
import { nodeLabel, relationLabel } from '../labels';
import type { SerializeOptions, TeacherWords } from './index';
import { conceptGrounding, isTeacherOnly, relationGrounding, TEACHER_MARK } from '../grounding';
import { neighbourhoodTree, oneLine } from './text-outline';

/**
 * Text inside a quoted Mermaid label. Mermaid decodes `#quot;`-style entity
 * codes in every diagram type, so quotes, ampersands, backslashes and the
 * characters that open shapes or markup become codes instead of breaking the
 * syntax or being read as entities and escapes.
 */
export function escapeMermaidText(text: string): string {
	return oneLine(text)
		.replace(/#/g, '#35;')
		// Mermaid reads a written "&amp;" as "&" and a written "\n" as a line break: both stay as written.
		.replace(/&/g, '#38;')
		.replace(/\\/g, '#92;')
		.replace(/"/g, '#quot;')
		.replace(/</g, '#lt;')
		.replace(/>/g, '#gt;')
		.replace(/`/g, '#96;');
}

/** An id Mermaid accepts: letters, digits and underscores, never a keyword such as `end`. */
export function sanitizeMermaidId(key: string): string {
	return 'n_' + key.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Unique sanitised ids: two keys that sanitise alike get numbered. */
function idAssigner(): (key: string) => string {
	const byKey = new Map<string, string>();
	const used = new Set<string>();
	return (key) => {
		let id = byKey.get(key);
		if (id) return id;
		const base = sanitizeMermaidId(key);
		id = base;
		for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
		used.add(id);
		byKey.set(key, id);
		return id;
	};
}

export interface MindmapOptions {
	/** How many steps from the root; 2 by default. */
	depth?: number;
	lang: Lang;
}

/** A concept's label, with the teacher's mark when no passage grounds it. */
function labelOf(graph: KnowledgeGraph, key: string, lang: Lang): string {
	const label = escapeMermaidText(nodeLabel(graph, key, lang));
	return isTeacherOnly(conceptGrounding(graph, key)) ? `${label} ${TEACHER_MARK}` : label;
}

export function serializeMermaidMindmap(graph: KnowledgeGraph, rootKey: string, options: MindmapOptions): string {
	if (!graph.hasNode(rootKey)) throw new Error(`Unknown node "${rootKey}"`);
	const tree = neighbourhoodTree(graph, rootKey, options.depth ?? 2);
	const children = new Map<string | null, typeof tree>();
	for (const entry of tree) children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
	const idOf = idAssigner();
	const lines = ['mindmap'];
	const visit = (key: string, level: number) => {
		const text = labelOf(graph, key, options.lang);
		// The root is drawn as a circle so it stands out; the hierarchy is the indentation.
		const shaped = level === 0 ? `(("${text}"))` : `["${text}"]`;
		lines.push(`${'  '.repeat(level + 1)}${idOf(key)}${shaped}`);
		for (const child of children.get(key) ?? []) visit(child.key, level + 1);
	};
	visit(rootKey, 0);
	return lines.join('\n') + '\n';
}

export interface FlowchartOptions {
	/** The nodes to draw (the current view); all nodes when absent. */
	nodes?: string[];
	lang: Lang;
	/** The legend's words for the teacher's mark; without them the mark is drawn without a legend. */
	teacherWords?: TeacherWords;
}

export function serializeMermaidFlowchart(graph: KnowledgeGraph, options: FlowchartOptions): string {
	const keys = (options.nodes ?? graph.nodes()).filter((key) => graph.hasNode(key));
	const included = new Set(keys);
	const idOf = idAssigner();
	const lines = ['flowchart LR'];
	const teachers: string[] = [];
	for (const key of keys) {
		lines.push(`  ${idOf(key)}["${labelOf(graph, key, options.lang)}"]`);
		if (isTeacherOnly(conceptGrounding(graph, key))) teachers.push(idOf(key));
	}
	let teacherEdges = 0;
	graph.forEachEdge((edge, attributes, source, target) => {
		if (!included.has(source) || !included.has(target)) return;
		const label = escapeMermaidText(relationLabel(graph, attributes.relation, options.lang));
		// The teacher's own relation is dotted and marked, like their concepts' dashed outline.
		const own = isTeacherOnly(relationGrounding(graph, edge));
		if (own) teacherEdges++;
		lines.push(own ? `  ${idOf(source)} -.->|"${label} ${TEACHER_MARK}"| ${idOf(target)}` : `  ${idOf(source)} -->|"${label}"| ${idOf(target)}`);
	});
	if (teachers.length > 0) lines.push('  classDef teacher stroke-dasharray: 5 5', `  class ${teachers.join(',')} teacher`);
	if ((teachers.length > 0 || teacherEdges > 0) && options.teacherWords)
		lines.push(`  teacher_legend["${escapeMermaidText(options.teacherWords.legend)}"]`, '  style teacher_legend fill:#ffffff,stroke-dasharray: 5 5');
	return lines.join('\n') + '\n';
}

/** A mind map around the root when one is given, else a flowchart of the given nodes (all by default). */
export function serialize(graph: KnowledgeGraph, options: SerializeOptions = {}): string {
	const lang = options.lang ?? 'id';
	return options.rootKey && graph.hasNode(options.rootKey)
		? serializeMermaidMindmap(graph, options.rootKey, { lang, depth: options.depth })
		: serializeMermaidFlowchart(graph, { lang, nodes: options.nodes, teacherWords: options.teacherWords });
}
