/** Raw HTTP to the simulator's FHIR server, for what the SDK would refuse to send. */
import type { Simulator } from '../../src/simulator/index.js';

export const PRACTICE_PARAM = 'ah-practice=Organization%2Fa-1.Practice-195900';

export async function simToken(sim: Simulator, scope = 'system/Patient.read'): Promise<string> {
  const response = await fetch(sim.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=client_credentials&scope=${encodeURIComponent(scope)}`,
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

export async function rawFhir(sim: Simulator, pathAndQuery: string, token?: string): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(`${sim.url}/fhir/r4${pathAndQuery}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}
