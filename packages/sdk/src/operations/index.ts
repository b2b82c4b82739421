import type { OperationSpec } from '../core/operation.js';
import { catalogueOperations } from './generated/index.js';
import { departmentOperations } from './departments.js';
import { patientOperations } from './patients.js';
import { practiceOperations } from './practice.js';
import { providerOperations } from './providers.js';

export { departmentOperations, patientOperations, practiceOperations, providerOperations };

/** Every operation the SDK declares: the source for docs and the simulator's checks. */
export const allOperations: readonly OperationSpec[] = [
  ...Object.values(practiceOperations),
  ...Object.values(departmentOperations),
  ...Object.values(providerOperations),
  ...Object.values(patientOperations),
  ...catalogueOperations,
];
