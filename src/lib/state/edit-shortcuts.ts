/**
 * The keys of edit mode, as a pure decision (tested without a browser): Delete or Backspace
 * deletes the selection, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac). While the
 * person types in a field the keys are the field's: its own text undo, its own Backspace.
 */
export type EditShortcut = 'delete' | 'undo' | 'redo';

export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

export function editShortcut(press: KeyPress, typing: boolean): EditShortcut | null {
	if (typing || press.altKey) return null;
	const command = press.ctrlKey || press.metaKey;
	const key = press.key.toLowerCase();
	if (command && key === 'z') return press.shiftKey ? 'redo' : 'undo';
	if (command && key === 'y' && !press.shiftKey) return 'redo';
	if (!command && !press.shiftKey && (press.key === 'Delete' || press.key === 'Backspace')) return 'delete';
	return null;
}

/** Whether keys typed now go into text: a text field, a text area, a list box or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	const tag = element.tagName;
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag !== 'INPUT') return false;
	const type = (element as HTMLInputElement).type;
	return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}
