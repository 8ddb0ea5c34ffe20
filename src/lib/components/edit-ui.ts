/**
 * The explorer's editing controls, loaded when edit mode starts: a person who only explores
 * never downloads them (nor the Markdown parser the note editor previews with).
 */
export { default as EditBar } from './EditBar.svelte';
export { default as EditDialog } from './EditDialog.svelte';
export { default as EditPanel } from './EditPanel.svelte';
export { default as HistoryList } from './HistoryList.svelte';
