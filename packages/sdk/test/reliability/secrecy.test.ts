/**
 * The secrecy suite: under every failure of the fault matrix, with every log level on, the client
 * secret, the Basic header value, the private key and the assertions signed with it (for the
 * key-authenticated variants), the access tokens and the patient data the call carried (a query
 * value, form body fields) appear in no log line, and in no error's message, stack, toJSON or
 * util.inspect rendering (which follows `cause`).
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../helpers.js';
import { scenarios } from './scenarios.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

/** Every way an error may be shown: message, stack, JSON and inspect (with its cause chain). */
function renderings(error: unknown): string[] {
  if (!(error instanceof Error)) return [String(error)];
  return [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 }), String(error)];
}

/** Every scenario with a secret, and those on the simulator again with a private key (private_key_jwt). */
const all = [...scenarios, ...scenarios.flatMap((scenario) => (scenario.withKey ? [scenario.withKey()] : []))];

describe.concurrent('secrecy under every fault', () => {
  for (const scenario of all) {
    it(`${scenario.name}: nothing secret in logs or errors`, async () => {
      const logger = memoryLogger();
      const running = await scenario.start(logger);
      let error: unknown;
      try {
        await running.call();
      } catch (e) {
        error = e;
      }
      const secrets = running.secrets();
      await running.close();

      // Something must have been shown for the check to mean anything (token-endpoint failures log nothing).
      if (scenario.expected !== 'ok') expect(error).toBeInstanceOf(Error);
      else expect(logger.lines.length).toBeGreaterThan(0);
      // Tokens were really issued and sent where a server issued them (the list is not just the fixed values).
      expect(secrets.length).toBeGreaterThanOrEqual(5);
      const shown = [...logger.lines, ...renderings(error), JSON.stringify(running.client), inspect(running.client)];
      for (const secret of secrets) {
        for (const text of shown) expect(text, `a secret value (${secret.length} chars) was shown`).not.toContain(secret);
      }
    }, 30_000);
  }

  it('saw no unhandled rejection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
  });
});
