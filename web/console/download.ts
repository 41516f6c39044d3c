/**
 * Downloads under the console's CSP: the file is fetched with the moderator's bearer token (a plain link
 * could not carry it), kept as a Blob, and saved through a short-lived `blob:` URL on a link with
 * `download`. A download is a navigation, which the CSP's fetch directives do not govern, so nothing in
 * the policy needs to allow `blob:`.
 */
import type { Api, Period } from './api';

/** Saves `parts` as a file named `name` of type `type`. */
export function saveFile(name: string, parts: readonly BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is freed after a grace period.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
