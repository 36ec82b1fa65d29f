/**
 * Hands a downloaded file to the browser under a name: the archive came
 * through fetchApi (with the person's token), so it cannot be a plain link.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked after the click has been handled, not before it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
