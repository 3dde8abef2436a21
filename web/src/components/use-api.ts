// useApi: reads from the API when the page opens (or `keys` change) and reports loading, the data
// or the error, so pages show a plain message instead of a blank screen when the server says no.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
}

export function useApi<T>(read: () => Promise<T>, keys: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    read().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error: asApiError(error), loading: false }),
    );
    return () => { live = false; };
  }, keys);  // eslint-disable-line react-hooks/exhaustive-deps
  return state;
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, { code: 'network', message: 'Steward could not be reached; check your connection and try again.' });
}
