// The API client against a real HTTP server on loopback, answering as ASP.NET Core does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiProblem, authApi, collectionsApi, lobbyApi, onUnauthorized, staffApi } from '../src/api';
import { getLang, setLang } from '../src/i18n';

interface Seen { method: string; url: string; contentType: string | undefined; body: unknown }
type Reply = (res: ServerResponse) => void;

let server: Server;
let base: string;
let seen: Seen[] = [];
const languages: (string | undefined)[] = [];
let reply: Reply = (res) => res.end();
const realFetch = globalThis.fetch;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body: raw ? JSON.parse(raw) : undefined });
      languages.push(req.headers['accept-language']);
      reply(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The pages call the API by path on their own origin; here that origin is the test server.
  globalThis.fetch = (input, init) => realFetch(new URL(String(input), base), init);
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  onUnauthorized(null);
});

const json = (status: number, body: unknown, type = 'application/json'): Reply => (res) => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(JSON.stringify(body));
};

describe('the API client', () => {
  it('posts JSON to the lobby and reads the ticket back', async () => {
    reply = json(201, { ticketId: 't1', number: 'A001', service: 'Cash' });
    const issued = await lobbyApi.issueTicket('SB-FT', { service: 'Cash' });
    expect(issued).toMatchObject({ number: 'A001' });
    expect(seen[0]).toEqual({ method: 'POST', url: '/api/lobbies/SB-FT/tickets', contentType: 'application/json', body: { service: 'Cash' } });
  });

  it('asks for the server’s words in the language the screen shows', async () => {
    const before = getLang();
    try {
      for (const lang of ['zh-CN', 'en'] as const) {
        setLang(lang);
        reply = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        await staffApi.approvals();
        expect(languages.at(-1)).toBe(lang);
      }
    } finally {
      setLang(before);
    }
  });

  it('puts ids into paths safely', async () => {
    reply = (res) => res.writeHead(204).end();
    await lobbyApi.finish('SB FT', 'D/1', 'served');
    expect(seen[0]).toMatchObject({ url: '/api/lobbies/SB%20FT/desks/D%2F1/finish', body: { outcome: 'served' } });
  });

  it('asks for a collector’s worklist in an institution, or in their own', async () => {
    reply = json(200, { collectorId: 'COL-1', institutionId: 'HO', at: '2026-02-12T02:00:00Z', loans: 0, items: [] });
    await collectionsApi.worklist('COL-1', 'HO');
    await collectionsApi.worklist('COL-1');
    expect(seen.map((x) => x.url)).toEqual(['/api/collectors/COL-1/worklist?institutionId=HO', '/api/collectors/COL-1/worklist']);
  });

  it('sends no actor in calls, promises, premium flags or acknowledgements: the server knows who is signed in', async () => {
    reply = json(200, {});
    await collectionsApi.logCall('L1', { number: 'Mobile', outcome: 'NoAnswer', note: 'n' });
    await collectionsApi.recordPromise('L1', { amount: 10, promisedFor: '2026-02-12T08:00:00Z' });
    await lobbyApi.flagPremium('SB', 'T1', { reason: 'VIP card' });
    await lobbyApi.acknowledgeComplaint('SB', 'C1');
    for (const request of seen) {
      const body = (request.body ?? {}) as Record<string, unknown>;
      for (const actor of ['by', 'collectorId']) expect(body).not.toHaveProperty(actor);
    }
    expect(seen.map((x) => x.url)).toEqual(['/api/loans/L1/calls', '/api/loans/L1/promises', '/api/lobbies/SB/tickets/T1/premium', '/api/lobbies/SB/complaints/C1/acknowledge']);
  });

  it('turns a 400 ValidationProblem into an ApiProblem naming the fields', async () => {
    reply = json(
      400,
      { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'The request is not valid.', status: 400, errors: { content: ['is required'] } },
      'application/problem+json',
    );
    const error = await lobbyApi.recordComplaint('SB-FT', { channel: 'Hotline', content: '', owner: 'Li' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 400, title: 'The request is not valid.', errors: { content: ['is required'] } });
  });

  it('keeps the status of an error that is not problem details', async () => {
    reply = (res) => res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' }).end('<h1>proxy</h1>');
    const error = (await lobbyApi.view('SB-FT').catch((e: unknown) => e)) as ApiProblem;
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.unreachable).toBe(false);
  });

  it('reports a server it cannot reach as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    globalThis.fetch = (input, init) => realFetch(new URL(String(input), `http://127.0.0.1:${port}`), init);
    try {
      const error = (await lobbyApi.view('SB-FT').catch((e: unknown) => e)) as ApiProblem;
      expect(error).toBeInstanceOf(ApiProblem);
      expect(error.unreachable).toBe(true);
    } finally {
      globalThis.fetch = (input, init) => realFetch(new URL(String(input), base), init);
    }
  });
});

