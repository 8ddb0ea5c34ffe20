/**
 * The limits that keep an import from freezing or exhausting the tab, each
 * named in the message a file over it gets (what, how much, the limit).
 * They sit far above any real concept map or graph export, and low enough
 * that the work below each stays in seconds.
 */

/** Nesting of JSON values (our contract needs 5 levels) and of Markdown outline levels. */
export const MAX_NESTING_DEPTH = 64;

/**
 * Characters on one line of a line-based format; JSON and XML may be all on
 * one line. An outline line is a heading or bullet (its markup is read with
 * regular expressions, whose cost grows with the line); a CSV line may carry
 * a hub's mentions as JSON.
 */
export const MAX_OUTLINE_LINE_LENGTH = 10_000;
export const MAX_CSV_LINE_LENGTH = 1_000_000;

/** Columns of a CSV table, attribute declarations of a GEXF or GraphML file. */
export const MAX_ATTRIBUTES = 500;

/**
 * What the explorer can draw and keep fluid: more opens as the most
 * connected part of the graph, with the rest left out (the user is asked).
 */
export const MAX_DRAWN_NODES = 5_000;
export const MAX_DRAWN_EDGES = 20_000;

/** Entries of a ZIP, and the total its entries say they expand to. */
export const MAX_ZIP_ENTRIES = 1_000;
export const MAX_ZIP_TOTAL_BYTES = 100 * 1024 * 1024;

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
