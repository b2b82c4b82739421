/**
 * Test keys for private_key_jwt: one RSA and one EC key pair per algorithm, in every form the
 * client accepts (PKCS#8 PEM, PKCS#1/SEC1 PEM, JWK, KeyObject, CryptoKey), with the public JWKS to register.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { JwsAlgorithm, PrivateJwk } from '../../src/index.js';
import type { PublicJwk } from '../../src/simulator/index.js';

export interface TestKey {
  algorithm: JwsAlgorithm;
  kid: string;
  keyObject: KeyObject;
  /** PKCS#8 PEM. */
  pem: string;
  /** PKCS#1 (RSA) or SEC1 (EC) PEM. */
  traditionalPem: string;
  /** Private JWK with its kid. */
  jwk: PrivateJwk;
  publicJwk: PublicJwk;
  /** A non-extractable Web Crypto key for this algorithm. */
  cryptoKey(): Promise<CryptoKey>;
}

const CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384' };

export function testKey(algorithm: JwsAlgorithm, kid = `test-${algorithm.toLowerCase()}`): TestKey {
  const ec = algorithm.startsWith('ES');
  const { privateKey, publicKey } = ec
    ? generateKeyPairSync('ec', { namedCurve: CURVES[algorithm] as string })
    : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as { kty: string }), kid } as PrivateJwk;
  const publicJwk: PublicJwk = { ...(publicKey.export({ format: 'jwk' }) as { kty: string }), kid, alg: algorithm, use: 'sig' };
  return {
    algorithm,
    kid,
    keyObject: privateKey,
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    traditionalPem: privateKey.export({ format: 'pem', type: ec ? 'sec1' : 'pkcs1' }) as string,
    jwk,
    publicJwk,
    cryptoKey: () => {
      const params = ec ? { name: 'ECDSA', namedCurve: CURVES[algorithm] as string } : { name: 'RSASSA-PKCS1-v1_5', hash: algorithm === 'RS256' ? 'SHA-256' : 'SHA-384' };
      const { kid: _, ...bare } = jwk;
      return globalThis.crypto.subtle.importKey('jwk', bare, params, false, ['sign']);
    },
  };
}

/** Decodes a JWT's header and claims (no verification: the server under test does that). */
export function decodeJwt(jwt: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header, claims] = jwt.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  return { header: header as Record<string, unknown>, claims: claims as Record<string, unknown> };
}
