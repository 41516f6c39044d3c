/**
 * Saves data as a file, for the widget and the console alike: a Blob behind a hidden `<a download>`
 * under `parent` (a shadow root's node or the document's body). A download is a navigation, which a
 * strict CSP's fetch directives do not govern, and no inline code runs. The URL is revoked after a grace
 * period, as browsers may still be reading it after the click.
 */
export function saveFile(parent: Node, name: string, parts: readonly BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
