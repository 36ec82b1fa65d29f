/**
 * An overlay that cannot be rendered safely or at all: outside the entity's
 * folder, a link leading out, a remote base, too large, or kustomize's own
 * failure. The message is the observation's reason.
 */
export class ManifestSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestSourceError';
  }
}
