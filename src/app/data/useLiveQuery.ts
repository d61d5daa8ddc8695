import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';

/**
 * The answer of a query of src/db, read again whenever a table it read changes (in this tab
 * or another); undefined until the first answer. The app's one door to live queries: a
 * screen passes a function of src/db, never a table.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useDexieLiveQuery(query, [...deps]);
}
