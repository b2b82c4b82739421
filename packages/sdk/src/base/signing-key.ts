/**
 * Private keys for signing JWTs with Web Crypto only (`globalThis.crypto.subtle`), so key
 * authentication works on Node 20 and in fetch runtimes alike with no dependency. Accepts a
 * PEM string (PKCS#8, or PKCS#1 RSA / SEC1 EC, wrapped here), a JWK (object or JSON text),
 * a Node `KeyObject` (read through its JWK export) or a Web Crypto `CryptoKey`.
 * No message here ever carries key material: only the kind of key and what is wrong with it.
 */
import { ConfigurationError } from './errors.js';

/** The JWS algorithms athena accepts for client assertions. */
export type JwsAlgorithm = 'RS384' | 'RS256' | 'ES384' | 'ES256';
export const JWS_ALGORITHMS: readonly JwsAlgorithm[] = ['RS384', 'ES384', 'RS256', 'ES256'];

/** A JSON Web Key with its private part (`d`), as exported by most tools and key stores. */
export interface PrivateJwk {
  kty: string;
  d?: string;
  kid?: string;
  alg?: string;
  crv?: string;
  [member: string]: unknown;
}

/** A Web Crypto `CryptoKey` (private, usable to sign), described by shape so no DOM types are needed. */
export interface WebCryptoPrivateKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** A Node `crypto.KeyObject` holding a private key; read through `export({ format: 'jwk' })`. */
export interface NodePrivateKeyObject {
  readonly type: string;
  /**
   * Node's own method: the SDK calls it with `{ format: 'jwk' }` to read the key.
   * @example
   * const jwk = keyObject.export({ format: 'jwk' });
   */
  export(options: { format: 'jwk' }): object;
}

/** Every form a private key may be given in. */
export type PrivateKeyInput = string | PrivateJwk | WebCryptoPrivateKey | NodePrivateKeyObject;

/** A key ready to sign: imported, its algorithm settled. */
export interface SigningKey {
  readonly algorithm: JwsAlgorithm;
  readonly cryptoKey: CryptoKey;
  /** The public JWK, when the key could be read (not for a non-extractable CryptoKey). */
  readonly publicJwk: Record<string, string> | undefined;
  /** The JWK's own `kid`, when it had one. */
  readonly kid: string | undefined;
}

type KeyFamily = { kty: 'RSA' } | { kty: 'EC'; crv: 'P-256' | 'P-384' };

const RSA_PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/** The Web Crypto parameters of each algorithm: import, then sign. */
function webCryptoParams(algorithm: JwsAlgorithm) {
  switch (algorithm) {
    case 'RS256':
    case 'RS384': {
      const hash = algorithm === 'RS256' ? 'SHA-256' : 'SHA-384';
      return { importParams: { name: 'RSASSA-PKCS1-v1_5', hash }, signParams: { name: 'RSASSA-PKCS1-v1_5' } };
    }
    case 'ES256':
      return { importParams: { name: 'ECDSA', namedCurve: 'P-256' }, signParams: { name: 'ECDSA', hash: 'SHA-256' } };
    case 'ES384':
      return { importParams: { name: 'ECDSA', namedCurve: 'P-384' }, signParams: { name: 'ECDSA', hash: 'SHA-384' } };
  }
}

export function isJwsAlgorithm(value: unknown): value is JwsAlgorithm {
  return typeof value === 'string' && (JWS_ALGORITHMS as readonly string[]).includes(value);
}

function subtle(): SubtleCrypto {
  const found = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!found) throw new ConfigurationError('privateKey needs Web Crypto (globalThis.crypto.subtle), which this runtime lacks.');
  return found;
}

function isCryptoKey(value: object): value is WebCryptoPrivateKey {
  return 'algorithm' in value && 'usages' in value && typeof (value as { type?: unknown }).type === 'string';
}

