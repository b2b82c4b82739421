import { FhirStore } from '../fhir/store.js';
import { ChartStore } from './chart.js';
import { DocumentStore } from './documents.js';
import { FeedStore } from './feeds.js';
import { PatientStore } from './patient-store.js';
import { RecordStore } from './records.js';
import { SchedulingStore } from './scheduling.js';
import { formatAthenaDateTime } from '../../internal.js';

/** The mutable data of one simulator; departments, providers and the practice are fixed seeds. */
export interface SimData {
  readonly patients: PatientStore;
  /** Resources created through the FHIR API (QuestionnaireResponse). */
  readonly fhir: FhirStore;
  readonly scheduling: SchedulingStore;
  readonly chart: ChartStore;
  readonly feeds: FeedStore;
  readonly documents: DocumentStore;
  /** Records of the stateful routes derived from the operation table (routes/collections.ts) and their hand-written neighbours. */
  readonly records: RecordStore;
  /** The current time as athena writes it (US Eastern `mm/dd/yyyy hh24:mi:ss`). */
  now(): string;
  /** A fresh id for records the table-driven fallback makes up. */
  nextId(): string;
}

export function createData(patientCount: number): SimData {
  const now = () => formatAthenaDateTime(new Date());
  let lastId = 90_000;
  return {
    patients: new PatientStore(patientCount),
    fhir: new FhirStore(),
    scheduling: new SchedulingStore(new Date(), now),
    chart: new ChartStore(),
    feeds: new FeedStore(),
    documents: new DocumentStore(),
    records: new RecordStore(),
    now,
    nextId: () => String(++lastId),
  };
}
