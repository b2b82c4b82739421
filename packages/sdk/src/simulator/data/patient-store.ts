import { departmentidOf, dobOf, firstnameOf, generatePatient, lastnameOf, sexOf, type PatientRecord } from './patient-generator.js';

/** Fields a search can test without building the whole record. */
const CHEAP_FIELDS: Record<string, (i: number) => string> = {
  firstname: firstnameOf,
  lastname: lastnameOf,
  dob: dobOf,
  departmentid: departmentidOf,
  sex: sexOf,
};

const PHONE_FIELDS = new Set(['homephone', 'mobilephone', 'workphone']);

export interface PatientPage {
  items: PatientRecord[];
  total: number;
}

/**
 * Seeded patients (generated on demand) overlaid with a Map of created and updated ones.
 * Ids are `1..seededCount` for seeded patients, then counted on for new registrations.
 */
export class PatientStore {
  private readonly overrides = new Map<number, PatientRecord>();
  private nextId: number;

  constructor(private readonly seededCount: number) {
    this.nextId = seededCount + 1;
  }

  /** The highest patient id given out so far (seeded or created). */
  get lastId(): number {
    return this.nextId - 1;
  }

  /** The patient, deleted ones (status `d`) included; undefined when the id was never given out. */
  get(patientid: string): PatientRecord | undefined {
    const i = toIndex(patientid);
    if (i === undefined) return undefined;
    return this.overrides.get(i) ?? (i <= this.seededCount ? generatePatient(i) : undefined);
  }

  create(fields: Record<string, string>): string {
    const i = this.nextId++;
    const patientid = String(i);
    this.overrides.set(i, { ...fields, patientid, status: fields.status ?? 'a' });
    return patientid;
  }

  /** Applies the fields over the current record; false when the patient does not exist. */
  update(patientid: string, fields: Record<string, string>): boolean {
    const current = this.get(patientid);
    if (current === undefined) return false;
    this.overrides.set(Number(patientid), { ...current, ...fields, patientid });
    return true;
  }

  /**
   * Patients whose fields equal the filters (names case-insensitively, phones by digits),
   * in id order, one page of them and the count of all. Deleted patients only show up
   * when `status=d` is asked for.
   */
  search(filters: Record<string, string>, offset: number, limit: number): PatientPage {
    const wanted = Object.entries(filters).map(([field, value]) => [field, normalise(field, value)] as const);
    const cheap = wanted.filter(([field]) => field in CHEAP_FIELDS).map(([field, value]) => [CHEAP_FIELDS[field] as (i: number) => string, value] as const);
    const full = wanted.filter(([field]) => !(field in CHEAP_FIELDS));
    const showDeleted = filters.status === 'd';
    const matchesRecord = (p: PatientRecord) =>
      (showDeleted || p.status !== 'd') && wanted.every(([field, value]) => normalise(field, String(p[field] ?? '')) === value);

    const items: PatientRecord[] = [];
    let total = 0;
    const hit = (make: () => PatientRecord) => {
      if (total >= offset && items.length < limit) items.push(make());
      total++;
    };
    const last = this.nextId - 1;
    for (let i = 1; i <= last; i++) {
      const override = this.overrides.size > 0 ? this.overrides.get(i) : undefined;
      if (override !== undefined) {
        if (matchesRecord(override)) hit(() => override);
        continue;
      }
      if (i > this.seededCount) continue;
      if (!cheap.every(([field, value]) => field(i).toLowerCase() === value)) continue;
      if (full.length === 0) {
        hit(() => generatePatient(i));
        continue;
      }
      const patient = generatePatient(i);
      if (matchesRecord(patient)) hit(() => patient);
    }
    return { items, total };
  }
}

function toIndex(patientid: string): number | undefined {
  return /^[1-9][0-9]{0,14}$/.test(patientid) ? Number(patientid) : undefined;
}

function normalise(field: string, value: string): string {
  return PHONE_FIELDS.has(field) ? value.replace(/\D/g, '') : value.trim().toLowerCase();
}
