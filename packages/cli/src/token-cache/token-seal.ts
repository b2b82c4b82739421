/**
 * Seals a cached token so the cache file is useless without the client secret: AES-256-GCM
 * under a key derived with HKDF-SHA-256 from the secret, the approach of the SDK's Redis
 * store (packages/sdk/src/redis/token-cipher.ts). The cache key is bound in as associated
 * data, so a file copied under another name does not open. Written here rather than exported
 * from the SDK: it is a dozen lines of node:crypto, and an export would make the cipher a
 * public API of the SDK. The salt differs from the Redis store's, so the two never share keys.
 *
 * Sealed form: `v1.<iv>.<ciphertext+tag>` (base64url).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { StoredToken } from 'athenahealth-sdk';

const SALT = 'athenahealth-cli/token-cache';
const INFO = 'token cache v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class TokenSeal {
  readonly #key: Buffer;

  constructor(clientSecret: string) {
    this.#key = Buffer.from(hkdfSync('sha256', clientSecret, SALT, INFO, 32));
  }

  /**
   * The token encrypted and authenticated under the secret, bound to `cacheKey`.
   * @example
   * const text = new TokenSeal(secret).seal(token, 'athena-token:client:https://…/oauth2/v1/token:scope');
   */
  seal(token: StoredToken, cacheKey: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(cacheKey));
    const sealed = Buffer.concat([cipher.update(JSON.stringify(token), 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
  }

  /**
   * The token in `text`, or undefined when it does not open: another secret (rotated or
   * wrong), another key, a tampered or foreign file.
   * @example
   * const token = new TokenSeal(secret).open(readFileSync(path, 'utf8'), cacheKey);
   */
  open(text: string, cacheKey: string): StoredToken | undefined {
    const [version, ivText, sealedText] = text.trim().split('.');
    if (version !== 'v1' || !ivText || !sealedText) return undefined;
    try {
      const sealed = Buffer.from(sealedText, 'base64url');
      if (sealed.length <= TAG_BYTES) return undefined;
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(ivText, 'base64url'));
      decipher.setAAD(Buffer.from(cacheKey));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      const token = JSON.parse(plain) as StoredToken;
      return typeof token.accessToken === 'string' && typeof token.expiresAt === 'number' && typeof token.obtainedAt === 'number' ? token : undefined;
    } catch {
      return undefined;
    }
  }
}
