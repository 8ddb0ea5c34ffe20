/**
 * Tabs of this app tell each other which stored map they changed (BroadcastChannel), so a tab
 * showing that map reads it again instead of overwriting it with an older version later. The
 * revision check of `saveMapState` catches what a message cannot (a tab that was asleep).
 */
export type MapMessage = { type: 'changed'; id: string } | { type: 'removed'; id: string };

export interface MapChannel {
	post(message: MapMessage): void;
}

const CHANNEL = 'peta-konsep-maps';

/** Listens to the other tabs; null where there is no BroadcastChannel (then the revision check alone guards). */
export function openMapChannel(heard: (message: MapMessage) => void): MapChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(CHANNEL);
	// Node's channel would keep a test process alive; a page's lives as long as the page.
	(channel as { unref?: () => void }).unref?.();
	channel.onmessage = (event: MessageEvent<MapMessage>) => {
		const message = event.data;
		if ((message?.type === 'changed' || message?.type === 'removed') && typeof message.id === 'string') heard(message);
	};
	return { post: (message) => channel.postMessage(message) };
}
