/** How long the Blob URL lives: some browsers start the download asynchronously. */
export const REVOKE_AFTER_MS = 10_000;

/** A file fetched from a backend, and the name to save it under. */
export type FileToSave = {
  blob: Blob;
  fileName: string;
};

/**
 * Hands a file to the browser to save under its name, through a
 * short-lived Blob URL: the file came through the portal's fetch API (with
 * the person's token), so a plain link to the route would be refused.
 */
export function saveFile(file: FileToSave): void {
  const url = URL.createObjectURL(file.blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
