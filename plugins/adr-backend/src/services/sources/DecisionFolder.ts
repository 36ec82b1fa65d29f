/**
 * Where an entity's decision records live, resolved from its
 * `backstage.io/adr-location` annotation against the location the catalog
 * read the entity from.
 */
export type DecisionFolder =
  | {
      type: 'url';
      entityRef: string;
      /** The folder's URL, e.g. `https://github.com/localplus/docs/tree/main/adr`. */
      url: string;
    }
  | {
      type: 'file';
      entityRef: string;
      /** The folder's absolute path on this machine (development only). */
      path: string;
      /** The annotation's value, as written: how decisions' locations are shown. */
      reference: string;
    };

/** One markdown file read from a decision folder. */
export interface DecisionFolderFile {
  fileName: string;
  /** Its URL, or its path as shown to users. */
  location: string;
  text: string;
  /** Set for records the portal wrote to the development repository. */
  localDraft?: boolean;
}