describe('a page whose user is not signed in', () => {
  const unauthorized: Reply = json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');

  it('hands any 401 to the page’s handler, and still fails the call', async () => {
    let signIns = 0;
    onUnauthorized(() => signIns++);
    reply = unauthorized;
    const error = await staffApi.worklist().catch((e: unknown) => e);
    expect(signIns).toBe(1);
    expect(error).toMatchObject({ status: 401 });
  });

  it('does not go to sign in on a 403 or a 409: the user is signed in, just refused', async () => {
    let signIns = 0;
    onUnauthorized(() => signIns++);
    reply = json(403, { title: 'Not your step', status: 403 }, 'application/problem+json');
    await staffApi.confirm('TR-1').catch(() => undefined);
    reply = json(409, { title: 'Already confirmed', status: 409 }, 'application/problem+json');
    await staffApi.confirm('TR-1').catch(() => undefined);
    expect(signIns).toBe(0);
  });

  it('leaves a refused sign-in (wrong password, also a 401) to the sign-in form', async () => {
    let signIns = 0;
    onUnauthorized(() => signIns++);
    reply = unauthorized;
    const error = await authApi.signIn({ login: 'CM-1', password: 'wrong' }).catch((e: unknown) => e);
    expect(signIns).toBe(0);
    expect(error).toMatchObject({ status: 401 });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/auth/sign-in', body: { login: 'CM-1', password: 'wrong' } });
  });
});

describe('the staff calls', () => {
  it('reads the signed-in user’s worklist, or their team’s', async () => {
    reply = json(200, { staffId: 'CM-1', asOf: '2026-02-12T02:00:00Z' });
    await staffApi.worklist();
    await staffApi.worklist(true);
    expect(seen.map((x) => x.url)).toEqual(['/api/worklist', '/api/worklist?team=true']);
  });

  it('logs a visit with its type and findings only: who visited is the signed-in user', async () => {
    reply = json(200, {});
    await staffApi.logVisit('C 1', { type: 'OnSite', findings: 'Shop open, terminal on the counter' });
    expect(seen[0]).toEqual({
      method: 'POST',
      url: '/api/clients/C%201/visits',
      contentType: 'application/json',
      body: { type: 'OnSite', findings: 'Shop open, terminal on the counter' },
    });
  });

  it('confirms and rejects a transfer step, a rejection with its reason', async () => {
    reply = json(200, {});
    await staffApi.confirm('TR/1');
    await staffApi.reject('TR-2', 'Merchant still with us');
    expect(seen.map(({ url, body }) => ({ url, body }))).toEqual([
      { url: '/api/transfers/TR%2F1/confirm', body: {} },
      { url: '/api/transfers/TR-2/reject', body: { reason: 'Merchant still with us' } },
    ]);
  });

  it('reads a terminal and its audit trail, and the approvals inbox', async () => {
    reply = json(200, { items: [], entries: [] });
    await staffApi.terminal('T-88');
    await staffApi.terminalAudit('T-88');
    await staffApi.approvals();
    expect(seen.map((x) => `${x.method} ${x.url}`)).toEqual(['GET /api/terminals/T-88', 'GET /api/terminals/T-88/audit', 'GET /api/approvals']);
  });
});
