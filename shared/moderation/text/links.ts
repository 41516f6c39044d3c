/**
 * The links of a comment body as the renderer makes them (`scanLinks`), memoised: the links check and
 * the spam detector both read them, and the scan (linkify on every dotted word) is the costly part.
 * The result is shared by its callers: do not modify it.
 */
import { scanLinks } from '../../domain/render';
import { memoLast } from './memo';

export const linksOf = memoLast(scanLinks);
