import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  ScmIntegrationRegistry,
  replaceGithubUrlType,
} from '@backstage/integration';
import type { FolderContents } from '@localplus/entity-files-node';

export interface ReadUrlDecisionFolderOptions {
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
  maxBytes: number;
  maxFiles: number;
  /** Which names of the folder's top level are decision files. */
  include(fileName: string): boolean;
}

/** The URL people open to see one file of the folder. */
function fileUrl(
  folderUrl: string,
  fileName: string,
  integrations: ScmIntegrationRegistry,
): string {
  const url = new URL(encodeURIComponent(fileName), `${folderUrl}/`).toString();
  // GitHub shows a file under blob/, a folder under tree/.
  return integrations.github.byUrl(url)
    ? replaceGithubUrlType(url, 'blob')
    : url;
}

/**
 * Reads the decision files at the top level of a folder through the
 * UrlReader (`readTree`, so one download per folder; only the configured
 * integrations are reachable). The filter keeps the archive's other files,
 * and decision files larger than `maxBytes`, out of memory: the large ones
 * are listed in `skipped`, those beyond `maxFiles` counted in `omitted`.
 * A folder that cannot be read at all is an error.
 */
export async function readUrlDecisionFolder(
  url: string,
  options: ReadUrlDecisionFolderOptions,
): Promise<FolderContents> {
  const { maxBytes, maxFiles, integrations } = options;
  const contents: FolderContents = {
    location: url,
    files: [],
    skipped: [],
    omitted: 0,
  };
  const tooLarge = (fileName: string) =>
    contents.skipped.push({
      fileName,
      location: fileUrl(url, fileName, integrations),
      reason: `is larger than ${maxBytes} bytes`,
    });
  let accepted = 0;
  let tree;
  try {
    tree = await options.urlReader.readTree(url, {
      filter(filePath, info) {
        if (filePath.includes('/') || !options.include(filePath)) {
          return false;
        }
        if (info && info.size > maxBytes) {
          tooLarge(filePath);
          return false;
        }
        if (accepted >= maxFiles) {
          contents.omitted += 1;
          return false;
        }
        accepted += 1;
        return true;
      },
    });
  } catch (error) {
    throw new InputError(
      `The decision folder ${url} could not be read: ${
        (error as Error).message
      }`,
      error,
    );
  }
  const files = await tree.files();
  for (const file of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    // Readers that do not tell sizes to the filter are checked here.
    const buffer = await file.content();
    if (buffer.length > maxBytes) {
      tooLarge(file.path);
      continue;
    }
    contents.files.push({
      fileName: file.path,
      location: fileUrl(url, file.path, integrations),
      text: buffer.toString('utf8'),
    });
  }
  return contents;
}
