/**
 * A TokenStore in files, so consecutive `athena` commands share one token instead of each
 * spending one of athena's token requests (5 a minute in preview). One file per cache key,
 * named by the key's SHA-256 (the name does not reveal the client id), mode 0600 in a 0700
 * folder, written atomically, and sealed under the client secret (token-seal.ts): a wrong or
 * rotated secret reads as an empty cache. The cache is an optimisation: a file that cannot
 * be read is a miss, and one that cannot be written costs one warning, never the command.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredToken, TokenStore } from 'athenahealth-sdk';
import { TokenSeal } from './token-seal.js';

export class FileTokenStore implements TokenStore {
  readonly #dir: string;
  readonly #seal: TokenSeal;
  readonly #warn: (message: string) => void;
  #warned = false;

  constructor(options: { dir: string; clientSecret: string; warn: (message: string) => void }) {
    this.#dir = options.dir;
    this.#seal = new TokenSeal(options.clientSecret);
    this.#warn = options.warn;
  }

  /**
   * The unexpired token cached under `key`, if this secret can open it.
   * @example
   * const token = store.get('athena-token:client:https://api.preview.platform.athenahealth.com/oauth2/v1/token:scope');
   */
  get(key: string): StoredToken | undefined {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return undefined;
    }
    const token = this.#seal.open(text, key);
    if (token && token.expiresAt <= Date.now()) {
      this.#remove(key);
      return undefined;
    }
    return token;
  }

  /**
   * Caches `token` under `key` (replacing any other).
   * @example
   * store.set(key, { accessToken, tokenType: 'Bearer', expiresAt, obtainedAt: Date.now() });
   */
  set(key: string, token: StoredToken): void {
    const path = this.pathOf(key);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
      writeFileSync(temporary, `${this.#seal.seal(token, key)}\n`, { mode: 0o600 });
      // The mode of writeFileSync is filtered by the umask; make it exact.
      chmodSync(temporary, 0o600);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      if (!this.#warned) this.#warn(`cannot save the token in ${this.#dir} (${(error as NodeJS.ErrnoException).code ?? 'error'}); the next command will ask athena for another.`);
      this.#warned = true;
    }
  }

  /**
   * Removes the token under `key`; with `onlyIf`, only while it is still that access token.
   * @example
   * store.delete(key, refusedAccessToken);
   */
  delete(key: string, onlyIf?: string): void {
    if (onlyIf !== undefined && this.get(key)?.accessToken !== onlyIf) return;
    this.#remove(key);
  }

  /**
   * The file that holds the token of `key`.
   * @example
   * statSync(store.pathOf(key)).mode & 0o777; // 0o600
   */
  pathOf(key: string): string {
    return join(this.#dir, `${createHash('sha256').update(key).digest('hex')}.token`);
  }

  #remove(key: string): void {
    rmSync(this.pathOf(key), { force: true });
  }

  toJSON(): Record<string, unknown> {
    return { type: 'FileTokenStore', dir: this.#dir };
  }
}

/**
 * Deletes every cached token in `dir` (`athena auth logout`); resolves to how many there were.
 * @example
 * const removed = clearTokenCache(tokenCacheDir());
 */
export function clearTokenCache(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const tokens = names.filter((name) => name.endsWith('.token'));
  for (const name of names) rmSync(join(dir, name), { force: true });
  return tokens.length;
}
