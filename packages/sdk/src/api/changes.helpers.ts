import { formatAthenaDateTime } from '../core/dates.js';
import { sleep } from '../base/abort.js';
import { InvalidRequestError } from '../base/errors.js';
import type { OperationSpec } from '../core/operation.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { changesOperations as ops, GeneratedChangesResource } from './changes.js';
import type { AppointmentChange, ChangeRecord, PatientChange, SubscriptionEvents, SubscriptionStatus, WriteResult } from './types/index.js';

/** The changed-data feeds, by the name the SDK uses for them. */
export type ChangeFeed = 'appointments' | 'patients' | 'providers' | 'prescriptions' | 'claims' | 'labresults' | 'problems' | 'allergies' | 'medications';

/** The record type each feed delivers. */
export interface ChangeRecordOf {
  appointments: AppointmentChange;
  patients: PatientChange;
  providers: ChangeRecord;
  prescriptions: ChangeRecord;
  claims: ChangeRecord;
  labresults: ChangeRecord;
  problems: ChangeRecord;
  allergies: ChangeRecord;
  medications: ChangeRecord;
}

interface FeedOperations {
  list: OperationSpec;
  get: OperationSpec;
  subscribe: OperationSpec;
  unsubscribe: OperationSpec;
  events: OperationSpec;
}

const FEEDS: Record<ChangeFeed, FeedOperations> = {
  appointments: { list: ops.listChangedAppointments, get: ops.getAppointmentSubscription, subscribe: ops.subscribeAppointments, unsubscribe: ops.unsubscribeAppointments, events: ops.listAppointmentSubscriptionEvents },
  patients: { list: ops.listChangedPatients, get: ops.getPatientSubscription, subscribe: ops.subscribePatients, unsubscribe: ops.unsubscribePatients, events: ops.listPatientSubscriptionEvents },
  providers: { list: ops.listChangedProviders, get: ops.getProviderSubscription, subscribe: ops.subscribeProviders, unsubscribe: ops.unsubscribeProviders, events: ops.listProviderSubscriptionEvents },
  prescriptions: { list: ops.listChangedPrescriptions, get: ops.getPrescriptionSubscription, subscribe: ops.subscribePrescriptions, unsubscribe: ops.unsubscribePrescriptions, events: ops.listPrescriptionSubscriptionEvents },
  claims: { list: ops.listChangedClaims, get: ops.getClaimSubscription, subscribe: ops.subscribeClaims, unsubscribe: ops.unsubscribeClaims, events: ops.listClaimSubscriptionEvents },
  labresults: { list: ops.listChangedLabResults, get: ops.getLabResultSubscription, subscribe: ops.subscribeLabResults, unsubscribe: ops.unsubscribeLabResults, events: ops.listLabResultSubscriptionEvents },
  problems: { list: ops.listChangedProblems, get: ops.getProblemSubscription, subscribe: ops.subscribeProblems, unsubscribe: ops.unsubscribeProblems, events: ops.listProblemSubscriptionEvents },
  allergies: { list: ops.listChangedAllergies, get: ops.getAllergySubscription, subscribe: ops.subscribeAllergies, unsubscribe: ops.unsubscribeAllergies, events: ops.listAllergySubscriptionEvents },
  medications: { list: ops.listChangedMedications, get: ops.getMedicationSubscription, subscribe: ops.subscribeMedications, unsubscribe: ops.unsubscribeMedications, events: ops.listMedicationSubscriptionEvents },
};

export interface PollOptions {
  /** Only changes in this department. */
  departmentid?: string;
  /** Leave the changes unprocessed, so the next poll returns them again. */
  leaveUnprocessed?: boolean;
  /** Re-read changes athena processed from this instant (sent as US Eastern time). */
  processedFrom?: Date;
  /** ... up to this instant; defaults to now when `processedFrom` is given. */
  processedTo?: Date;
  /** Page size (athena's default 1000, max 5000). */
  limit?: number;
}

export interface WatchOptions {
  /** Pause between polls; default 60 s (athena takes minutes to publish changes). */
  intervalMs?: number;
  /** Stops the watch; `watch` then resolves. */
  signal?: AbortSignal;
  /**
   * After a crash, the time of the last round known to have completed: changes athena
   * processed since then are read again through the processed-time window and delivered
   * (delivery is at least once across restarts, exactly once within one watch).
   */
  since?: Date;
  /** Identifies a record for de-duplication; default: its JSON. */
  key?: (record: ChangeRecord) => string;
}

/** How many delivered keys a watch remembers to skip duplicates. */
const SEEN_LIMIT = 10_000;

/** Changed-data feeds and their subscriptions. */
export class ChangesResource extends GeneratedChangesResource {
  /**
   * Subscribes to a feed: to all its events, or to the ones named (athena takes one per call).
   * @example
   * await athena.changes.subscribe('appointments');
   * await athena.changes.subscribe('patients', { events: ['AddPatient', 'UpdatePatient'] });
   */
  async subscribe(feed: ChangeFeed, params: { events?: string[] } = {}, options?: RequestOptions): Promise<WriteResult> {
    const { subscribe } = feedOps(feed);
    if (!params.events?.length) return this.caller.call(subscribe, {}, options);
    let result: WriteResult = {};
    for (const eventname of params.events) result = await this.caller.call(subscribe, { eventname }, options);
    return result;
  }

