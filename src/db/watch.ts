import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again after every committed write (in this tab or another) to what it
 * read, handing each answer to `onAnswer`. Returns the function that stops watching.
 */
export function watchQuery<T>(query: () => Promise<T>, onAnswer: (answer: T) => void, onError: (error: unknown) => void = () => {}): () => void {
  const subscription = liveQuery(query).subscribe({ next: onAnswer, error: onError });
  return () => subscription.unsubscribe();
}
