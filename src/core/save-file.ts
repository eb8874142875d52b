/**
 * Hands `content` (text or bytes) to the browser as a file download: a `blob:` URL followed by a link with `download`.
 * That is a navigation, not script, so a strict Content-Security-Policy allows it; the link is never
 * put into the page.
 */
export function saveFile(content: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: the browser may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
