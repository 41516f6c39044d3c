/**
 * How the threat phrase lists mark their entries (`threats-phrases.ts` says what each kind and aim means): a phrase and its
 * meta, made by the kind's helper, aimed at the person addressed unless `needs` is given.
 */
import type { Meta } from './threats-phrases';

export type Entry = readonly [string, Meta];
export const act = (aim: Meta['aim'] = 'self'): Meta => ({ kind: 'act', aim });
export const watched = (aim: Meta['aim'] = 'self'): Meta => ({ kind: 'whereabouts', aim });
export const menace = (aim: Meta['aim'] = 'self'): Meta => ({ kind: 'menace', aim });
export const wish = (aim: Meta['aim'] = 'self'): Meta => ({ kind: 'wish', aim });
