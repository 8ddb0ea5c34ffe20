/**
 * What GEXF and GraphML share: a DOM parser that runs in Node and in the
 * browser alike (@xmldom/xmldom, which graphology-gexf/-graphml use too) and
 * reports line and column, structural checks with line numbers, and escaping.
 */
import { DOMParser } from '@xmldom/xmldom';
import { failure, importError, lineColumnAt, type ImportError } from './errors';

export type XmlParseResult = { ok: true; document: Document } | { ok: false; error: ImportError };

const POSITION = /@#\[line:(\d+),col:(\d+)\]/;

/** The Document class of the parser in use: graphology's parsers check `instanceof` against it. */
let xmlDocumentClass: unknown;
export function xmlDocumentConstructor(): unknown {
	xmlDocumentClass ??= new DOMParser().parseFromString('<t/>', 'application/xml').constructor;
	return xmlDocumentClass;
}
export { DOMParser as XmlDomParser };

/**
 * Parses strictly: xmldom recovers from many mistakes with only a warning,
 * but a graph file with a broken tag must not import half its content.
 */
export function parseXml(text: string, format: string, rootName: string): XmlParseResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const start = body.trimStart()[0];
	if (start !== '<')
		return failure('wrong-format', { expected: format, found: start === '{' || start === '[' ? 'JSON' : 'text' });

	const unbalanced = findUnbalancedTag(body);
	if (unbalanced) return { ok: false, error: unbalanced };

	const messages: string[] = [];
	let document: Document | undefined;
	try {
		document = new DOMParser({
			locator: {},
			errorHandler: (_level: string, message: unknown) => void messages.push(String(message))
		}).parseFromString(body, 'application/xml');
	} catch (error) {
		messages.push(String(error));
	}
	if (messages.length > 0 || !document?.documentElement) {
		const message = messages[0] ?? 'no root element';
		const position = POSITION.exec(message);
		const detail = message
			.replace(POSITION, '')
			.replace(/^\[xmldom \w+\]\s*/, '')
			.trim();
		return failure(
			'malformed-xml',
			{ detail },
			position ? { line: Number(position[1]), column: Number(position[2]) } : undefined
		);
	}
	const root = document.documentElement.localName || document.documentElement.tagName;
	if (root.toLowerCase() !== rootName)
		return failure('wrong-format', { expected: format, found: `<${root}>` }, { line: lineOf(document.documentElement) });
	return { ok: true, document };
}

/**
 * Start and end tags must pair up. xmldom skips an end tag that matches no
 * open element without a word, so a file with a lost `</node>` would load
 * with its nodes nested wrongly; this scan catches that first.
 */
