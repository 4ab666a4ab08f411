import { beforeEach, describe, expect, it } from 'vitest';
import { hubMethods, inboxFeed } from '../src/hub';
import type { ConnectionState } from '../src/live/screenFeed';
import type { InboxChanged, InboxTopic } from '../src/types';
import { FakeConnection, settle } from './fakeConnection';

const nudge = (what: InboxTopic, inbox = 'head:SB-FT'): InboxChanged => ({ inbox, what, at: '2026-11-23T09:00:00Z' });

describe('a list page on the inbox nudges', () => {
  let connection: FakeConnection;
  let reads: number;
  let states: ConnectionState[];
  let errors: string[];
  // The test holds the timers, so it decides when a debounce or a retry runs out.
  let scheduled: { run: () => void; ms: number }[];

  const open = (topics: InboxTopic[] = ['Approvals']) =>
    inboxFeed(
      connection,
      topics,
      { reread: () => reads++, onState: (s) => states.push(s), onError: (_, during) => errors.push(during) },
      { schedule: (run, ms) => scheduled.push({ run, ms }), debounceMs: 300, retryMs: 5000 },
    );
  const runTimers = () => {
    for (const timer of scheduled.splice(0)) timer.run();
  };

  beforeEach(() => {
    connection = new FakeConnection();
    reads = 0;
    states = [];
    errors = [];
    scheduled = [];
  });

  it('joins the inbox with no argument, the server knows whose it is, then reads the list once', async () => {
    await open().start();

    expect(connection.calls(hubMethods.joinInbox)).toEqual([[]]);
    expect(reads).toBe(1);
    expect(states).toEqual(['live']);
  });

  it('reads again a moment after a nudge, once for a burst', async () => {
    await open().start();

    connection.push(hubMethods.inboxChanged, nudge('Approvals'));
    connection.push(hubMethods.inboxChanged, nudge('Approvals', 'staff:SB-FT-HEAD'));
    connection.push(hubMethods.inboxChanged, nudge('Approvals'));
    expect(reads).toBe(1);
    expect(scheduled.map((x) => x.ms)).toEqual([300]);

    runTimers();
    expect(reads).toBe(2);

    connection.push(hubMethods.inboxChanged, nudge('Approvals'));
    runTimers();
    expect(reads).toBe(3);
  });

  it('ignores the nudges of topics the page does not show', async () => {
    await open(['Approvals']).start();

    connection.push(hubMethods.inboxChanged, nudge('Worklist', 'staff:SB-FT-CM1'));

    expect(scheduled).toHaveLength(0);
    expect(reads).toBe(1);
  });

  it('the worklist hears both its own nudges and approvals', async () => {
    await open(['Worklist', 'Approvals']).start();

    connection.push(hubMethods.inboxChanged, nudge('Worklist', 'staff:SB-FT-CM1'));
    runTimers();
    connection.push(hubMethods.inboxChanged, nudge('Approvals'));
    runTimers();

    expect(reads).toBe(3);
  });

  it('joins again and reads what it missed after a reconnect', async () => {
    await open().start();

    connection.dropAndRetry();
    connection.reconnect();
    await settle();

    expect(states).toEqual(['live', 'reconnecting', 'live']);
    expect(connection.calls(hubMethods.joinInbox)).toHaveLength(2);
    expect(reads).toBe(2);
  });

  it('starts again after the connection gave up, and reads on joining', async () => {
    await open().start();

    connection.close();
    expect(states).toEqual(['live', 'offline']);
    expect(errors).toEqual(['connect']);
    runTimers();
    await settle();

    expect(connection.starts).toBe(2);
    expect(states).toEqual(['live', 'offline', 'live']);
    expect(reads).toBe(2);
  });

  it('retries a refused join later and reads only once it is in', async () => {
    connection.answerWith(hubMethods.joinInbox, () => Promise.reject(new Error('HubException: Sign in first.')));
    await open().start();

    expect(errors).toEqual(['join']);
    expect(reads).toBe(0);
    runTimers();
    await settle();

    expect(connection.calls(hubMethods.joinInbox)).toHaveLength(2);
    expect(reads).toBe(1);
  });

  it('a server it cannot reach yet: offline, then tries again', async () => {
    connection.failNextStart = true;
    await open().start();

    expect(states).toEqual(['offline']);
    runTimers();
    await settle();
    expect(states).toEqual(['offline', 'live']);
    expect(reads).toBe(1);
  });
});
