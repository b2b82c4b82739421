import type { AthenaRecord } from '../../core/resource.js';

export interface PracticeInfo extends AthenaRecord {
  practiceid: string;
  name?: string;
  /** `"true"` when the practice uses athenaClinicals. */
  hasclinicals?: string;
}

export interface Department extends AthenaRecord {
  departmentid: string;
  name?: string;
  address?: string;
  city?: string;
  state?: string;
  zip?: string;
  phone?: string;
  /** Hours from UTC, a number (e.g. -5). */
  timezoneoffset?: number;
  providerlist?: string[];
}

export interface Provider extends AthenaRecord {
  /** A string, although athena sends a number here. */
  providerid: string;
  firstname?: string;
  lastname?: string;
  displayname?: string;
  specialty?: string;
  providertype?: string;
  /** A string, although athena sends a number here. */
  npi?: string;
}
