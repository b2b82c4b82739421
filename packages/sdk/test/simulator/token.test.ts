import { describe, expect } from 'vitest';
import { fileTest as it } from '../fixtures.js';
import { basicAuth, callApi, REST_SCOPE, requestToken } from './helpers.js';

// One simulator for these tests, with fileTest's large token budget (1000): the window itself has its own test below.
describe('token endpoint', () => {
  it('issues a bearer token with expires_in as a string, as athena does', async ({ sim }) => {
    const res = await requestToken(sim);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: '3600', scope: REST_SCOPE });
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(1000);
    expect(sim.stats.tokensIssued).toBeGreaterThan(0);
  });

  it('grants REST and FHIR scopes together', async ({ sim }) => {
    const scope = `${REST_SCOPE} system/Patient.read system/AllergyIntolerance.read`;
    const res = await requestToken(sim, { grant_type: 'client_credentials', scope });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { scope: string }).scope).toBe(scope);
  });

  it('answers 401 invalid_client without or with wrong Basic credentials', async ({ sim }) => {
    const missing = await requestToken(sim, undefined, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'invalid_client' });
    const wrong = await requestToken(sim, undefined, basicAuth(sim.clientId, 'nope'));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_client' });
  });

  it('answers 400 unsupported_grant_type for another grant or a non-form body', async ({ sim }) => {
    const other = await requestToken(sim, { grant_type: 'password', scope: REST_SCOPE });
    expect(other.status).toBe(400);
    expect(await other.json()).toEqual({ error: 'unsupported_grant_type' });
    const asJson = await fetch(sim.tokenUrl, {
      method: 'POST',
      headers: { authorization: basicAuth(sim.clientId, sim.clientSecret), 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', scope: REST_SCOPE }),
    });
    expect(asJson.status).toBe(400);
  });

  it('answers 401 access_denied without a scope or with an unknown one', async ({ sim }) => {
    const denied = {
      detailedmessage: 'Policy evaluation failed for this request, please check the policy configurations.',
      error: 'access_denied',
    };
    const none = await requestToken(sim, { grant_type: 'client_credentials' });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual(denied);
    const unknown = await requestToken(sim, { grant_type: 'client_credentials', scope: 'athena/everything' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(denied);
  });
});

describe('token options', () => {
  it('sends expires_in as a number when asked, and tokens expire after the TTL', async ({ simulator }) => {
    const sim = await simulator({ expiresInAsString: false, tokenTtlSeconds: 0.3 });
    const res = await requestToken(sim);
    const body = (await res.json()) as { access_token: string; expires_in: unknown };
    expect(body.expires_in).toBe(0.3);
    expect((await callApi(sim, body.access_token, '/ping')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 350));
    expect((await callApi(sim, body.access_token, '/ping')).status).toBe(401);
  });

  it('answers 429 once the window budget is spent, until the window ends', async ({ simulator }) => {
    const windowMs = 400;
    const sim = await simulator({ tokenRequestsPerWindow: 3, tokenRateWindowMs: windowMs });
    // Start at the beginning of a window so the whole burst falls in one.
    await new Promise((r) => setTimeout(r, windowMs - (Date.now() % windowMs) + 5));
    const statuses: number[] = [];
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await requestToken(sim);
      statuses.push(res.status);
      remaining.push(res.headers.get('x-ratelimit-remaining'));
      if (res.status === 429) expect(res.headers.get('retry-after')).toBe('1');
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(remaining).toEqual(['2', '1', '0', '0', '0']);
    await new Promise((r) => setTimeout(r, windowMs - (Date.now() % windowMs) + 5));
    expect((await requestToken(sim)).status).toBe(200);
    expect(sim.stats.tokenRequests).toBe(6);
    expect(sim.stats.tokensIssued).toBe(4);
  });
});
