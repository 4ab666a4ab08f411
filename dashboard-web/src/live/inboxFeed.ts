// Keeps a list page (the staff worklist, the approvals inbox, the calling display) fresh from the hub's nudges.
// A nudge carries no data: the page reads its list again over HTTP, a little after the last nudge
// of a burst. After joining (at start and after every reconnect) it reads again too, since nudges
// sent while the connection was away are lost.
import type { InboxChanged, InboxTopic } from '../types';
import type { ConnectionState, FeedHandlers, FeedTiming, ScreenConnection } from './screenFeed';

export interface InboxSpec {
  joinMethod: string;
  /** What the join names (the calling display: its branch); nothing for the user's own inboxes. */
  joinArgs?: readonly unknown[];
  nudgeMethod: string;
  /** The nudges this page reads again on; others are ignored. Without topics, every nudge counts. */
  topics?: readonly InboxTopic[];
}

export interface InboxHandlers extends Omit<FeedHandlers<never>, 'onView'> {
  /** Read the list again. */
  reread(): void;
}

export interface InboxTiming extends FeedTiming {
  /** Quiet time after a nudge before reading, so a burst costs one read. */
  debounceMs?: number;
}

export class InboxFeed {
  private state: ConnectionState = 'connecting';
  private pending = false;
  private readonly retryMs: number;
  private readonly debounceMs: number;
  private readonly schedule: (run: () => void, ms: number) => void;

  constructor(
    private readonly connection: ScreenConnection,
    private readonly spec: InboxSpec,
    private readonly handlers: InboxHandlers,
    timing: InboxTiming = {},
  ) {
    this.retryMs = timing.retryMs ?? 5000;
    this.debounceMs = timing.debounceMs ?? 300;
    this.schedule = timing.schedule ?? ((run, ms) => void setTimeout(run, ms));
    connection.on(spec.nudgeMethod, (nudge: InboxChanged) => this.nudged(nudge));
    connection.onreconnecting(() => this.setState('reconnecting'));
    // The server forgets a dropped connection's groups: join again and read what was missed.
    connection.onreconnected(() => {
      this.setState('live');
      void this.join();
    });
    connection.onclose((error) => {
      if (error) this.handlers.onError?.(error, 'connect');
      this.setState('offline');
      this.schedule(() => void this.start(), this.retryMs);
    });
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  async start(): Promise<void> {
    try {
      await this.connection.start();
    } catch (error) {
      this.handlers.onError?.(error, 'connect');
      this.setState('offline');
      this.schedule(() => void this.start(), this.retryMs);
      return;
    }
    this.setState('live');
    await this.join();
  }

  private async join(): Promise<void> {
    try {
      await this.connection.invoke(this.spec.joinMethod, ...(this.spec.joinArgs ?? []));
    } catch (error) {
      this.handlers.onError?.(error, 'join');
      if (this.state === 'live') this.schedule(() => void this.join(), this.retryMs);
      return;
    }
    this.handlers.reread();
  }

  private nudged(nudge: Partial<InboxChanged>): void {
    if ((this.spec.topics && !this.spec.topics.includes(nudge.what!)) || this.pending) return;
    this.pending = true;
    this.schedule(() => {
      this.pending = false;
      this.handlers.reread();
    }, this.debounceMs);
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.handlers.onState(state);
  }
}
