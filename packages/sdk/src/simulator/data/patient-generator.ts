import { departments } from './departments.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, MARITAL_STATUSES, STREET_NAMES } from './names.js';

/**
 * Seeded patients are never stored: patient `i` (its id is `String(i)`) is computed from
 * `i` alone whenever it is needed, so 200,000 patients cost no memory. Searches test the
 * cheap single-field functions first and build a whole record only for a hit.
 */
export type PatientRecord = Record<string, string | boolean>;

/** A well-mixed 32-bit hash of (index, salt): the same patient every time, no Math.random. */
export function mix(i: number, salt: number): number {
  let h = Math.imul(i ^ Math.imul(salt, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[mix(i, salt) % list.length] as T;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function sexOf(i: number): 'M' | 'F' {
  return mix(i, 1) & 1 ? 'F' : 'M';
}

export function firstnameOf(i: number): string {
  return pick(sexOf(i) === 'F' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES, i, 2);
}

/** Every 7th patient is a Smith, so `lastname=Smith` has several pages at athena's default limit of 10. */
export function lastnameOf(i: number): string {
  return i % 7 === 0 ? 'Smith' : pick(LAST_NAMES, i, 3);
}

/** mm/dd/yyyy, born 1935-2022. */
export function dobOf(i: number): string {
  const h = mix(i, 4);
  return `${pad((h % 12) + 1, 2)}/${pad(((h >>> 4) % 28) + 1, 2)}/${1935 + ((h >>> 9) % 88)}`;
}

export function departmentidOf(i: number): string {
  return pick(departments, i, 5).departmentid;
}

function phone(areaCode: string, i: number, salt: number): string {
  return `${areaCode}555${pad(mix(i, salt) % 10_000, 4)}`;
}

export function generatePatient(i: number): PatientRecord {
  const department = pick(departments, i, 5);
  const firstname = firstnameOf(i);
  const lastname = lastnameOf(i);
  const dob = dobOf(i);
  const area = department.phone.slice(0, 3);
  const h = mix(i, 6);
  const registered = `${pad((h % 12) + 1, 2)}/${pad(((h >>> 4) % 28) + 1, 2)}/${2008 + ((h >>> 9) % 17)}`;
  const emailName = `${firstname}.${lastname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    patientid: String(i),
    firstname,
    lastname,
    sex: sexOf(i),
    dob,
    address1: `${(h % 9000) + 100} ${pick(STREET_NAMES, i, 7)}`,
    city: department.city,
    state: department.state,
    zip: department.zip,
    countrycode: 'USA',
    countrycode3166: 'US',
    homephone: phone(area, i, 8),
    mobilephone: phone(area, i, 9),
    email: `${emailName}${i}@example.com`,
    emailexists: 'true',
    departmentid: department.departmentid,
    primarydepartmentid: department.departmentid,
    primaryproviderid: department.providerids[0] ?? '1',
    status: 'a',
    registrationdate: registered,
    maritalstatus: pick(MARITAL_STATUSES, i, 10),
    language6392code: 'eng',
    consenttocall: 'true',
    consenttotext: mix(i, 11) & 1 ? 'true' : 'false',
    contactpreference: 'MOBILEPHONE',
    // athena sends this flag as a JSON boolean "despite documentation"; keep the mix.
    driverslicense: false,
    guarantorfirstname: firstname,
    guarantorlastname: lastname,
    guarantordob: dob,
    guarantorrelationshiptopatient: '1',
    portaltermsonfile: false,
  };
}
