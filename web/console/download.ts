/**
 * Downloads under the console's CSP: the file is fetched with the moderator's bearer token (a plain link
 * could not carry it), kept as a Blob, and saved through a short-lived `blob:` URL (web/save-file.ts).
 */
import { saveFile } from '../save-file';
import type { Api, Period } from './api';

/** Saves `parts` as a file named `name` of type `type` (see web/save-file.ts). */
export const saveDownload = (name: string, parts: readonly BlobPart[], type: string): void =>
  saveFile(document.body, name, parts, type);

/**
 * Every statement of reasons of the period as JSON Lines, page after page (`x-next-cursor`), each page
 * kept as a Blob so a long year does not build one huge string; `progress` hears the lines so far.
 */
export async function statementsExport(
  api: Api,
  period: Period,
  progress: (lines: number) => void = () => {},
): Promise<{ parts: Blob[]; lines: number }> {
  const parts: Blob[] = [];
  let lines = 0;
  let cursor: string | undefined;
  do {
    const page = await api.statementsPage(period, cursor);
    // Every line ends with a newline (pages concatenate), so counting them counts the statements.
    lines += page.text.split('\n').length - 1;
    parts.push(new Blob([page.text]));
    cursor = page.headers.get('x-next-cursor') ?? undefined;
    progress(lines);
  } while (cursor);
  return { parts, lines };
}
