// useApi: reads from the API when the page opens (or `keys` change) and reports loading, the data
// or the error, so pages show a plain message instead of a blank screen when the server says no.
// `reloads` (a counter a page bumps after an action) reads the same thing again: the data already
// shown stays while the new read is under way, so a page that shows its forms whenever it has data
// (`loading && !data` -> Loading) does not rebuild them, and what someone is typing is kept.
// A change of `keys` is another thing to read: its old data goes at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
}

export function useApi<T>(read: () => Promise<T>, keys: unknown[], reloads = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  const shown = useRef<unknown[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const same = shown.current !== undefined && sameKeys(shown.current, keys);
    shown.current = keys;
    setState((previous) => (same && previous.data !== undefined ? { data: previous.data, loading: true } : { loading: true }));
    read().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error: asApiError(error), loading: false }),
    );
    return () => { live = false; };
  }, [...keys, reloads]);  // eslint-disable-line react-hooks/exhaustive-deps
  return state;
}

function sameKeys(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((key, i) => Object.is(key, b[i]));
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, { code: 'network', message: 'Steward could not be reached; check your connection and try again.' });
}
