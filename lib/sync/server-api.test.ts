import { describe, expect, it } from 'vitest';
import { parseServerUrl, ServerError, serverApi } from './server-api';

describe('the server address', () => {
  it('takes https addresses with or without the scheme, and http only on this machine', () => {
    expect(parseServerUrl(' sync.example.org/ ')).toEqual({
      ok: true,
      url: 'https://sync.example.org',
    });
    expect(parseServerUrl('https://example.org/vliegwiel/')).toEqual({
      ok: true,
      url: 'https://example.org/vliegwiel',
    });
    expect(parseServerUrl('http://127.0.0.1:8787')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787',
    });
    expect(parseServerUrl('http://sync.example.org')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseServerUrl('ftp://sync.example.org')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseServerUrl('https://user:secret@sync.example.org')).toMatchObject({ ok: false });
    expect(parseServerUrl('https://sync.example.org/?token=x')).toMatchObject({ ok: false });
    expect(parseServerUrl('   ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('requests to the server', () => {
  const answering = (response: () => Response) =>
    serverApi(async () => response(), 'https://s.test', 't');

  it('names the refusal, its code and the refused mutation', async () => {
    const api = answering(
      () =>
        new Response(
          JSON.stringify({ error: { code: 'forbidden', message: 'mutation 3: no', index: 3 } }),
          { status: 403 },
        ),
    );
    const refusal = await api.push('client', []).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ServerError);
    expect(refusal).toMatchObject({
      kind: 'forbidden',
      message: 'mutation 3: no',
      details: { status: 403, code: 'forbidden', index: 3 },
    });
  });

  it('reads Retry-After as seconds, and takes a minute when it is missing', async () => {
    const limited = (headers: Record<string, string>) =>
      answering(() => new Response('', { status: 429, headers }))
        .pull(0)
        .catch((e) => e);
    expect((await limited({ 'Retry-After': '7' })).details.retryAfterMs).toBe(7000);
    expect((await limited({})).details.retryAfterMs).toBe(60_000);
  });

  it('calls a server that cannot be reached unreachable, and a 5xx a server failure', async () => {
    const offline = serverApi(
      () => Promise.reject(new TypeError('Failed to fetch')),
      'https://s.test',
    );
    await expect(offline.join('code', 'Anna')).rejects.toMatchObject({ kind: 'unreachable' });
    const failing = answering(() => new Response('oops', { status: 502 }));
    await expect(failing.describeWorkspace()).rejects.toMatchObject({
      kind: 'server',
      details: { status: 502 },
    });
  });
});