function isKeyObject(value: object): value is NodePrivateKeyObject {
  return typeof (value as { export?: unknown }).export === 'function' && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Checks a key's form without importing it (synchronous, at construction): a string must be
 * a PEM private key or JWK text, an object a private JWK, KeyObject or CryptoKey.
 */
export function checkPrivateKeyInput(input: unknown, source: string): asserts input is PrivateKeyInput {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('{')) return void parseJwkText(text, source);
    const label = pemLabel(text);
    if (label === undefined) throw new ConfigurationError(`${source} must be a PEM private key (-----BEGIN PRIVATE KEY-----), a JWK, a KeyObject or a CryptoKey.`);
    if (label === 'ENCRYPTED PRIVATE KEY') throw new ConfigurationError(`${source} is an encrypted PEM key; decrypt it first (openssl pkcs8 -topk8 -nocrypt).`);
    if (label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY' && label !== 'EC PRIVATE KEY') {
      throw new ConfigurationError(`${source} is a PEM "${label}", not a private key.`);
    }
    return;
  }
  if (input === null || typeof input !== 'object') throw new ConfigurationError(`${source} must be a PEM string, a JWK object, a KeyObject or a CryptoKey.`);
  if (isCryptoKey(input)) {
    if (input.type !== 'private' || !input.usages.includes('sign')) throw new ConfigurationError(`${source} must be a private CryptoKey usable to sign ('sign' in its usages).`);
    return;
  }
  if (isKeyObject(input)) {
    if (input.type !== 'private') throw new ConfigurationError(`${source} must be a private KeyObject, not a ${input.type} one.`);
    return;
  }
  checkJwk(input as PrivateJwk, source);
}

function parseJwkText(text: string, source: string): PrivateJwk {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${source} looks like JSON but does not parse as a JWK.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigurationError(`${source} must be one JWK object.`);
  checkJwk(parsed as PrivateJwk, source);
  return parsed as PrivateJwk;
}

/** A JWK's own string member: a polluted Object.prototype (say, a `kid` or `alg`) must not change the key or its header. */
function member(jwk: object, name: string): string | undefined {
  const value = Object.hasOwn(jwk, name) ? (jwk as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function checkJwk(given: PrivateJwk, source: string): void {
  const jwk = { kty: member(given, 'kty'), d: member(given, 'd'), crv: member(given, 'crv') };
  if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') throw new ConfigurationError(`${source} must be an RSA or EC key (JWK kty "RSA" or "EC").`);
  if (typeof jwk.d !== 'string' || jwk.d === '') throw new ConfigurationError(`${source} is a public JWK; the private key (with "d") is needed to sign.`);
  if (jwk.kty === 'EC' && jwk.crv !== 'P-256' && jwk.crv !== 'P-384') throw new ConfigurationError(`${source}: only EC curves P-256 (ES256) and P-384 (ES384) are supported.`);
}

/**
 * Imports a key for signing with `requested` (or the algorithm its form implies: the JWK's
 * `alg`, else RS384 for RSA keys and ES256/ES384 by curve), refusing an algorithm that does
 * not fit the key.
 */
export async function importSigningKey(input: PrivateKeyInput, requested: JwsAlgorithm | undefined, source: string): Promise<SigningKey> {
  checkPrivateKeyInput(input, source);
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('{')) return importJwk(parseJwkText(text, source), requested, source);
    return importPem(text, requested, source);
  }
  if (isCryptoKey(input)) return fromCryptoKey(input, requested, source);
  if (isKeyObject(input)) {
    let jwk: PrivateJwk;
    try {
      jwk = input.export({ format: 'jwk' }) as PrivateJwk;
    } catch {
      throw new ConfigurationError(`${source}: the KeyObject could not be exported as a JWK (only RSA and EC P-256/P-384 keys are supported).`);
    }
    checkJwk(jwk, source);
    return importJwk(jwk, requested, source);
  }
  return importJwk(input as PrivateJwk, requested, source);
}

async function importJwk(jwk: PrivateJwk, requested: JwsAlgorithm | undefined, source: string): Promise<SigningKey> {
  const kty = member(jwk, 'kty');
  const family: KeyFamily = kty === 'RSA' ? { kty: 'RSA' } : { kty: 'EC', crv: member(jwk, 'crv') as 'P-256' | 'P-384' };
  const alg = member(jwk, 'alg');
  const algorithm = settleAlgorithm(family, requested ?? (isJwsAlgorithm(alg) ? alg : undefined), source);
  // Only the key's numbers: `alg`, `use` and `key_ops` of the source would make Web Crypto refuse a second use.
  const members = kty === 'RSA' ? ['kty', 'n', 'e', ...RSA_PRIVATE_MEMBERS] : ['kty', 'crv', 'x', 'y', 'd'];
  const bare = bareJwk();
  for (const name of members) {
    const value = member(jwk, name);
    if (value !== undefined) bare[name] = value;
  }
  const kid = member(jwk, 'kid');
  const cryptoKey = await importOrExplain(() => subtle().importKey('jwk', bare as JsonWebKey, webCryptoParams(algorithm).importParams, false, ['sign']), algorithm, source);
  return { algorithm, cryptoKey, publicJwk: publicPart(bare), kid: kid !== undefined && kid !== '' ? kid : undefined };
}

