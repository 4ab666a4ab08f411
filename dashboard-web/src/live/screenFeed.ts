// Keeps one screen in step with the server: a snapshot on join, then deltas in sequence,
// a fresh snapshot after any gap or reconnect. Knows nothing about lobbies or boards.
import { decideDelta, type Sequenced } from './sequence';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** The part of a SignalR HubConnection a screen uses (a HubConnection is one). */
export interface ScreenConnection {
  start(): Promise<void>;
  invoke<T = unknown>(methodName: string, ...args: unknown[]): Promise<T>;
  on(methodName: string, handler: (...args: any[]) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
  onclose(callback: (error?: Error) => void): void;
}

/** How one kind of screen is joined and updated. */
export interface ScreenSpec<TView, TDelta> {
  joinMethod: string;
  leaveMethod: string;
  deltaMethod: string;
  /** The branch or room this screen shows. */
  key: string;
  keyOf(delta: TDelta): string;
  apply(view: TView, delta: TDelta): TView;
}

export interface FeedHandlers<TView> {
  onView(view: TView): void;
  onState(state: ConnectionState): void;
  /**
   * "connect": the connection failed or dropped (the state says so too); "join": joining failed on a live connection
   * and is asked again; "refused": the server said no to this screen (not yours to watch, no such branch): asking again
   * would only be refused again, so it is not (until the connection itself is restarted).
   */
  onError?(error: unknown, during: 'connect' | 'join' | 'refused'): void;
}

export interface FeedTiming {
  /** Wait before starting a closed connection again, or re-asking a refused join. */
  retryMs?: number;
  schedule?(run: () => void, ms: number): void;
}

// Deltas that arrive while a snapshot is on its way; past this many the snapshot is stale
// anyway and the seq check will ask for another.
const maxQueued = 500;

/**
 * Whether a failed hub call is the server's deliberate answer: SignalR passes a HubException's message on
 * ("… HubException: There is no room 'X' you can watch."); anything else (a grain not reachable) is hidden behind
 * a generic message and may well succeed when asked again.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof Error && error.message.includes('HubException: ');
}

/** One feed per connection: it owns starting and restarting it. */
export class ScreenFeed<TView extends { seq: number }, TDelta extends Sequenced> {
  private view: TView | null = null;
  private state: ConnectionState = 'connecting';
  private joinGeneration = 0;
  private joining = false;
  private queued: TDelta[] = [];
  private stopped = false;
  private readonly retryMs: number;
  private readonly schedule: (run: () => void, ms: number) => void;

  constructor(
    private readonly connection: ScreenConnection,
    private readonly spec: ScreenSpec<TView, TDelta>,
    private readonly handlers: FeedHandlers<TView>,
    timing: FeedTiming = {},
  ) {
    this.retryMs = timing.retryMs ?? 5000;
    this.schedule = timing.schedule ?? ((run, ms) => void setTimeout(run, ms));
    connection.on(spec.deltaMethod, (delta: TDelta) => this.receive(delta));
    connection.onreconnecting(() => this.setState('reconnecting'));
    // The server forgets a connection's screens when it drops: join again and start from a fresh snapshot.
    connection.onreconnected(() => {
      this.setState('live');
      void this.join();
    });
    connection.onclose((error) => {
      if (this.stopped) return;
      if (error) this.handlers.onError?.(error, 'connect');
      this.setState('offline');
      this.later(() => this.start());
    });
  }

  get current(): TView | null {
    return this.view;
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  async start(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.connection.start();
    } catch (error) {
      this.handlers.onError?.(error, 'connect');
      this.setState('offline');
      this.later(() => this.start());
      return;
    }
    this.setState('live');
    await this.join();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    try {
      await this.connection.invoke(this.spec.leaveMethod, this.spec.key);
    } catch {
      // leaving a connection that is already gone needs nothing more
    }
  }

  /** Reads a fresh snapshot and replaces the screen with it; deltas that arrive meanwhile wait for it. */
  async join(): Promise<void> {
    const generation = ++this.joinGeneration;
    this.joining = true;
    let snapshot: TView;
    try {
      snapshot = await this.connection.invoke<TView>(this.spec.joinMethod, this.spec.key);
    } catch (error) {
      if (generation !== this.joinGeneration) return;
      this.joining = false;
      if (this.state === 'live' && isRefusal(error)) {
        this.handlers.onError?.(error, 'refused');
        return;
      }
      this.handlers.onError?.(error, this.state === 'live' ? 'join' : 'connect');
      // A dropped connection is restarted by its callbacks; a join that failed on a live one is asked again.
      if (this.state === 'live') this.later(() => this.join());
      return;
    }
    // A later join (a reconnect or a gap) has been asked for: its snapshot wins.
    if (generation !== this.joinGeneration) return;
    this.joining = false;
    this.view = snapshot;
    this.handlers.onView(snapshot);
    for (const delta of this.queued.splice(0)) this.receive(delta);
  }

  private receive(delta: TDelta): void {
    // Ids are compared as a person types them in the address bar: SB-FT and sb-ft are one branch.
    if (this.spec.keyOf(delta).toLowerCase() !== this.spec.key.toLowerCase()) return;
    if (this.joining || this.view === null) {
      if (this.queued.length >= maxQueued) this.queued.shift();
      this.queued.push(delta);
      return;
    }
    switch (decideDelta(this.view.seq, delta)) {
      case 'apply':
        this.view = this.spec.apply(this.view, delta);
        this.handlers.onView(this.view);
        break;
      case 'resync':
        void this.join();
        break;
      case 'ignore':
        break;
    }
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.handlers.onState(state);
  }

  private later(run: () => Promise<void>): void {
    this.schedule(() => {
      if (!this.stopped) void run();
    }, this.retryMs);
  }
}
