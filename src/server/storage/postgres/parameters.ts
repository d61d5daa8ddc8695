/**
 * Numbered parameters for a comma-separated column list, a column's cast given by its name, not
 * by its place: `parametersFor('id, sites, role', { sites: 'jsonb' })` is `$1, $2::jsonb, $3`.
 * A cast for a column the list does not have (renamed, dropped) throws, so a statement built at
 * module load fails there, not on a write.
 */
export function parametersFor(columnList: string, casts: Readonly<Record<string, string>>): string {
  const columns = columnNames(columnList);
  const stray = Object.keys(casts).filter((column) => !columns.includes(column));
  if (stray.length > 0) throw new Error(`Casts for ${stray.join(', ')}, which are not among the columns ${columnList}`);
  return columns.map((column, index) => (casts[column] ? `$${index + 1}::${casts[column]}` : `$${index + 1}`)).join(', ');
}

/**
 * unnest's typed arrays for a column list, one per column: `$1::text[], $2::bigint[]`. Every
 * column needs its type; a missing or stray one throws.
 */
export function unnestArraysFor(columnList: string, types: Readonly<Record<string, string>>): string {
  const untyped = columnNames(columnList).filter((column) => !types[column]);
  if (untyped.length > 0) throw new Error(`No type for ${untyped.join(', ')}, columns of ${columnList}`);
  return parametersFor(columnList, Object.fromEntries(Object.entries(types).map(([column, type]) => [column, `${type}[]`])));
}

export const columnNames = (columnList: string): string[] => columnList.split(',').map((column) => column.trim());
