/**
 * Found by the hostile-server fuzz: a call whose deadline ran out just before it asked for
 * a token started a refresh nobody waited for; when that refresh failed, its rejection was
 * unhandled, which ends a Node process. The refresh is no longer started for such a call.
 */
import { afterEach, expect, it } from 'vitest';
import { TimeoutError } from '../../src/index.js';
import { startStubServer, stubClient, type StubServer } from '../helpers.js';

let stub: StubServer | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stub?.stop();
  stub = undefined;
});

it('a call out of time before its token request fails with TimeoutError and leaves no unhandled rejection', async () => {
  process.on('unhandledRejection', onUnhandled);
  stub = await startStubServer((_req, res) => res.end('{}'));
  const athena = stubClient(stub, {
    tokenUrl: `${stub.url}/refused-token`,
    totalTimeoutMs: 50,
    // Spends the call's whole deadline before the auth policy runs, as a slow rate-limit wait would.
    policies: [{ name: 'slow', before: 'auth', send: (request, next) => new Promise((resolve) => setTimeout(resolve, 80)).then(() => next(request)) }],
  });
  await expect(athena.request('GET', '/patients/1')).rejects.toBeInstanceOf(TimeoutError);
  // Give a refresh that was started anyway time to fail (the stub answers the token path with a 200 without a token).
  await new Promise((resolve) => setTimeout(resolve, 300));
  athena.close();
  expect(unhandled).toEqual([]);
});
