import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => ({ doc: params.doc });
