import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

/** A CSP source for one inline <style> whose text is known in advance. */
const styleHash = (css) => `sha256-${createHash('sha256').update(css).digest('base64')}`;

/**
 * The Content-Security-Policy of every page, written into each prerendered page as a <meta> with
 * the hashes of SvelteKit's inline bootstrap. Scripts only from our origin, no eval, no inline
 * script; images also as data: URLs (PNG snapshots of the canvas for printing and the PDF).
 * frame-ancestors cannot travel in a <meta>: static/_headers carries it for hosts that read it.
 */
const contentSecurityPolicy = {
	'default-src': ['self'],
	'script-src': ['self'],
	// Cytoscape adds one fixed rule to <head> (its container's position); nothing else inline.
	'style-src': ['self', styleHash('.__________cytoscape_container { position: relative; }')],
	// One style attribute is allowed, by its hash: SvelteKit's visually hidden route announcer.
	'style-src-attr': [
		'unsafe-hashes',
		styleHash('position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px')
	],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// A static site: the explorer runs entirely in the browser from static/graph.json.
		// BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. parallel test runs).
		adapter: adapter({
			pages: process.env.BUILD_DIR || 'build',
			assets: process.env.BUILD_DIR || 'build',
			fallback: '404.html'
		}),
		outDir: process.env.KIT_OUT_DIR || '.svelte-kit',
		prerender: { handleHttpError: 'fail' },
		csp: { mode: 'hash', directives: contentSecurityPolicy },
		// Registered by the page in production builds only (UpdateBanner), so `vite dev` never has one.
		serviceWorker: { register: false }
	}
};

export default config;
