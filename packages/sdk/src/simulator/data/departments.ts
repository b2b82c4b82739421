/**
 * Seeded departments. athena sends department ids as strings and `timezoneoffset` as a
 * number (hours from GMT, standard time).
 */
export interface Department {
  departmentid: string;
  name: string;
  patientdepartmentname: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  timezoneoffset: number;
  timezone: number;
  timezonename: string;
  providergroupid: string;
  providergroupname: string;
  chartsharinggroupid: string;
  clinicals: 'ON' | 'OFF';
  ishospitaldepartment: 'true' | 'false';
  placeofservicefacility: 'true' | 'false';
  medicationhistoryconsent: 'true' | 'false';
  doesnotobservedst: 'true' | 'false';
  latitude: string;
  longitude: string;
  servicedepartment: boolean;
  /** Providers who see patients here (ids as strings when `providerlist=true`). */
  providerids: readonly string[];
}

function department(
  departmentid: string,
  name: string,
  address: string,
  city: string,
  state: string,
  zip: string,
  phone: string,
  tz: { offset: number; name: string },
  place: { latitude: string; longitude: string; hospital?: boolean },
  providerids: readonly string[],
): Department {
  return {
    departmentid,
    name,
    patientdepartmentname: name,
    address,
    city,
    state,
    zip,
    phone,
    fax: `${phone.slice(0, 6)}9${phone.slice(7)}`,
    timezoneoffset: tz.offset,
    timezone: tz.offset,
    timezonename: tz.name,
    providergroupid: '1',
    providergroupname: 'MDP Sandbox Medical Group',
    chartsharinggroupid: '1',
    clinicals: 'ON',
    ishospitaldepartment: place.hospital ? 'true' : 'false',
    placeofservicefacility: place.hospital ? 'true' : 'false',
    medicationhistoryconsent: 'false',
    doesnotobservedst: tz.name === 'America/Phoenix' ? 'true' : 'false',
    latitude: place.latitude,
    longitude: place.longitude,
    servicedepartment: true,
    providerids,
  };
}

const EASTERN = { offset: -5, name: 'America/New_York' };
const CENTRAL = { offset: -6, name: 'America/Chicago' };
const MOUNTAIN = { offset: -7, name: 'America/Denver' };
const PACIFIC = { offset: -8, name: 'America/Los_Angeles' };

export const departments: readonly Department[] = [
  department('1', 'Cambridge Family Medicine', '311 Arsenal St', 'WATERTOWN', 'MA', '02472', '6175550100', EASTERN,
    { latitude: '42.3637', longitude: '-71.1649' }, ['1', '2', '3']),
  department('21', 'Boston Pediatrics', '45 Tremont St', 'BOSTON', 'MA', '02108', '6175550121', EASTERN,
    { latitude: '42.3573', longitude: '-71.0612' }, ['4', '5']),
  department('82', 'Austin Internal Medicine', '1200 Barton Springs Rd', 'AUSTIN', 'TX', '78704', '5125550182', CENTRAL,
    { latitude: '30.2627', longitude: '-97.7604' }, ['6', '7']),
  department('102', 'Denver Orthopedics', '1600 Champa St', 'DENVER', 'CO', '80202', '3035550102', MOUNTAIN,
    { latitude: '39.7472', longitude: '-104.9936' }, ['8', '9']),
  department('150', 'Seattle General Hospital', '500 Pine St', 'SEATTLE', 'WA', '98101', '2065550150', PACIFIC,
    { latitude: '47.6114', longitude: '-122.3372', hospital: true }, ['10', '1']),
];

const byId = new Map(departments.map((d) => [d.departmentid, d]));

export function findDepartment(departmentid: string): Department | undefined {
  return byId.get(departmentid);
}

/** The department as athena sends it; `withProviders` adds `providerlist`. */
export function departmentRecord(d: Department, withProviders: boolean): Record<string, unknown> {
  const { providerids, ...record } = d;
  return withProviders ? { ...record, providerlist: providerids } : record;
}
