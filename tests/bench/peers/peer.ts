/** The peer page: draws with the renderer its query names (?renderer=sigma, cytoscape or cytoscape-lean). */
import { leanestCytoscape, plainCytoscape } from './cytoscape-peers';
import { PEER_RENDERERS, startPeer, type DrawPeer } from './peer-shell';
import { drawWithSigma } from './sigma-peer';

const draws: Record<(typeof PEER_RENDERERS)[number], DrawPeer> = { sigma: drawWithSigma, cytoscape: plainCytoscape, 'cytoscape-lean': leanestCytoscape };
const name = new URLSearchParams(location.search).get('renderer');
const draw = draws[name as keyof typeof draws];
if (!draw) throw new Error(`unknown peer renderer "${name}": one of ${PEER_RENDERERS.join(', ')}`);
startPeer(draw);
