/** The console's status sentences after a bulk decision: counted, singular for one, failures said apart. */
import { describe, expect, it } from 'vitest';
import { bulkOutcome } from '../../../web/console/queue-actions';

describe('bulkOutcome', () => {
  it('says how many comments were decided, in a sentence', () => {
    expect(bulkOutcome('approve', 2, 0)).toBe('2 comments approved.');
    expect(bulkOutcome('reject', 1, 0)).toBe('1 comment rejected.');
  });

  it('says apart the ones that could not be decided, and where to read why', () => {
    expect(bulkOutcome('approve', 2, 1)).toBe('2 comments approved; 1 could not be, and its card says why.');
    expect(bulkOutcome('reject', 0, 3)).toBe('No comment rejected; 3 could not be, and their cards say why.');
  });
});
