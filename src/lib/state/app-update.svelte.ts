/**
 * The service worker from the page's side: registered in production builds only (the dev server
 * serves modules as they change), and a new build that has arrived is announced, never swapped in:
 * it takes over only when the person says so, and the page then reloads onto it.
 */
const HOURLY = 60 * 60 * 1000;

class AppUpdate {
	/** A new build, installed and waiting for the word. */
	waiting = $state.raw<ServiceWorker | null>(null);
	/** "Later" was chosen: the notice steps aside until the next page load. */
	postponed = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#accepted = false;
	#reloading = false;

	async register(scriptUrl: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register(scriptUrl);
		this.#registration = registration;
		const announce = (candidate: ServiceWorker | null) => {
			// Without a controller this is the first install, not a new version of anything.
			if (candidate && navigator.serviceWorker.controller) this.waiting = candidate;
		};
		announce(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') announce(installing);
			});
		});
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#accepted) this.#reload();
		});
		// A classroom tab stays open for days: look again when it comes back into view, and hourly.
		const check = () => registration.update().catch(() => undefined);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void check();
		});
		setInterval(check, HOURLY);
	}

	/**
	 * Lets the waiting build take over; the page reloads when it has. The worker asked is the one
	 * waiting now (a newer build may have replaced the announced one), and the reload follows its
	 * activation as well as the change of controller, whichever the browser reports first.
	 */
	accept(): void {
		const candidate = this.#registration?.waiting ?? this.waiting;
		if (!candidate) return;
		this.#accepted = true;
		if (candidate.state === 'activated' || candidate.state === 'redundant') {
			this.#reload();
			return;
		}
		candidate.addEventListener('statechange', () => {
			if (candidate.state === 'activated') this.#reload();
		});
		candidate.postMessage({ type: 'skip-waiting' });
	}

	#reload(): void {
		if (this.#reloading) return;
		this.#reloading = true;
		location.reload();
	}
}

export const appUpdate = new AppUpdate();
