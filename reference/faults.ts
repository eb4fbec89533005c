/**
 * Fault injection for demos and tests: switch on latency, server errors, rate limiting, timeouts
 * or malformed answers for the next N API requests, or for some operations only.
 */
import { errors } from './http.js';

interface FaultScope {
  /** Lets this many matching requests through untouched first (the second of a run of requests, say). */
  after?: number;
  /** Only this many matching requests get the fault; unlimited when omitted. */
  times?: number;
  /** Only these operations (operationIds); all of them when omitted. */
  operations?: string[];
}

export type Fault = FaultScope &
  (
    | { kind: 'latency'; ms: number }
    | { kind: 'server-error' }
    | { kind: 'rate-limit'; retryAfterSeconds?: number }
    /** Never answers until the request is aborted, or until `maxMs` (default 60 s) to avoid leaks. */
    | { kind: 'timeout'; maxMs?: number }
    | { kind: 'malformed-body' }
  );

export const FAULT_KINDS = ['latency', 'server-error', 'rate-limit', 'timeout', 'malformed-body'] as const;

/** The longest a `timeout` fault holds a request, so a forgotten request cannot hang forever. */
export const TIMEOUT_CAP_MS = 60_000;

export class FaultSwitch {
  #faults: Fault[] = [];

  /** Replaces the active faults (an empty list switches them all off). */
  set(faults: readonly Fault[]): void {
    for (const fault of faults) {
      if (!FAULT_KINDS.includes(fault.kind)) throw new Error(`Unknown fault kind "${String(fault.kind)}".`);
      for (const count of ['after', 'times'] as const) {
        const value = fault[count];
        if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
          throw new Error(`A fault's "${count}" must be a whole number of requests, 0 or more; it was ${JSON.stringify(value)}.`);
        }
      }
    }
    this.#faults = faults.map((fault) => ({ ...fault, ...(fault.operations ? { operations: [...fault.operations] } : {}) }));
  }

  /** The active faults, with what is left of their `times`. */
  list(): Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  /**
   * Applies the faults that match this operation: waits out latency, then answers with the first
   * answering fault, or undefined to let the request through. A fault with `after` left lets the
   * request through and counts it; each applied fault uses up one `times`.
   */
  async apply(operationId: string, signal: AbortSignal): Promise<Response | undefined> {
    const matching = this.#faults.filter(
      (fault) => (fault.times === undefined || fault.times > 0) && (!fault.operations || fault.operations.includes(operationId)),
    );
    // A fault still letting requests through counts this one, whatever the others do with it.
    const waiting = matching.filter((fault) => fault.after);
    for (const fault of waiting) fault.after! -= 1;
    for (const fault of matching) {
      if (waiting.includes(fault)) continue;
      if (fault.times !== undefined) fault.times--;
      switch (fault.kind) {
        case 'latency':
          await delay(fault.ms, signal);
          break;
        case 'server-error':
          return errors.server('Injected fault: server error.').toResponse();
        case 'rate-limit':
          return errors.rateLimited(fault.retryAfterSeconds ?? 30, 'Injected fault: rate limited.').toResponse();
        case 'timeout':
          await delay(Math.min(fault.maxMs ?? TIMEOUT_CAP_MS, TIMEOUT_CAP_MS), signal);
          return errors.server('Injected fault: the timeout fault reached its cap without the request being aborted.').toResponse();
        case 'malformed-body':
          return new Response('{"this is": not json', {
            status: 200,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          });
      }
    }
    return undefined;
  }
}

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

