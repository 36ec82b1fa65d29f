import type { RotationFile } from './fileSchema';
import { localDateTime } from './localTime';

/** A problem found across fields, with the path of the field at fault. */
export interface SpecProblem {
  field: string;
  message: string;
}

/**
 * The checks that need more than one field: local date-times read in the
 * file's time zone, a layer's end after its start, unique layer names, a
 * primary layer, and escalation steps in increasing delay.
 */
export function checkRotationSpec(spec: RotationFile['spec']): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const firstLayerNamed = new Map<string, number>();

  spec.layers.forEach((layer, index) => {
    const path = `spec.layers[${index}]`;
    const start = localDateTime(layer.start, spec.timeZone);
    if ('error' in start) {
      problems.push({ field: `${path}.start`, message: start.error });
    }
    if (layer.end !== undefined) {
      const end = localDateTime(layer.end, spec.timeZone);
      if ('error' in end) {
        problems.push({ field: `${path}.end`, message: end.error });
      } else if ('millis' in start && end.millis <= start.millis) {
        problems.push({ field: `${path}.end`, message: 'must be after start' });
      }
    }
    const earlier = firstLayerNamed.get(layer.name);
    if (earlier === undefined) {
      firstLayerNamed.set(layer.name, index);
    } else {
      problems.push({
        field: `${path}.name`,
        message: `"${layer.name}" is already the name of spec.layers[${earlier}]`,
      });
    }
  });

  if (!spec.layers.some(layer => layer.role === 'primary')) {
    problems.push({
      field: 'spec.layers',
      message: 'must hold at least one layer with role primary',
    });
  }

  (spec.escalation ?? []).forEach((step, index, steps) => {
    if (index > 0 && step.after <= steps[index - 1].after) {
      problems.push({
        field: `spec.escalation[${index}].after`,
        message: `must be later than the step before (${
          steps[index - 1].after
        } minutes): steps are listed in increasing delay`,
      });
    }
  });
  return problems;
}