async function importPem(text: string, requested: JwsAlgorithm | undefined, source: string): Promise<SigningKey> {
  const label = pemLabel(text);
  let der = pemBody(text, source);
  if (label === 'RSA PRIVATE KEY') der = wrapPkcs8(RSA_ALGORITHM_ID, der);
  else if (label === 'EC PRIVATE KEY') {
    const curve = findCurve(der);
    if (!curve) throw new ConfigurationError(`${source}: the EC key's curve is not P-256 or P-384.`);
    der = wrapPkcs8(concat(EC_PUBLIC_KEY_OID, curve === 'P-256' ? P256_OID : P384_OID), der);
  }
  const family = pkcs8Family(der);
  if (!family) throw new ConfigurationError(`${source} is neither an RSA nor an EC P-256/P-384 private key.`);
  const algorithm = settleAlgorithm(family, requested, source);
  const params = webCryptoParams(algorithm).importParams;
  // Extractable once, to read the public half (for a kid and the JWKS), then kept only as a signing key.
  const readable = await importOrExplain(() => subtle().importKey('pkcs8', der, params, true, ['sign']), algorithm, source);
  const jwk = (await subtle().exportKey('jwk', readable)) as Record<string, unknown>;
  const bare = bareJwk();
  for (const [name, value] of Object.entries(jwk)) if (typeof value === 'string' && name !== 'alg') bare[name] = value;
  const cryptoKey = await subtle().importKey('jwk', bare as JsonWebKey, params, false, ['sign']);
  return { algorithm, cryptoKey, publicJwk: publicPart(bare), kid: undefined };
}

async function fromCryptoKey(key: WebCryptoPrivateKey, requested: JwsAlgorithm | undefined, source: string): Promise<SigningKey> {
  const algo = key.algorithm as { name: string; namedCurve?: string; hash?: { name?: string } };
  let family: KeyFamily;
  if (algo.name === 'RSASSA-PKCS1-v1_5') family = { kty: 'RSA' };
  else if (algo.name === 'ECDSA' && (algo.namedCurve === 'P-256' || algo.namedCurve === 'P-384')) family = { kty: 'EC', crv: algo.namedCurve };
  else throw new ConfigurationError(`${source}: the CryptoKey must be RSASSA-PKCS1-v1_5 or ECDSA on P-256/P-384.`);
  // An RSA CryptoKey is bound to its hash: it decides between RS256 and RS384.
  const implied = family.kty === 'RSA' ? (algo.hash?.name === 'SHA-256' ? 'RS256' : algo.hash?.name === 'SHA-384' ? 'RS384' : undefined) : undefined;
  const algorithm = settleAlgorithm(family, requested ?? implied, source);
  if (implied && algorithm !== implied) throw new ConfigurationError(`${source}: the CryptoKey was imported for ${implied}; import it with the hash of ${algorithm}.`);
  const cryptoKey = key as unknown as CryptoKey;
  let publicJwk: Record<string, string> | undefined;
  if (key.extractable) {
    const jwk = (await subtle().exportKey('jwk', cryptoKey)) as Record<string, unknown>;
    const bare = bareJwk();
    for (const [name, value] of Object.entries(jwk)) if (typeof value === 'string') bare[name] = value;
    publicJwk = publicPart(bare);
  }
  return { algorithm, cryptoKey, publicJwk, kid: undefined };
}

function settleAlgorithm(family: KeyFamily, requested: JwsAlgorithm | undefined, source: string): JwsAlgorithm {
  if (family.kty === 'RSA') {
    if (requested === undefined) return 'RS384';
    if (requested === 'RS256' || requested === 'RS384') return requested;
    throw new ConfigurationError(`${source} is an RSA key: algorithm must be RS384 or RS256, not ${requested}.`);
  }
  const fitting: JwsAlgorithm = family.crv === 'P-256' ? 'ES256' : 'ES384';
  if (requested === undefined || requested === fitting) return fitting;
  throw new ConfigurationError(`${source} is an EC ${family.crv} key: algorithm must be ${fitting}, not ${requested}.`);
}

