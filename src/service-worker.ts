/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The offline classroom: after one visit, every page, the app's code, graph.json and the
 * articles come from this browser's cache, network or not. Each build has a cache of its own;
 * a new build waits until the page asks for it (the teacher chose "reload"), so nothing is
 * swapped mid-lesson, and once it takes over the old build's cache, graph.json included, is gone.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'peta-konsep-';
const CACHE = `${PREFIX}${version}`;
/** Host configuration, not something the app loads. */
const NOT_CACHED = new Set([`${base}/_headers`, `${base}/robots.txt`]);
/** The app's code and styles, the static files (graph.json, icons, fonts), and every prerendered page. */
const ASSETS = [...build, ...files.filter((file) => !NOT_CACHED.has(file)), ...prerendered];
const ASSET_SET = new Set(ASSETS);
/** The page static hosts serve for unknown addresses; preview servers may not have it. */
const FALLBACK_PAGE = `${base}/404.html`;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			// Past the HTTP cache: a new build must never keep the last build's graph.json.
			await cache.addAll(ASSETS.map((path) => new Request(path, { cache: 'reload' })));
			await cache.add(new Request(FALLBACK_PAGE, { cache: 'reload' })).catch(() => undefined);
		})
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			// The first visit's page is looked after at once, so it works offline without a reload.
			await worker.clients.claim();
		})()
	);
});

// Only the page decides when a waiting build takes over.
worker.addEventListener('message', (event) => {
	// Kept alive until the switch is made, so an idle worker cannot be stopped half-way.
	if (event.data?.type === 'skip-waiting') event.waitUntil(worker.skipWaiting());
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (ASSET_SET.has(url.pathname)) event.respondWith(fromCache(url.pathname, request));
	else if (request.mode === 'navigate') event.respondWith(navigate(url, request));
});

/** A file of this build: always the cached copy (it cannot change within a build). */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}

/** A page: the prerendered one whatever the query (?node=, ?root=, ?lang= …), else the network, else the fallback page. */
async function navigate(url: URL, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const page = await cache.match(url.pathname.replace(/\.html$/, '').replace(/(.)\/$/, '$1'), { ignoreSearch: true });
	if (page) return page;
	try {
		return await fetch(request);
	} catch (error) {
		const fallback = await cache.match(FALLBACK_PAGE);
		if (fallback) return fallback;
		throw error;
	}
}
