/** The use cases' one answer to a comment moved between their read and their write (shared/app/conflict-retry.ts). */
import { describe, expect, it } from 'vitest';
import { againWhenMoved } from '../../../shared/app/conflict-retry';
import { CommentNotFoundError, VersionConflictError } from '../../../shared/errors';

describe('againWhenMoved', () => {
  it('runs the step again after a conflict, telling it which attempt it is', async () => {
    const attempts: number[] = [];
    const out = await againWhenMoved((attempt) => {
      attempts.push(attempt);
      return attempt < 3 ? Promise.reject(new VersionConflictError()) : Promise.resolve('done');
    });
    expect(out).toBe('done');
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('gives up with the conflict after three attempts', async () => {
    let runs = 0;
    await expect(
      againWhenMoved(() => {
        runs++;
        return Promise.reject(new VersionConflictError());
      }),
    ).rejects.toThrow(VersionConflictError);
    expect(runs).toBe(3);
  });

  it('throws any other error at once', async () => {
    let runs = 0;
    await expect(
      againWhenMoved(() => {
        runs++;
        return Promise.reject(new CommentNotFoundError());
      }),
    ).rejects.toThrow(CommentNotFoundError);
    expect(runs).toBe(1);
  });
});
