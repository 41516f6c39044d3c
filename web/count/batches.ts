/** The ids of a listing page in `GET /counts` batches: unique, valid, at most 100 a request. */

/** The API's article id rule (shared/domain/schemas.ts); an invalid id would fail its whole batch. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const COUNTS_BATCH = 100;

export function batches(ids: readonly string[], size = COUNTS_BATCH): string[][] {
  const unique = [...new Set(ids.map((id) => id.trim()))].filter((id) => ARTICLE_ID.test(id));
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}
