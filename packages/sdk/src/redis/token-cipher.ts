/**
 * Encrypts tokens before they reach Redis: AES-256-GCM under a key derived with
 * HKDF-SHA-256 from the client secret, so someone who can read Redis but does not
 * hold the secret cannot use the tokens. The Redis key is bound in as associated
 * data, so a value copied under another key does not decrypt.
 *
 * Stored form: `v1.<obtainedAt>.<fingerprint>.<iv>.<ciphertext+tag>` (base64url).
 * `obtainedAt` lets the Lua scripts keep the newest token (fencing) and the
 * fingerprint (an HMAC of the access token) lets them delete only a given token,
 * both without the key.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { StoredToken } from '../index.js';

const SALT = 'athenahealth-sdk/redis-token-store';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class TokenCipher {
  readonly #encryptionKey: Buffer;
  readonly #fingerprintKey: Buffer;

  constructor(clientSecret: string) {
    this.#encryptionKey = Buffer.from(hkdfSync('sha256', clientSecret, SALT, 'token encryption v1', 32));
    this.#fingerprintKey = Buffer.from(hkdfSync('sha256', clientSecret, SALT, 'token fingerprint v1', 32));
  }

  /** A keyed fingerprint of an access token, the same in every process with the same secret. */
  fingerprint(accessToken: string): string {
    return createHmac('sha256', this.#fingerprintKey).update(accessToken).digest('base64url').slice(0, 32);
  }

  /** The value to store: encrypted, with the plain `obtainedAt` and fingerprint in front. */
  encrypt(token: StoredToken, redisKey: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv);
    cipher.setAAD(Buffer.from(redisKey));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(token), 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1.${Math.floor(token.obtainedAt)}.${this.fingerprint(token.accessToken)}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
  }

  /** The token in a stored value, or undefined when it is not ours (another secret, tampered, another format). */
  decrypt(value: string, redisKey: string): StoredToken | undefined {
    const [version, , , ivText, sealedText] = value.split('.');
    if (version !== 'v1' || ivText === undefined || sealedText === undefined) return undefined;
    try {
      const sealed = Buffer.from(sealedText, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, Buffer.from(ivText, 'base64url'));
      decipher.setAAD(Buffer.from(redisKey));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      const token = JSON.parse(plain) as StoredToken;
      return typeof token.accessToken === 'string' && typeof token.expiresAt === 'number' ? token : undefined;
    } catch {
      return undefined;
    }
  }
}
