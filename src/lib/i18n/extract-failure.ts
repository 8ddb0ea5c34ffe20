/**
 * Why finding concepts failed, in the page's language: a file's read problem in the words the
 * texts step uses for it, no text or a running extraction in their own, and a fault of the
 * extractor (no problem code) with its own text inside the general message.
 */
import type { ExtractProblem } from '../kg/extract/worker-protocol';
import type { MessageKey } from './i18n.svelte';

export interface ExtractFailure {
	failed: string;
	problem?: ExtractProblem;
	file?: string;
	detail?: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function extractFailureText(failure: ExtractFailure, t: Translate): string {
	const { problem, file = '', detail = '' } = failure;
	if (!problem) return t('own.failed', { message: failure.failed });
	if (problem === 'no-input' || problem === 'busy' || problem === 'worker-failed') return t(`own.error.${problem}`, { detail });
	return `${t(`own.problem.${problem}`, { file, detail })} ${t('own.problemsKept')}`;
}
