// The graphology XML parsers' factories, imported directly so the parser gets
// our DOM implementation in every environment (their package entries pick one
// by platform). Untyped upstream.
declare module 'graphology-gexf/common/parser.js' {
	import type Graph from 'graphology';
	const createParserFunction: (
		domParser: unknown,
		documentClass: unknown
	) => (graphClass: typeof Graph, source: Document, options?: Record<string, boolean>) => Graph;
	export default createParserFunction;
}
declare module 'graphology-graphml/common/parser.js' {
	import type Graph from 'graphology';
	const createParserFunction: (
		domParser: unknown,
		documentClass: unknown
	) => (graphClass: typeof Graph, source: Document, options?: Record<string, boolean>) => Graph;
	export default createParserFunction;
}
