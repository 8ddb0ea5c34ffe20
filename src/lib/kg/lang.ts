/** The languages of the app and of a map's labels: Indonesian first, English beside it. */
export type Lang = 'id' | 'en';

export const LANGS: readonly Lang[] = ['id', 'en'];

export function isLang(value: unknown): value is Lang {
	return value === 'id' || value === 'en';
}
