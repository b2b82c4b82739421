/**
 * Token sharing: several clients (here two; in real life several processes) use one
 * athena token through a TokenStore, so they stay far below athena's limit on new
 * tokens (5 a minute in preview, 50 in production).
 *
 * The store here keeps the token in a file with mode 0600 and uses an exclusive
 * lock file, enough for processes on one machine. Across machines use Redis or a
 * key server with the same four methods.
 *
 * Run: npx tsx examples/token-sharing.ts   (starts the embedded simulator)
 */
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AthenaClient, type StoredToken, type TokenStore } from 'athenahealth-sdk';
import { startSimulator } from 'athenahealth-sdk/simulator';

/** One JSON file per key; tokens are secrets, so the files are 0600. */
class FileTokenStore implements TokenStore {
  constructor(private readonly dir: string) {}

  #path(key: string): string {
    return join(this.dir, `${Buffer.from(key).toString('base64url')}.json`);
  }

  get(key: string): StoredToken | undefined {
    try {
      return JSON.parse(readFileSync(this.#path(key), 'utf8')) as StoredToken;
    } catch {
      return undefined;
    }
  }

  set(key: string, token: StoredToken): void {
    const temporary = `${this.#path(key)}.tmp`;
    writeFileSync(temporary, JSON.stringify(token), { mode: 0o600 });
    renameSync(temporary, this.#path(key));
  }

  delete(key: string, onlyIf?: string): void {
    if (onlyIf === undefined || this.get(key)?.accessToken === onlyIf) rmSync(this.#path(key), { force: true });
  }

  /** `wx` fails when the lock file exists: only one process fetches a token at a time. */
  async lock(key: string): Promise<(() => Promise<void>) | undefined> {
    const lockPath = `${this.#path(key)}.lock`;
    try {
      closeSync(openSync(lockPath, 'wx', 0o600));
    } catch {
      return undefined;
    }
    return async () => rmSync(lockPath, { force: true });
  }
}

const sim = await startSimulator();
const store = new FileTokenStore(mkdtempSync(join(tmpdir(), 'athena-tokens-')));
const options = { clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, tokenStore: store };
const first = new AthenaClient(options);
const second = new AthenaClient(options);
try {
  await Promise.all([first.patients.getPatient('1'), second.patients.getPatient('2'), first.practice.ping(), second.practice.ping()]);
  console.log(`4 calls from 2 clients, ${sim.stats.tokenRequests} token request(s).`);
} finally {
  first.close();
  second.close();
  await sim.stop();
}
