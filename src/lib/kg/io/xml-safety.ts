/**
 * What GEXF and GraphML files are checked for on the DOM, before graphology
 * builds anything from them: reserved names (graphology keys its adjacency
 * and attribute objects by them, so `__proto__` would reach
 * Object.prototype), how many attributes they declare, and the GraphML
 * structures the app cannot draw (hyperedges, graphs nested in nodes).
 */
import { isReservedKey } from '../model';
import { importError, note, type ImportError, type ImportNote } from './errors';
import { MAX_ATTRIBUTES } from './limits';

/** Per element name, the attributes that hold an id or an attribute name. */
const NAMED_BY: Record<string, string[]> = {
	node: ['id'],
	edge: ['id', 'source', 'target'],
	attribute: ['id', 'title'],
	attvalue: ['for', 'id'],
	key: ['id', 'attr.name'],
	data: ['key']
};

const lineOf = (element: Element) => (element as Element & { lineNumber?: number }).lineNumber;

export function checkXmlSafety(document: Document): ImportError | null {
	for (const [tag, attributes] of Object.entries(NAMED_BY))
		for (const element of Array.from(document.getElementsByTagName(tag)))
			for (const attribute of attributes) {
				const value = element.getAttribute(attribute);
				if (value !== null && isReservedKey(value.trim()))
					return importError('reserved-key', { key: value.trim() }, { line: lineOf(element), field: attribute });
			}
	const declared = document.getElementsByTagName('attribute').length + document.getElementsByTagName('key').length;
	if (declared > MAX_ATTRIBUTES) return importError('too-many-attributes', { count: declared, limit: MAX_ATTRIBUTES });
	return null;
}

/** GraphML structures the graph model has no place for, said in the import summary. */
export function graphmlStructureNotes(document: Document): ImportNote[] {
	const notes: ImportNote[] = [];
	const hyperedges = document.getElementsByTagName('hyperedge').length;
	if (hyperedges > 0) notes.push(note('hyperedges-dropped', { count: hyperedges }));
	const nested = document.getElementsByTagName('graph').length - 1;
	if (nested > 0) notes.push(note('nested-graphs-flattened', { count: nested }));
	return notes;
}
