// Where a page goes when nobody is signed in, and where sign-in sends the user back to.
import { HttpError } from '@microsoft/signalr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../src/api';
import { defaultAfterSignIn, isUnauthorized, returnTarget, signInAddress } from '../src/auth';
import { hubMethods, lobbyFeed } from '../src/hub';
import { FakeConnection, settle } from './fakeConnection';

const origin = 'https://grid.bank.example';

describe('the way to the sign-in page', () => {
  it('carries the page the user was on, query and all', () => {
    expect(signInAddress({ pathname: '/lobby.html', search: '?branch=SB-FT' })).toBe('signin.html?return=%2Flobby.html%3Fbranch%3DSB-FT');
    expect(signInAddress({ pathname: '/app/terminal.html', search: '?id=T-1', hash: '#audit' })).toBe(
      'signin.html?return=%2Fapp%2Fterminal.html%3Fid%3DT-1%23audit',
    );
  });

  it('never asks the sign-in page to come back to itself', () => {
    expect(signInAddress({ pathname: '/signin.html', search: '?return=%2Flobby.html' })).toBe('signin.html');
  });

  it('comes back to the page it was sent from', () => {
    const sentTo = new URL(signInAddress({ pathname: '/board.html', search: '?room=BR-SZ' }), `${origin}/`);
    const back = returnTarget(sentTo.search, origin);
    expect(back).toBe('/board.html?room=BR-SZ');
    expect(returnTarget('?return=%2Fapprovals.html', origin)).toBe('/approvals.html');
  });

  it.each([
    ['no return at all', ''],
    ['another site', '?return=https%3A%2F%2Fevil.example%2F'],
    ['a protocol-relative address', '?return=%2F%2Fevil.example%2Fsignin'],
    ['a backslash trick', '?return=%2F%5Cevil.example'],
    ['a script', '?return=javascript%3Aalert(1)'],
    ['a relative path', '?return=lobby.html'],
    ['the sign-in page itself', '?return=%2Fsignin.html%3Freturn%3D%252Flobby.html'],
  ])('goes to the worklist instead of %s', (_, search) => {
    expect(returnTarget(search, origin)).toBe(defaultAfterSignIn);
  });
});

describe('a failure that means "sign in first"', () => {
  it('is an API 401, or the hub refusing the negotiation with one', () => {
    expect(isUnauthorized(new ApiProblem(401, { title: 'Unauthorized' }))).toBe(true);
    expect(isUnauthorized(new HttpError('Unauthorized', 401))).toBe(true);
    // What HubConnection.start() rejects with when /hubs/screens/negotiate answers 401.
    expect(isUnauthorized(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"))).toBe(true);
  });

  it('is not a refusal of a signed-in user, a server error or a network failure', () => {
    expect(isUnauthorized(new ApiProblem(403, { title: 'Forbidden' }))).toBe(false);
    expect(isUnauthorized(new ApiProblem(0, {}))).toBe(false);
    expect(isUnauthorized(new HttpError('Bad Gateway', 502))).toBe(false);
    expect(isUnauthorized(new Error('HubException: Branch SB-X is outside your institutions'))).toBe(false);
    expect(isUnauthorized(undefined)).toBe(false);
  });
});

describe('a live screen whose hub says nobody is signed in', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('goes to the sign-in page, asking to come back to the screen', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { pathname: '/lobby.html', search: '?branch=SB-FT', hash: '', assign });
    const connection = new FakeConnection();
    connection.start = () => Promise.reject(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"));
    const errors: unknown[] = [];
    const feed = lobbyFeed(connection, 'SB-FT', { onView: () => {}, onState: () => {}, onError: (e) => errors.push(e) }, { schedule: () => {} });
    await feed.start();
    await settle();
    expect(assign).toHaveBeenCalledWith('signin.html?return=%2Flobby.html%3Fbranch%3DSB-FT');
    // The page's own error display does not also show it: the page is leaving.
    expect(errors).toEqual([]);
    expect(connection.calls(hubMethods.joinLobby)).toEqual([]);
  });
});
