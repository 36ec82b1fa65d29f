import type { AccessMatrix } from '@localplus/plugin-access-common';

/**
 * Numbers each distinct condition of the matrix's conditional cells, in the
 * order they first appear, so a cell can show a footnote mark instead of
 * the whole condition.
 */
export function conditionFootnotes(matrix: AccessMatrix): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const permission of matrix.permissions) {
    for (const role of matrix.roles) {
      const condition = matrix.cells[permission.name]?.[role.id]?.condition;
      if (condition && !numbers.has(condition)) {
        numbers.set(condition, numbers.size + 1);
      }
    }
  }
  return numbers;
}
