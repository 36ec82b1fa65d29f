/** How long the Blob URL lives: some browsers start the download asynchronously. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves text as a file through a short-lived Blob URL: the CSV route needs
 * the portal's credentials, so a plain link to it would be refused.
 */
export function saveTextFile(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
