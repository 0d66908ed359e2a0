// The renderer's client for the one API. Types come from the shared contract.
import type { ApiErrorBody, ApiInput, ApiMethod, ApiOutput, Bridge } from '../../main/contract/api';

declare global {
  interface Window {
    boligplan: Bridge;
  }
}

export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly issues: ApiErrorBody['issues'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.issues = body.issues;
  }
  /** Messages per field name, for showing next to the inputs. */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const i of this.issues) {
      const key = i.field.split('.').pop() ?? i.field;
      out[key] ??= i.message;
    }
    return out;
  }
}

export async function call<K extends ApiMethod>(
  method: K,
  input: ApiInput<K>,
): Promise<ApiOutput<K>> {
  const result = await window.boligplan.invoke(method, input);
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