export function findUnbalancedTag(text: string): ImportError | null {
	const open: { name: string; offset: number }[] = [];
	const at = (offset: number) => lineColumnAt(text, offset);
	const skipTo = (from: number, marker: string, what: string): number | ImportError => {
		const end = text.indexOf(marker, from);
		return end < 0 ? importError('malformed-xml', { detail: `${what} is never closed` }, at(from)) : end + marker.length;
	};
	// An "&" must start a reference; xmldom keeps a bare one silently.
	const bareAmpersand = /&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z_][\w.-]*;)/g;
	const findBareAmpersand = (from: number) => {
		bareAmpersand.lastIndex = from;
		return bareAmpersand.exec(text)?.index ?? -1;
	};
	let ampersand = findBareAmpersand(0);
	const ampersandError = () =>
		importError('malformed-xml', { detail: 'a bare "&" (write it as &amp;)' }, at(ampersand));
	let i = text.indexOf('<');
	while (i >= 0 && i < text.length) {
		if (ampersand >= 0 && ampersand < i) return ampersandError();
		const markup = text.startsWith('<!', i) || text.startsWith('<?', i);
		let next: number | ImportError;
		if (text.startsWith('<!--', i)) next = skipTo(i + 4, '-->', 'a comment');
		else if (text.startsWith('<![CDATA[', i)) next = skipTo(i + 9, ']]>', 'a CDATA section');
		else if (text.startsWith('<?', i)) next = skipTo(i + 2, '?>', 'a processing instruction');
		else if (text.startsWith('<!', i)) next = skipTo(i + 2, '>', 'a declaration');
		else {
			const closing = text[i + 1] === '/';
			const name = /^[^\s/>]+/.exec(text.slice(closing ? i + 2 : i + 1, i + 256))?.[0];
			if (!name) return importError('malformed-xml', { detail: 'a "<" that starts no tag (write it as &lt;)' }, at(i));
			// The tag ends at the first ">" outside quoted attribute values.
			let j = i + (closing ? 2 : 1) + name.length;
			let quote = '';
			while (j < text.length && (quote || text[j] !== '>')) {
				if (quote) {
					if (text[j] === quote) quote = '';
				} else if (text[j] === '"' || text[j] === "'") quote = text[j];
				j++;
			}
			if (j >= text.length) return importError('malformed-xml', { detail: `the tag <${name}> is never closed with ">"` }, at(i));
			if (closing) {
				const top = open.pop();
				if (!top) return importError('malformed-xml', { detail: `</${name}> closes no open tag` }, at(i));
				if (top.name !== name)
					return importError(
						'malformed-xml',
						{ detail: `</${name}> found where </${top.name}> (opened on line ${at(top.offset).line}) was expected` },
						at(i)
					);
			} else if (text[j - 1] !== '/') open.push({ name, offset: i });
			next = j + 1;
		}
		if (typeof next !== 'number') return next;
		// Comments, CDATA and declarations may hold any "&".
		if (markup && ampersand >= i && ampersand < next) ampersand = findBareAmpersand(next);
		i = text.indexOf('<', next);
	}
	if (ampersand >= 0) return ampersandError();
	const unclosed = open.pop();
	if (unclosed) return importError('malformed-xml', { detail: `<${unclosed.name}> is never closed` }, at(unclosed.offset));
	return null;
}

function lineOf(element: Element): number | undefined {
	return (element as Element & { lineNumber?: number }).lineNumber;
}

function elements(document: Document, tag: string): Element[] {
	return Array.from(document.getElementsByTagName(tag));
}

/**
 * Duplicate ids and edges to missing nodes, found on the DOM so
 * the error can give the line (the graphology parsers would merge duplicate
 * edges silently and report the rest without a position).
 */
export function checkXmlGraph(document: Document): ImportError | null {
	const nodeIds = new Set<string>();
	for (const node of elements(document, 'node')) {
		const id = node.getAttribute('id') ?? '';
		const where = { line: lineOf(node), field: 'id' };
		if (id === '') return importError('schema', { problem: 'node without an id' }, where);
		if (nodeIds.has(id)) return importError('duplicate-node', { key: id }, where);
		nodeIds.add(id);
	}
	const edgeIds = new Set<string>();
	for (const [i, edge] of elements(document, 'edge').entries()) {
		const id = edge.getAttribute('id') ?? '';
		const line = lineOf(edge);
		if (id !== '') {
			if (edgeIds.has(id)) return importError('duplicate-edge', { key: id }, { line, field: 'id' });
			edgeIds.add(id);
		}
		const source = edge.getAttribute('source') ?? '';
		const target = edge.getAttribute('target') ?? '';
		for (const [end, node] of [
			['source', source],
			['target', target]
		] as const)
			if (!nodeIds.has(node))
				return importError('dangling-edge', { key: id || String(i), end, node }, { line, field: end });
	}
	return null;
}

// XML 1.0 cannot carry these code points at all, even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text content; `\r` is written as a reference because parsers normalise a raw one to `\n`. */
export function escapeXmlText(value: string): string {
	return value
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; whitespace is referenced so attribute normalisation keeps it. */
export function escapeXmlAttribute(value: string): string {
	return escapeXmlText(value)
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/\n/g, '&#10;')
		.replace(/\t/g, '&#9;');
}
