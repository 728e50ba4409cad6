// A field-level diff for the audit log and the version comparison: every leaf that differs
// between two versions, named by its path (economy.rows.2.values.3), with both values.

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function diffFields(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) {
      const childPath = path ? `${path}.${i}` : String(i);
      if (i >= before.length) changes.push({ path: childPath, before: undefined, after: after[i] });
      else if (i >= after.length)
        changes.push({ path: childPath, before: before[i], after: undefined });
      else changes.push(...diffFields(before[i], after[i], childPath));
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) =>
      diffFields(before[key], after[key], path ? `${path}.${key}` : key),
    );
  }
  return [{ path, before, after }];
}
