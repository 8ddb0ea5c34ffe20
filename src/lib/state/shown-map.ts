/**
 * The open map as a teaching view shows it, as it is now. Unedited and with nothing hidden it is
 * the map's own graph; after an edit it is a fresh copy without the hidden concepts, taken when
 * the map's revision ticks, so everything a view derives from the graph (a mind map's tree, a
 * comparison, a quiz, a tour's steps, the labels on the page) is derived again from the edited map.
 * Call it inside a `$derived`: reading the revision is what makes it follow.
 */
import { hasHidden, withoutHidden } from '../kg/query/shown';
import type { KnowledgeGraph } from '../kg/model';
import type { OpenMap } from './maps.svelte';

export function shownGraph(map: OpenMap): KnowledgeGraph {
	return map.revision === 0 && !hasHidden(map.graph) ? map.graph : withoutHidden(map.graph);
}
