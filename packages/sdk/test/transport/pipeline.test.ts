/**
 * The pipeline as an extension point: policies of the user's, placed by name around the
 * built-in ones, see what their place promises; one deadline object serves a whole call.
 */
import { describe, expect } from 'vitest';
import { ConfigurationError, type HttpRequest, type PolicyPlacement } from '../../src/index.js';
import { it } from '../fixtures.js';

/** A policy that records every request it passes on, then calls the next step. */
function recorder(name: string, place: Partial<Pick<PolicyPlacement, 'before' | 'after'>> = {}) {
  const seen: { deadline: unknown; authorization: string | undefined }[] = [];
  const policy: PolicyPlacement = {
    name,
    ...place,
    send(request: HttpRequest, next) {
      seen.push({ deadline: request.deadline, authorization: request.headers.authorization });
      return next(request);
    },
  };
  return { policy, seen };
}

describe('policies of your own', () => {
  it('placed after retry, a policy sees every attempt; placed before it, the call once', async ({ sim, client }) => {
    const perAttempt = recorder('count-attempts', { after: 'retry' });
    const perCall = recorder('count-calls', { before: 'retry' });
    const athena = client({ policies: [perAttempt.policy, perCall.policy] });
    sim.faults.failNext(2, { status: 503 });

    const patient = await athena.patients.getPatient('1');

    expect(patient.patientid).toBe('1');
    expect(perAttempt.seen).toHaveLength(3);
    expect(perCall.seen).toHaveLength(1);
  });

  it('reads one deadline object for the whole call, across its attempts', async ({ sim, client }) => {
    const perAttempt = recorder('deadlines', { after: 'retry' });
    const athena = client({ policies: [perAttempt.policy] });
    sim.faults.failNext(1, { status: 503 });

    await athena.patients.getPatient('1');
    await athena.patients.getPatient('1');

    const [first, retried, nextCall] = perAttempt.seen.map((s) => s.deadline);
    expect(perAttempt.seen).toHaveLength(3);
    expect(retried).toBe(first);
    expect(nextCall).not.toBe(first);
  });

  it('without a place, runs just before the sender: after auth, once per attempt', async ({ sim, client }) => {
    const last = recorder('wire');
    const athena = client({ policies: [last.policy] });
    sim.faults.failNext(1, { status: 503 });

    await athena.patients.getPatient('1');

    expect(last.seen).toHaveLength(2);
    expect(last.seen.every((s) => s.authorization?.startsWith('Bearer '))).toBe(true);
  });

  it('placed before auth, a policy sees the request without its token', async ({ client }) => {
    const early = recorder('early', { before: 'auth' });
    await client({ policies: [early.policy] }).patients.getPatient('1');
    expect(early.seen).toHaveLength(1);
    expect(early.seen[0]?.authorization).toBeUndefined();
  });

  it('refuses a policy placed next to an unknown name, a duplicate name, or without send', async ({ client }) => {
    const noop: PolicyPlacement['send'] = (request, next) => next(request);
    expect(() => client({ policies: [{ name: 'x', after: 'retries', send: noop }] })).toThrow(ConfigurationError);
    expect(() => client({ policies: [{ name: 'x', after: 'retries', send: noop }] })).toThrow(/'retries', which is not in the pipeline \(requestId, retry, rateLimit, auth\)/);
    expect(() => client({ policies: [{ name: 'retry', send: noop }] })).toThrow(/already in the pipeline/);
    expect(() => client({ policies: [{ name: 'x', before: 'auth', after: 'retry', send: noop }] })).toThrow(/both before and after/);
    expect(() => client({ policies: [{ name: 'x' } as unknown as PolicyPlacement] })).toThrow(/needs a name and a send/);
  });
});
