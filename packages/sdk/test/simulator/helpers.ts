import type { Simulator } from '../../src/simulator/index.js';
import { fileTest } from '../fixtures.js';

export const REST_SCOPE = 'athena/service/Athenanet.MDP.*';

export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** A raw token request; `form` is sent form-encoded; `authorization: null` sends none. */
export function requestToken(
  sim: Simulator,
  form: Record<string, string> = { grant_type: 'client_credentials', scope: REST_SCOPE },
  authorization: string | null = basicAuth(sim.clientId, sim.clientSecret),
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (authorization !== null) headers.authorization = authorization;
  return fetch(sim.tokenUrl, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
}

export async function getToken(sim: Simulator): Promise<string> {
  const res = await requestToken(sim);
  if (res.status !== 200) throw new Error(`token request answered ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** fileTest (one simulator for the file) plus `token`, a bearer token for it fetched once for the file. */
export const tokenTest = fileTest.extend('token', { scope: 'file' }, ({ sim }) => getToken(sim));

export interface ApiAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON after leading whitespace, or undefined when it is not JSON. */
  json: unknown;
}

/** Calls `/v1/{practiceid}{path}` (or an absolute path starting with `/v1/`) with a bearer token. */
export async function callApi(
  sim: Simulator,
  token: string | undefined,
  path: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<ApiAnswer> {
  const url = path.startsWith('/v1/') ? `${sim.url}${path}` : `${sim.url}/v1/${sim.practiceId}${path}`;
  const headers: Record<string, string> = { ...init.headers };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body, signal: init.signal });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
