/**
 * The changed-data feeds of one simulator. Like athena, a feed records changes only
 * while it has a subscription (to all events or to the named ones); a read marks what it
 * returns as processed unless `leaveunprocessed`, and processed changes can be read
 * again by the time they were processed (`showprocessedstartdatetime`/`enddatetime`).
 */

export interface FeedChange {
  record: Record<string, unknown>;
  eventname: string;
  processedAt?: number;
}

/** Feed path (under `/v1/{practiceid}`, before `/changed`) → the events it offers. */
export const FEED_EVENTS: Record<string, readonly string[]> = {
  appointments: ['ScheduleAppointment', 'CheckIn', 'CheckOut', 'UpdateAppointment', 'CancelAppointment', 'FreezeAppointment', 'UnfreezeAppointment', 'DeleteAppointment', 'AddAppointmentSlot'],
  patients: ['AddPatient', 'UpdatePatient', 'DeletePatient', 'MergePatient', 'UpdatePatientCustomField'],
  providers: ['ProviderAdd', 'ProviderUpdate', 'ProviderDelete', 'ProviderUndelete'],
  prescriptions: ['PrescriptionAdd', 'PrescriptionUpdate', 'PrescriptionDelete', 'PrescriptionRefillAdd'],
  claims: ['UpdateClaim'],
  labresults: ['LabResultAdd', 'LabResultUpdate'],
  'chart/healthhistory/problems': ['ProblemAdd', 'ProblemUpdate'],
  'chart/healthhistory/allergies': ['AllergyAdd', 'AllergyUpdate'],
  'chart/healthhistory/medication': ['MedicationHxAdd', 'MedicationHxUpdate', 'MedicationHxDelete'],
};

export class FeedStore {
  /** Per feed: `all`, or the subscribed event names. */
  readonly subscriptions = new Map<string, 'all' | Set<string>>();
  private readonly changes = new Map<string, FeedChange[]>();

  isSubscribed(feed: string): boolean {
    return this.subscriptions.has(feed);
  }

  subscribe(feed: string, eventname: string | undefined): void {
    if (eventname === undefined) return void this.subscriptions.set(feed, 'all');
    const current = this.subscriptions.get(feed);
    if (current === 'all') return;
    this.subscriptions.set(feed, new Set([...(current ?? []), eventname]));
  }

  unsubscribe(feed: string, eventname: string | undefined): void {
    const current = this.subscriptions.get(feed);
    if (eventname === undefined || current === undefined) return void this.subscriptions.delete(feed);
    const remaining = new Set(current === 'all' ? FEED_EVENTS[feed] ?? [] : current);
    remaining.delete(eventname);
    if (remaining.size === 0) this.subscriptions.delete(feed);
    else this.subscriptions.set(feed, remaining);
  }

  /** Records a change when the feed is subscribed to its event. */
  record(feed: string, eventname: string, record: Record<string, unknown>): void {
    const subscription = this.subscriptions.get(feed);
    if (subscription === undefined || (subscription !== 'all' && !subscription.has(eventname))) return;
    const list = this.changes.get(feed) ?? [];
    list.push({ record: { ...record }, eventname });
    this.changes.set(feed, list);
  }

  /** Unprocessed changes, marked processed at `now` unless `leave`. */
  takeUnprocessed(feed: string, now: number, leave: boolean): FeedChange[] {
    const out = (this.changes.get(feed) ?? []).filter((c) => c.processedAt === undefined);
    if (!leave) for (const c of out) c.processedAt = now;
    return out;
  }

  /** Changes processed within [from, to] (ms, inclusive). */
  processedBetween(feed: string, from: number, to: number): FeedChange[] {
    return (this.changes.get(feed) ?? []).filter((c) => c.processedAt !== undefined && c.processedAt >= from && c.processedAt <= to);
  }
}
