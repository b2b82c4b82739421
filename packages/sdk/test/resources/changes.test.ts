import { describe, expect } from 'vitest';
import { BadRequestError, InvalidRequestError, PermissionDeniedError, SubscriptionRequiredError, type AppointmentChange, type AthenaClient } from '../../src/index.js';
import { it } from '../fixtures.js';

// A fresh simulator per test (`it`, not `fileTest`): feeds are stateful.

async function bookSlots(athena: AthenaClient, n: number, patientid = '1'): Promise<string[]> {
  const page = await athena.appointments.listOpenAppointmentSlots({ departmentid: ['1'] });
  const ids = page.items.slice(0, n).map((s) => s.appointmentid);
  for (const id of ids) await athena.appointments.bookAppointment(id, { patientid, reasonid: '1' });
  return ids;
}

describe('subscriptions', () => {
  it('a feed without a subscription throws SubscriptionRequiredError naming the feed', async ({ athena }) => {
    const error = await athena.changes.poll('appointments').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubscriptionRequiredError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as SubscriptionRequiredError).status).toBe(403);
    expect((error as SubscriptionRequiredError).feed).toBe('appointments');
    expect((error as Error).message).toContain("subscribe('appointments')");
    const problems = await athena.changes.poll('problems').catch((e: unknown) => e);
    expect((problems as SubscriptionRequiredError).feed).toBe('chart/healthhistory/problems');
  });

  it('subscribes to all or named events, reports the status, and unsubscribes', async ({ athena }) => {
    expect((await athena.changes.getSubscription('patients')).status).toBe('INACTIVE');
    await athena.changes.subscribe('patients', { events: ['AddPatient', 'UpdatePatient'] });
    const partial = await athena.changes.getSubscription('patients');
    expect(partial.status).toBe('PARTIAL');
    expect(partial.subscriptions?.map((s) => s.eventname)).toEqual(['AddPatient', 'UpdatePatient']);
    await athena.changes.unsubscribe('patients', { events: ['AddPatient'] });
    expect((await athena.changes.getSubscription('patients')).subscriptions?.map((s) => s.eventname)).toEqual(['UpdatePatient']);
    await athena.changes.subscribe('patients');
    expect((await athena.changes.getSubscription('patients')).status).toBe('ACTIVE');
    await athena.changes.unsubscribe('patients');
    expect((await athena.changes.getSubscription('patients')).status).toBe('INACTIVE');
    const events = await athena.changes.listSubscriptionEvents('patients');
    expect(events.subscriptions?.map((s) => s.eventname)).toContain('MergePatient');
  });

  it('refuses an unknown feed or event', async ({ athena }) => {
    // @ts-expect-error not a feed
    await expect(athena.changes.subscribe('invoices')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.changes.subscribe('patients', { events: ['NoSuchEvent'] })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('poll', () => {
  it('returns the writes that happened, marks them processed, and re-reads them by processed time', async ({ athena }) => {
    await athena.changes.subscribe('appointments');
    await athena.changes.subscribe('patients');
    const [booked] = await bookSlots(athena, 1);
    const { patientid } = await athena.patients.createPatient({ departmentid: '1', firstname: 'Ann', lastname: 'Feed', dob: '1980-05-01' });

    const kept = await athena.changes.poll('appointments', { leaveUnprocessed: true });
    expect(kept.map((c) => [c.appointmentid, c.eventname, c.appointmentstatus])).toEqual([[booked, 'ScheduleAppointment', 'f']]);
    const from = new Date(Date.now() - 2000);
    const changes: AppointmentChange[] = await athena.changes.poll('appointments');
    expect(changes).toHaveLength(1);
    expect(await athena.changes.poll('appointments')).toEqual([]);
    const again = await athena.changes.poll('appointments', { processedFrom: from });
    expect(again.map((c) => c.appointmentid)).toEqual([booked]);

    const patients = await athena.changes.poll('patients');
    expect(patients).toEqual([expect.objectContaining({ patientid, eventname: 'AddPatient' })]);
  });
});

describe('watch', () => {
  it('delivers each change once, including ones that arrive while it runs', async ({ athena }) => {
    await athena.changes.subscribe('appointments');
    await bookSlots(athena, 3);
    const seen: string[] = [];
    const stop = new AbortController();
    const done = athena.changes.watch(
      'appointments',
      async (change) => {
        seen.push(`${change.appointmentid}:${change.eventname}`);
        if (seen.length === 3) {
          // Arrives mid-round: between the non-destructive read and the acknowledging one.
          const [late] = await athena.appointments.listOpenAppointmentSlots({ departmentid: ['21'] }).then((p) => p.items.map((s) => s.appointmentid));
          await athena.appointments.bookAppointment(late as string, { patientid: '2', reasonid: '1' });
        }
        if (seen.length === 4) stop.abort();
      },
      { intervalMs: 10, signal: stop.signal },
    );
    await done;
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(await athena.changes.poll('appointments')).toEqual([]);
  });

  it('a handler that throws leaves the change unprocessed for the next watch', async ({ athena }) => {
    await athena.changes.subscribe('appointments');
    const [first] = await bookSlots(athena, 1);
    const failure = await athena.changes.watch('appointments', () => {
      throw new Error('handler crashed');
    }, { intervalMs: 10 }).catch((e: unknown) => e);
    expect((failure as Error).message).toBe('handler crashed');

    const stop = new AbortController();
    const delivered: string[] = [];
    await athena.changes.watch('appointments', (change) => {
      delivered.push(change.appointmentid);
      stop.abort();
    }, { intervalMs: 10, signal: stop.signal });
    expect(delivered).toEqual([first]);
  });

  it('after a crash in the acknowledging read, `since` recovers the change through the processed-time window', async ({ athena }) => {
    await athena.changes.subscribe('appointments');
    await bookSlots(athena, 1, '1');
    const since = new Date(Date.now() - 1000);
    let lateId = '';
    const failure = await athena.changes
      .watch('appointments', async (change) => {
        if (change.patientid === '1') {
          const [late] = (await athena.appointments.listOpenAppointmentSlots({ departmentid: ['21'] })).items;
          lateId = late?.appointmentid as string;
          await athena.appointments.bookAppointment(lateId, { patientid: '2', reasonid: '1' });
          return;
        }
        throw new Error('crash while handling the late change');
      }, { intervalMs: 10 })
      .catch((e: unknown) => e);
    expect((failure as Error).message).toBe('crash while handling the late change');
    // athena marked it processed in the acknowledging read, so a plain poll no longer has it...
    expect(await athena.changes.poll('appointments')).toEqual([]);
    // ...but a watch restarted with `since` reads it back.
    const stop = new AbortController();
    const recovered: string[] = [];
    await athena.changes.watch('appointments', (change) => {
      recovered.push(change.appointmentid);
      if (change.appointmentid === lateId) stop.abort();
    }, { intervalMs: 10, signal: stop.signal, since });
    expect(recovered).toContain(lateId);
  });

  it('refuses bad arguments before polling', async ({ athena }) => {
    // @ts-expect-error handler is required
    await expect(athena.changes.watch('appointments', undefined)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(athena.changes.watch('appointments', () => {}, { intervalMs: -1 })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
