import type { z } from 'zod';
import { type Issue, issue } from './issues.js';

export interface ZodLocation {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column: string;
}

/**
 * Checks data against a schema and turns every zod issue into a ponam issue located on the cell
 * the field came from. Returns the parsed data, or null when it is invalid.
 */
export function validate<T>(
  schema: z.ZodType<T>,
  data: unknown,
  locate: (path: PropertyKey[]) => ZodLocation,
  report: (found: Issue) => void,
): T | null {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const problem of parsed.error.issues) {
    const where = locate(problem.path);
    const value = valueAt(data, problem.path);
    report(
      issue(
        'invalid-setting',
        'error',
        { file: where.file, sheet: where.sheet, cell: where.cell, row: where.row },
        { column: where.column, expected: problem.message },
        value === undefined ? undefined : String(value),
      ),
    );
  }
  return null;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return typeof v === 'object' ? undefined : v;
}
