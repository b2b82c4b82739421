/**
 * The simulator's check of a JWT client assertion (RFC 7523, `private_key_jwt`) against the
 * JWKS registered for its client: signature, `iss`/`sub`, `aud`, `exp` at most five minutes
 * ahead, and a `jti` never seen before. Refusals are the OAuth `invalid_client` answers of an
 * Okta-style authorization server such as athena's, with an `error_description` saying why.
 */
import { webcrypto } from 'node:crypto';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** A registered public key: a JWK with its `kid`. */
export interface PublicJwk {
  kty: string;
  kid?: string;
  [member: string]: unknown;
}

const MAX_LIFETIME_SECONDS = 300;
/** Clock skew tolerated on `exp` and `iat`, as servers commonly allow. */
const SKEW_SECONDS = 5;

const VERIFY: Record<string, { importParams: RsaHashedImportParams | EcKeyImportParams; verifyParams: AlgorithmIdentifier | EcdsaParams }> = {
  RS256: { importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verifyParams: { name: 'RSASSA-PKCS1-v1_5' } },
  RS384: { importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, verifyParams: { name: 'RSASSA-PKCS1-v1_5' } },
  ES256: { importParams: { name: 'ECDSA', namedCurve: 'P-256' }, verifyParams: { name: 'ECDSA', hash: 'SHA-256' } },
  ES384: { importParams: { name: 'ECDSA', namedCurve: 'P-384' }, verifyParams: { name: 'ECDSA', hash: 'SHA-384' } },
};

/** Assertion ids already used, until their `exp`: a replay is refused. */
export class SeenAssertions {
  readonly #seen = new Map<string, number>();

  /** Records `jti`; false when it was seen before (and has not expired). */
  record(jti: string, expSeconds: number, nowMs: number): boolean {
    if (this.#seen.size >= 10_000) for (const [id, exp] of this.#seen) if (exp * 1000 <= nowMs) this.#seen.delete(id);
    if (this.#seen.has(jti)) return false;
    this.#seen.set(jti, expSeconds);
    return true;
  }
}

export interface AssertionCheck {
  assertion: string;
  clientId: string;
  /** The URLs accepted as `aud`: the token endpoint as the client reached it. */
  audiences: readonly string[];
  keys: readonly PublicJwk[];
  seen: SeenAssertions;
  nowMs: number;
}

/** Undefined when the assertion is good; else why it was refused (the `error_description`). */
export async function checkClientAssertion(check: AssertionCheck): Promise<string | undefined> {
  const parts = check.assertion.split('.');
  if (parts.length !== 3) return 'The client_assertion is not a signed JWT.';
  const header = decodeJson(parts[0] as string);
  const claims = decodeJson(parts[1] as string);
  if (!header || !claims) return 'The client_assertion is not a signed JWT.';
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const params = VERIFY[alg];
  if (!params) return `The client_assertion signature algorithm '${alg}' is not allowed.`;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const candidates = check.keys.filter((key) => (kid === undefined ? true : key.kid === kid));
  if (candidates.length === 0) return 'The client_assertion kid does not match any key registered for the client.';
  if (!(await verifiesWithAny(candidates, params, parts))) return 'The client_assertion signature is invalid.';

  if (claims.iss !== check.clientId || claims.sub !== check.clientId) return 'The client_assertion iss and sub must be the client id.';
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((value) => typeof value === 'string' && check.audiences.includes(value))) return 'The audience of the client_assertion is not the token endpoint.';
  const now = check.nowMs / 1000;
  if (typeof claims.exp !== 'number') return 'The client_assertion has no exp.';
  if (claims.exp <= now - SKEW_SECONDS) return 'The client_assertion token is expired.';
  if (claims.exp > now + MAX_LIFETIME_SECONDS + SKEW_SECONDS) return 'The client_assertion token expires more than 5 minutes from now.';
  if (typeof claims.iat === 'number' && claims.iat > now + SKEW_SECONDS) return 'The client_assertion was issued in the future.';
  if (typeof claims.jti !== 'string' || claims.jti === '') return 'The client_assertion has no jti.';
  if (!check.seen.record(claims.jti, claims.exp, check.nowMs)) return 'The client_assertion token has already been used.';
  return undefined;
}

async function verifiesWithAny(keys: readonly PublicJwk[], params: (typeof VERIFY)[string], parts: string[]): Promise<boolean> {
  const data = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2] as string, 'base64url');
  for (const jwk of keys) {
    try {
      const members = jwk.kty === 'RSA' ? { kty: 'RSA', n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
      const key = await webcrypto.subtle.importKey('jwk', members as webcrypto.JsonWebKey, params.importParams, false, ['verify']);
      if (await webcrypto.subtle.verify(params.verifyParams, key, signature, data)) return true;
    } catch {
      // A key of another type or curve than the alg: not this one.
    }
  }
  return false;
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
