/**
 * What editing adds to a concept or a relation. Declared by augmenting the contract's interfaces,
 * so `graph.getNodeAttribute(key, 'note')` is typed everywhere, until the contract itself lists
 * them (DESIGN.md: edited maps carry "concepts without passages, marked as the teacher's own").
 */
declare module '../model' {
	interface NodeAttributes {
		/** `'teacher'`: the teacher added it; absent: it comes from the articles or the imported file. */
		origin?: 'teacher';
		/** The teacher's note, Markdown source (rendered by `parseNote`, never as HTML). */
		note?: string;
		/** Left out of this map's views without being deleted. */
		hidden?: boolean;
		/** The teacher placed it: layouts keep it where x/y say. */
		pinned?: boolean;
	}
	interface EdgeAttributes {
		origin?: 'teacher';
		note?: string;
	}
}

/** `origin` of what the teacher added (a concept or a relation), grounded in a passage since or not. */
export const TEACHER_ORIGIN = 'teacher' as const;
