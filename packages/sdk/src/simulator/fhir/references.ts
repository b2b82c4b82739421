/** Logical ids and references of the simulator's FHIR resources. */
import { parseFhirId } from '../../internal.js';

/** `Patient/a-195900.E-12` or `a-195900.E-12` (or `Patient?identifier` style, which never matches) to the REST patient id. */
export function patientIdFromReference(reference: string, practiceId: string): string | undefined {
  try {
    const parsed = parseFhirId(reference);
    return parsed.kind === 'patient' && parsed.practiceId === practiceId ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}

/** Clinical ids: `a-{practice}.{tag}-{patientid}-{n}`, so a read can rebuild the record from the patient alone. */
export function clinicalId(practiceId: string, tag: string, patientId: string, n: number): string {
  return `a-${practiceId}.${tag}-${patientId}-${n}`;
}

export function parseClinicalId(id: string, practiceId: string, tag: string): { patientId: string; n: number } | undefined {
  const prefix = `a-${practiceId}.${tag}-`;
  if (!id.startsWith(prefix)) return undefined;
  const match = /^([1-9][0-9]{0,14})-([1-9][0-9]?)$/.exec(id.slice(prefix.length));
  return match ? { patientId: match[1] as string, n: Number(match[2]) } : undefined;
}

/** Values of a comma-separated FHIR parameter (FHIR's OR), trimmed, empty ones dropped. */
export function orValues(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((v) => v.trim()).filter((v) => v !== '');
}
