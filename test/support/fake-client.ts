import type { MfaClient, MfaOperation, RequestOptions } from '../../src/core/client.js';
import { MfaClientOperations } from '../../src/core/client.js';

export interface FakeCall {
  operation: MfaOperation;
  args: unknown[];
  options: RequestOptions | undefined;
  resolve(value?: unknown): void;
  reject(error: unknown): void;
  /** True once the caller's signal aborted the call. */
  aborted: boolean;
}

/**
 * A client whose every call waits until the test answers it, for pending and out-of-order
 * states. It honours the call's AbortSignal like the real client.
 */
export class FakeClient {
  readonly calls: FakeCall[] = [];
  readonly client: MfaClient;

  constructor() {
    const fake = Object.fromEntries(
      MfaClientOperations.map((operation) => [
        operation,
        (...all: unknown[]) => {
          // Every method takes its options last; it may be omitted.
          const last = all[all.length - 1];
          const hasOptions = typeof last === 'object' && last !== null && ('signal' in last || 'idempotencyKey' in last);
          const options = hasOptions ? (last as RequestOptions) : undefined;
          const args = hasOptions ? all.slice(0, -1) : all;
          return new Promise((resolve, reject) => {
            const call: FakeCall = { operation, args, options, resolve, reject, aborted: false };
            options?.signal?.addEventListener('abort', () => {
              call.aborted = true;
              reject(new DOMException('Aborted', 'AbortError'));
            });
            this.calls.push(call);
          });
        },
      ]),
    );
    this.client = fake as unknown as MfaClient;
  }

  /** The calls of one operation, oldest first. */
  callsOf(operation: MfaOperation): FakeCall[] {
    return this.calls.filter((c) => c.operation === operation);
  }

  /** The newest call of an operation; fails the test if there is none. */
  last(operation: MfaOperation): FakeCall {
    const calls = this.callsOf(operation);
    if (calls.length === 0) throw new Error(`no ${operation} call was made`);
    return calls[calls.length - 1];
  }
}

/** Lets pending promise callbacks and Lit updates run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
