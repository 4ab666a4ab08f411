// Stands in for the SignalR connection: the server hub is not part of this package, and the
// feed's behaviour on joins, deltas, drops and reconnects is what is under test.
import type { ScreenConnection } from '../src/live/screenFeed';

type Handler = (...args: any[]) => void;

export class FakeConnection implements ScreenConnection {
  readonly invocations: { method: string; args: unknown[] }[] = [];
  starts = 0;
  failNextStart = false;
  /** Answers for each invoked method, taken in order; a function answer runs at call time. */
  private readonly answers = new Map<string, (() => Promise<unknown>)[]>();
  private readonly handlers = new Map<string, Handler[]>();
  private reconnecting: ((error?: Error) => void)[] = [];
  private reconnected: ((id?: string) => void)[] = [];
  private closed: ((error?: Error) => void)[] = [];

  answer(method: string, value: unknown): this {
    return this.answerWith(method, () => Promise.resolve(value));
  }

  answerWith(method: string, produce: () => Promise<unknown>): this {
    const queue = this.answers.get(method) ?? [];
    queue.push(produce);
    this.answers.set(method, queue);
    return this;
  }

  calls(method: string): unknown[][] {
    return this.invocations.filter((x) => x.method === method).map((x) => x.args);
  }

  start(): Promise<void> {
    this.starts++;
    if (this.failNextStart) {
      this.failNextStart = false;
      return Promise.reject(new Error('server not reachable'));
    }
    return Promise.resolve();
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    this.invocations.push({ method, args });
    const next = this.answers.get(method)?.shift();
    return (next ? next() : Promise.resolve(undefined)) as Promise<T>;
  }

  on(method: string, handler: Handler): void {
    this.handlers.set(method, [...(this.handlers.get(method) ?? []), handler]);
  }

  onreconnecting(callback: (error?: Error) => void): void {
    this.reconnecting.push(callback);
  }

  onreconnected(callback: (id?: string) => void): void {
    this.reconnected.push(callback);
  }

  onclose(callback: (error?: Error) => void): void {
    this.closed.push(callback);
  }

  // ---- what the server and the network do ----

  push(method: string, payload: unknown): void {
    for (const handler of this.handlers.get(method) ?? []) handler(payload);
  }

  dropAndRetry(): void {
    for (const callback of this.reconnecting) callback(new Error('connection lost'));
  }

  reconnect(): void {
    for (const callback of this.reconnected) callback('new-connection-id');
  }

  close(): void {
    for (const callback of this.closed) callback(new Error('gave up reconnecting'));
  }
}

/** Lets pending promise continuations run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A promise the test resolves when it wants: a snapshot still on its way. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