async function importOrExplain(run: () => Promise<CryptoKey>, algorithm: JwsAlgorithm, source: string): Promise<CryptoKey> {
  try {
    return await run();
  } catch (error) {
    // Web Crypto's message says nothing secret, but only its name is kept: nothing of the key can follow.
    throw new ConfigurationError(`${source} could not be imported as a ${algorithm} signing key (${(error as Error).name ?? 'Error'}).`);
  }
}

/**
 * Signs `data` and returns the JWS signature. ECDSA signatures from Web Crypto are already
 * the raw r||s that JWS wants (not DER), so nothing is converted.
 */
export async function signWith(key: SigningKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const signature = await subtle().sign(webCryptoParams(key.algorithm).signParams, key.cryptoKey, data);
  return new Uint8Array(signature);
}

/**
 * The RFC 7638 thumbprint of a public JWK (SHA-256, base64url): a stable key id that the
 * CLI's `keys generate` also uses, so a key given without `keyId` signs with the kid its JWKS names.
 */
export async function jwkThumbprint(publicJwk: Record<string, string>): Promise<string> {
  const required = publicJwk.kty === 'EC' ? ['crv', 'kty', 'x', 'y'] : ['e', 'kty', 'n'];
  const canonical = `{${required.map((name) => `${JSON.stringify(name)}:${JSON.stringify(publicJwk[name] ?? '')}`).join(',')}}`;
  const digest = await subtle().digest('SHA-256', new TextEncoder().encode(canonical));
  return base64url(new Uint8Array(digest));
}

/** The values of a key that must never be shown (redacted wherever they occur). */
export function privateKeyValues(input: unknown): string[] {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('{')) {
      try {
        return privateKeyValues(JSON.parse(text));
      } catch {
        return [text];
      }
    }
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith('-----'));
    return [text, lines.join(''), ...lines];
  }
  if (input === null || typeof input !== 'object') return [];
  const jwk = input as Record<string, unknown>;
  return RSA_PRIVATE_MEMBERS.map((name) => jwk[name]).filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function publicPart(jwk: Record<string, string>): Record<string, string> | undefined {
  if (jwk.kty === 'RSA' && jwk.n && jwk.e) return { kty: 'RSA', n: jwk.n, e: jwk.e };
  if (jwk.kty === 'EC' && jwk.crv && jwk.x && jwk.y) return { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y };
  return undefined;
}

// --- PEM and DER ---

function pemLabel(text: string): string | undefined {
  return /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
}

function pemBody(text: string, source: string): Uint8Array<ArrayBuffer> {
  const body = text.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  try {
    return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  } catch {
    throw new ConfigurationError(`${source}: the PEM body is not valid base64.`);
  }
}

const RSA_ALGORITHM_ID = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00);
const EC_PUBLIC_KEY_OID = Uint8Array.of(0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const P256_OID = Uint8Array.of(0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07);
const P384_OID = Uint8Array.of(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22);

/** PKCS#8 PrivateKeyInfo around a PKCS#1 or SEC1 key: SEQUENCE { 0, AlgorithmIdentifier, OCTET STRING key }. */
function wrapPkcs8(algorithmIdContent: Uint8Array, key: Uint8Array): Uint8Array<ArrayBuffer> {
  return derNode(0x30, concat(Uint8Array.of(0x02, 0x01, 0x00), derNode(0x30, algorithmIdContent), derNode(0x04, key)));
}

function derNode(tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return concat(Uint8Array.of(tag, ...length), content);
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The key family named by a PKCS#8 header's AlgorithmIdentifier (within its first bytes). */
function pkcs8Family(der: Uint8Array): KeyFamily | undefined {
  const head = der.subarray(0, 48);
  if (indexOf(head, RSA_ALGORITHM_ID.subarray(0, 11)) !== -1) return { kty: 'RSA' };
  if (indexOf(head, EC_PUBLIC_KEY_OID) !== -1) {
    const curve = findCurve(head);
    return curve ? { kty: 'EC', crv: curve } : undefined;
  }
  return undefined;
}

function findCurve(der: Uint8Array): 'P-256' | 'P-384' | undefined {
  if (indexOf(der, P256_OID) !== -1) return 'P-256';
  if (indexOf(der, P384_OID) !== -1) return 'P-384';
  return undefined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * An empty JWK without a prototype: Web Crypto reads `alg`, `use`, `key_ops` and `ext` even when
 * inherited, so a polluted Object.prototype would otherwise make every import fail or change.
 */
function bareJwk(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
