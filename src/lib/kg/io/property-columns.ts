/**
 * The typed columns GEXF and GraphML declare for a graph's properties: one per
 * name, typed by every value under it (a column mixing types is text), so a
 * file's `modularity_class` goes back out as an integer and `pagerank` as a double.
 */
import type { KnowledgeGraph, Properties, PropertyValue } from '../model';

export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

export interface PropertyColumn {
	name: string;
	type: ColumnType;
}

function typeOf(value: PropertyValue): ColumnType {
	if (typeof value === 'boolean') return 'boolean';
	if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
	return 'string';
}

function merge(a: ColumnType | undefined, b: ColumnType): ColumnType {
	if (a === undefined || a === b) return b;
	if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
	return 'string';
}

function columnsOf(each: (visit: (properties: Properties | undefined) => void) => void): PropertyColumn[] {
	const types = new Map<string, ColumnType>();
	each((properties) => {
		for (const [name, value] of Object.entries(properties ?? {})) types.set(name, merge(types.get(name), typeOf(value)));
	});
	return [...types].map(([name, type]) => ({ name, type }));
}

export function propertyColumns(graph: KnowledgeGraph): { node: PropertyColumn[]; edge: PropertyColumn[] } {
	return {
		node: columnsOf((visit) => graph.forEachNode((_key, node) => visit(node.properties))),
		edge: columnsOf((visit) => graph.forEachEdge((_key, edge) => visit(edge.properties)))
	};
}

/** `#rrggbb` or `#rrggbbaa` (short forms expanded) as channels; alpha 0..1 when given. */
export function colorChannels(hex: string): { r: number; g: number; b: number; a?: number } | null {
	let digits = hex.replace(/^#/, '');
	if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join('');
	if (!/^[0-9a-f]{6}(?:[0-9a-f]{2})?$/i.test(digits)) return null;
	const channel = (i: number) => parseInt(digits.slice(i, i + 2), 16);
	const rgb = { r: channel(0), g: channel(2), b: channel(4) };
	return digits.length === 8 ? { ...rgb, a: Math.round((channel(6) / 255) * 1000) / 1000 } : rgb;
}
