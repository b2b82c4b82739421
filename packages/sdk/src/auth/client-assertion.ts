/**
 * The JWT client assertion of RFC 7523 (`private_key_jwt`, as in SMART Backend Services),
 * which athena accepts instead of a client secret. One is made for every token request: its
 * `jti` is unique, so a server that remembers them refuses any replay.
 */
import { base64url, signWith, type SigningKey } from '../base/signing-key.js';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * Lifetime of an assertion. RFC 7523 servers (and SMART) refuse one whose `exp` is more than
 * five minutes ahead; four leave room for a clock that runs a little fast.
 */
export const ASSERTION_LIFETIME_SECONDS = 240;

export interface AssertionClaims {
  clientId: string;
  /** The token endpoint's URL: the assertion's `aud`. */
  audience: string;
  keyId: string;
}

/** A signed assertion: `header.claims.signature`, each part base64url. */
export async function signClientAssertion(key: SigningKey, claims: AssertionClaims, nowMs = Date.now()): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  const header = { alg: key.algorithm, kid: claims.keyId, typ: 'JWT' };
  const payload = {
    iss: claims.clientId,
    sub: claims.clientId,
    aud: claims.audience,
    jti: globalThis.crypto.randomUUID(),
    iat,
    exp: iat + ASSERTION_LIFETIME_SECONDS,
  };
  const encoder = new TextEncoder();
  const signingInput = `${base64url(encoder.encode(JSON.stringify(header)))}.${base64url(encoder.encode(JSON.stringify(payload)))}`;
  const signature = await signWith(key, encoder.encode(signingInput));
  return `${signingInput}.${base64url(signature)}`;
}
