/**
 * A change set is the fields an edit touched. On the wire a cleared optional field is null
 * (JSON has no undefined); applying a change set removes such a field.
 */
export type ChangeSet = Record<string, unknown>;

export function toWireChanges(changed: object): ChangeSet {
  return Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, v === undefined ? null : v]));
}

export function applyChanges<T extends object>(record: T, changes: ChangeSet): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null) delete next[key];
    else next[key] = value;
  }
  return next as unknown as T;
}
