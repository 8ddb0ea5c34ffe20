// Every page is prerendered to static HTML; the graph is fetched in the browser.
export const prerender = true;
export const trailingSlash = 'never';
