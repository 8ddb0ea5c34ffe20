/**
 * Where a concept or a relation comes from, so nothing pretends to be grounded when it is not:
 * the articles (or the imported file), the teacher with a passage behind it, or the teacher alone.
 * The panel, the presenter and every export word it from here.
 */
import type { KnowledgeGraph } from './model';
import { TEACHER_ORIGIN } from './edit/attributes';

/** The sign of what the teacher added without a passage, on the panel and in every export. */
export const TEACHER_MARK = '✎';

export type Grounding = 'source' | 'teacher-grounded' | 'teacher-only';

export function conceptGrounding(graph: KnowledgeGraph, key: string): Grounding {
	const { origin, mentions } = graph.getNodeAttributes(key);
	return grounding(origin, mentions.length);
}

export function relationGrounding(graph: KnowledgeGraph, key: string): Grounding {
	const { origin, evidence } = graph.getEdgeAttributes(key);
	return grounding(origin, evidence.length);
}

const grounding = (origin: string | undefined, spans: number): Grounding =>
	origin !== TEACHER_ORIGIN ? 'source' : spans > 0 ? 'teacher-grounded' : 'teacher-only';

/** Whether the teacher added it and no passage of the articles states it yet. */
export const isTeacherOnly = (g: Grounding) => g === 'teacher-only';
