// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { OperationSpec } from '../../core/operation.js';
import { adminOperations } from './admin.js';
import { appointmentReasonsOperations } from './appointment-reasons.js';
import { appointmentTypesOperations } from './appointment-types.js';
import { appointmentsOperations } from './appointments.js';
import { changesOperations } from './changes.js';
import { chartOperations } from './chart.js';
import { claimsOperations } from './claims.js';
import { customFieldsOperations } from './custom-fields.js';
import { departmentsExtendedOperations } from './departments.js';
import { documentsOperations } from './documents.js';
import { encountersOperations } from './encounters.js';
import { insuranceOperations } from './insurance.js';
import { patientsExtendedOperations } from './patients.js';
import { paymentsOperations } from './payments.js';
import { providersExtendedOperations } from './providers.js';
import { referenceOperations } from './reference.js';

export { adminOperations, appointmentReasonsOperations, appointmentTypesOperations, appointmentsOperations, changesOperations, chartOperations, claimsOperations, customFieldsOperations, departmentsExtendedOperations, documentsOperations, encountersOperations, insuranceOperations, patientsExtendedOperations, paymentsOperations, providersExtendedOperations, referenceOperations };

/** The operations drafted from the catalogue, beyond the hand-written core ones. */
export const catalogueOperations: readonly OperationSpec[] = [
  ...Object.values(adminOperations),
  ...Object.values(appointmentReasonsOperations),
  ...Object.values(appointmentTypesOperations),
  ...Object.values(appointmentsOperations),
  ...Object.values(changesOperations),
  ...Object.values(chartOperations),
  ...Object.values(claimsOperations),
  ...Object.values(customFieldsOperations),
  ...Object.values(departmentsExtendedOperations),
  ...Object.values(documentsOperations),
  ...Object.values(encountersOperations),
  ...Object.values(insuranceOperations),
  ...Object.values(patientsExtendedOperations),
  ...Object.values(paymentsOperations),
  ...Object.values(providersExtendedOperations),
  ...Object.values(referenceOperations),
];
