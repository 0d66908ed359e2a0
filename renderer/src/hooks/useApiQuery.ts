// Reads from the API: fetches on mount and when the method, the input or the data version
// (another register opened) changes, or on reload(). Keeps
// the last result on screen while the next one loads (no blocking spinner), ignores answers
// that arrive out of order, and reports loading/failure to the app status.
import { useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../main/contract/api';
import { ApiError, call } from '../api';
import { useBusy, useDataVersion, useFailed } from '../state/status';

export interface Query<T> {
  /** The latest result (may belong to the previous input while `loading`). */
  data: T | undefined;
  loading: boolean;
  error: ApiError | null;
  /** Fetches again (after a write that leaves this screen in place). */
  reload: () => void;
}

interface Loaded<T> {
  key: string;
  data?: T;
  error: ApiError | null;
}

const toApiError = (e: unknown) =>
  e instanceof ApiError
    ? e
    : new ApiError({ code: 'internal', message: (e as Error)?.message ?? String(e), issues: [] });

/** Pass `null` as input to skip fetching (e.g. a form for a new record). */
export function useApiQuery<K extends ApiMethod>(
  method: K,
  input: ApiInput<K> | null,
): Query<ApiOutput<K>> {
  const version = useDataVersion();
  const [nonce, setNonce] = useState(0);
  const inputKey = input === null ? null : JSON.stringify(input);
  const key = inputKey === null ? null : `${method}|${inputKey}|${version}|${nonce}`;
  const [loaded, setLoaded] = useState<Loaded<ApiOutput<K>>>({ key: '', error: null });

  useEffect(() => {
    if (key === null || inputKey === null) return;
    let current = true;
    call(method, JSON.parse(inputKey) as ApiInput<K>).then(
      (data) => current && setLoaded({ key, data, error: null }),
      (e: unknown) => current && setLoaded((prev) => ({ ...prev, key, error: toApiError(e) })),
    );
    return () => {
      current = false;
    };
  }, [method, inputKey, key]);

  const fresh = key !== null && loaded.key === key;
  const loading = key !== null && !fresh;
  const error = fresh ? loaded.error : null;
  useBusy(loading);
  useFailed(error !== null);
  return {
    data: loaded.data,
    loading,
    error,
    reload: () => setNonce((n) => n + 1),
  };
}
