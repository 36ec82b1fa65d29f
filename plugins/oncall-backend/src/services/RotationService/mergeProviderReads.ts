import type { RotationProblem } from '@localplus/plugin-oncall-common';
import type {
  ProvidedRotation,
  ProvidedRotations,
} from '@localplus/plugin-oncall-node';

/** What one provider answered, or why it could not. */
export type ProviderRead =
  | { provider: string; read: ProvidedRotations; error?: undefined }
  | { provider: string; error: string; read?: undefined };

/**
 * Every provider's rotations in one list. A rotation name taken by an
 * earlier provider (or rotation) is a problem of the later one; a provider
 * that failed keeps its rotations of the previous read, with a problem
 * saying they may be stale.
 */
export function mergeProviderReads(
  reads: readonly ProviderRead[],
  previous: readonly ProvidedRotation[],
): { rotations: ProvidedRotation[]; problems: RotationProblem[] } {
  const rotations: ProvidedRotation[] = [];
  const problems: RotationProblem[] = [];
  const byName = new Map<string, ProvidedRotation>();
  for (const { provider, read, error } of reads) {
    let provided: readonly ProvidedRotation[];
    if (read) {
      provided = read.rotations;
      problems.push(...read.problems);
    } else {
      provided = previous.filter(rotation => rotation.provider === provider);
      problems.push({
        // No entity points at a provider: the problem is named after it.
        entityRef: `provider:${provider}`,
        source: provider,
        message: `The ${provider} provider could not be read (${error}); ${
          provided.length > 0
            ? 'its rotations are shown as last read'
            : 'none of its rotations is shown'
        }`,
      });
    }
    for (const rotation of provided) {
      const { name, owner } = rotation.definition;
      const first = byName.get(name);
      if (first) {
        problems.push({
          entityRef: owner,
          source: rotation.source,
          field: 'metadata.name',
          message: `The rotation name ${name} is already used by ${first.source} (${first.provider}); this rotation is left out`,
        });
        continue;
      }
      byName.set(name, rotation);
      rotations.push(rotation);
    }
  }
  return { rotations, problems };
}
