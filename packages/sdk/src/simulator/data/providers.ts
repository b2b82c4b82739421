/**
 * Seeded providers. athena sends `providerid` and `npi` as numbers here (strings almost
 * everywhere else); the simulator keeps that so the SDK's normalisation is exercised.
 */
export interface Provider {
  providerid: number;
  firstname: string;
  lastname: string;
  displayname: string;
  providertype: string;
  providertypeid: string;
  specialty: string;
  specialtyid: string;
  ansispecialtycode: string;
  npi: number;
  sex: 'M' | 'F';
  homedepartment: string;
  schedulingname: string;
  entitytype: 'Person';
  billable: boolean;
  acceptingnewpatients: 'true' | 'false';
  createencounteroncheckin: 'true' | 'false';
}

/** An NPI with a valid check digit (Luhn over the `80840` prefix and the 9 given digits). */
function npi(first9: number): number {
  const digits = `80840${first9}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return first9 * 10 + ((10 - (sum % 10)) % 10);
}

type Row = [id: number, first: string, last: string, sex: 'M' | 'F', type: string, specialty: string, specialtyid: string, ansi: string, home: string];

const rows: Row[] = [
  [1, 'Adam', 'Bricker', 'M', 'MD', 'Family Medicine', '008', '207Q00000X', 'Cambridge Family Medicine'],
  [2, 'Terry', 'Ahmad', 'F', 'MD', 'Internal Medicine', '011', '207R00000X', 'Cambridge Family Medicine'],
  [3, 'Maria', 'Lopez', 'F', 'NP', 'Nurse Practitioner', '050', '363L00000X', 'Cambridge Family Medicine'],
  [4, 'Kenji', 'Watanabe', 'M', 'MD', 'Pediatrics', '037', '208000000X', 'Boston Pediatrics'],
  [5, 'Grace', 'Okafor', 'F', 'DO', 'Pediatrics', '037', '208000000X', 'Boston Pediatrics'],
  [6, 'Samuel', 'Reyes', 'M', 'MD', 'Internal Medicine', '011', '207R00000X', 'Austin Internal Medicine'],
  [7, 'Priya', 'Natarajan', 'F', 'PA', 'Physician Assistant', '097', '363A00000X', 'Austin Internal Medicine'],
  [8, 'Daniel', 'Kowalski', 'M', 'MD', 'Orthopedic Surgery', '020', '207X00000X', 'Denver Orthopedics'],
  [9, 'Hannah', 'Berg', 'F', 'MD', 'Sports Medicine', '023', '207QS0010X', 'Denver Orthopedics'],
  [10, 'Olumide', 'Adeyemi', 'M', 'MD', 'Cardiology', '006', '207RC0000X', 'Seattle General Hospital'],
];

export const providers: readonly Provider[] = rows.map(([id, first, last, sex, type, specialty, specialtyid, ansi, home]) => ({
  providerid: id,
  firstname: first,
  lastname: last,
  displayname: `${first} ${last}`,
  providertype: type,
  providertypeid: type,
  specialty,
  specialtyid,
  ansispecialtycode: ansi,
  npi: npi(123456700 + id * 17),
  sex,
  homedepartment: home,
  schedulingname: `${first[0]}${last}`,
  entitytype: 'Person',
  billable: true,
  acceptingnewpatients: id % 3 === 0 ? 'false' : 'true',
  createencounteroncheckin: 'true',
}));

const byId = new Map(providers.map((p) => [String(p.providerid), p]));

export function findProvider(providerid: string): Provider | undefined {
  return byId.get(providerid);
}