  /**
   * Unsubscribes from a feed: all events, or the ones named.
   * @example
   * await athena.changes.unsubscribe('appointments', { events: ['CheckIn'] });
   */
  async unsubscribe(feed: ChangeFeed, params: { events?: string[] } = {}, options?: RequestOptions): Promise<WriteResult> {
    const { unsubscribe } = feedOps(feed);
    if (!params.events?.length) return this.caller.call(unsubscribe, {}, options);
    let result: WriteResult = {};
    for (const eventname of params.events) result = await this.caller.call(unsubscribe, { eventname }, options);
    return result;
  }

  /**
   * A feed's subscription: `ACTIVE` (all events), `PARTIAL` or `INACTIVE`, and its events.
   * @example
   * const { status, subscriptions } = await athena.changes.getSubscription('appointments');
   */
  getSubscription(feed: ChangeFeed, options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(feedOps(feed).get, {}, options);
  }

  /**
   * The events a feed offers.
   * @example
   * const { subscriptions } = await athena.changes.listSubscriptionEvents('patients');
   */
  listSubscriptionEvents(feed: ChangeFeed, options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(feedOps(feed).events, {}, options);
  }

  /**
   * The feed's changes since the last poll. athena marks what it returns as processed
   * unless `leaveUnprocessed`; `processedFrom`/`processedTo` re-read processed ones.
   * Without a subscription this throws a SubscriptionRequiredError naming the feed.
   * @example
   * for (const change of await athena.changes.poll('appointments')) console.log(change.appointmentid);
   */
  async poll<F extends ChangeFeed>(feed: F, params: PollOptions = {}, options?: RequestOptions): Promise<ChangeRecordOf[F][]> {
    const query: Record<string, unknown> = { limit: params.limit, departmentid: params.departmentid };
    if (params.leaveUnprocessed) query.leaveunprocessed = true;
    if (params.processedFrom !== undefined) {
      query.showprocessedstartdatetime = formatAthenaDateTime(params.processedFrom);
      query.showprocessedenddatetime = formatAthenaDateTime(params.processedTo ?? new Date());
    } else if (params.processedTo !== undefined) {
      throw new InvalidRequestError('changes.poll: processedTo needs processedFrom.');
    }
    const page = await this.caller.list<ChangeRecordOf[F]>(feedOps(feed).list, query, options);
    return page.items;
  }

  /**
   * Polls a feed every `intervalMs` and hands each change to `handler`, one at a time.
   * A change counts as processed only after the handler returned: each round first reads
   * with `leaveunprocessed`, delivers, and only then lets athena mark the changes processed
   * (delivering any that arrived meanwhile). If the handler throws, `watch` rejects with
   * that error; restart it with `since` to re-read what athena processed since then.
   * Resolves when `signal` aborts.
   * @example
   * const stop = new AbortController();
   * await athena.changes.subscribe('appointments');
   * void athena.changes.watch('appointments', async (change) => console.log(change.appointmentid), { intervalMs: 30_000, signal: stop.signal });
   */
  async watch<F extends ChangeFeed>(feed: F, handler: (record: ChangeRecordOf[F]) => unknown, params: WatchOptions = {}, options?: RequestOptions): Promise<void> {
    feedOps(feed);
    if (typeof handler !== 'function') throw new InvalidRequestError('changes.watch: handler must be a function.');
    const intervalMs = params.intervalMs ?? 60_000;
    if (!Number.isFinite(intervalMs) || intervalMs < 0) throw new InvalidRequestError('changes.watch: intervalMs must be a non-negative number.');
    const { signal } = params;
    const key = params.key ?? ((record: ChangeRecord) => JSON.stringify(record));
    const seen = new Set<string>();
    const callOptions = { ...options, signal: signal ?? options?.signal };
    const deliver = async (records: ChangeRecordOf[F][]) => {
      for (const record of records) {
        if (signal?.aborted) return;
        const id = key(record);
        if (seen.has(id)) continue;
        await handler(record);
        seen.add(id);
        if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
      }
    };
    try {
      if (params.since !== undefined) await deliver(await this.poll(feed, { processedFrom: params.since }, callOptions));
      while (!signal?.aborted) {
        await deliver(await this.poll(feed, { leaveUnprocessed: true }, callOptions));
        if (signal?.aborted) return;
        // Everything fetched so far is handled: let athena mark it processed, and deliver what came in between.
        await deliver(await this.poll(feed, {}, callOptions));
        await sleep(intervalMs, signal);
      }
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }
  }
}

function feedOps(feed: ChangeFeed): FeedOperations {
  const found = Object.prototype.hasOwnProperty.call(FEEDS, feed) ? FEEDS[feed] : undefined;
  if (found === undefined) throw new InvalidRequestError(`changes: unknown feed; use one of ${Object.keys(FEEDS).join(', ')}.`);
  return found;
}
