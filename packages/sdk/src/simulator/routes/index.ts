import type { OperationSpec } from '../../internal.js';
import { appointmentHandlers } from './appointments.js';
import { changeHandlers } from './changes.js';
import { chartHandlers } from './chart.js';
import { claimHandlers } from './claims.js';
import { collectionHandlers } from './collections.js';
import { customFieldHandlers } from './custom-fields.js';
import type { HandlerTable } from './context.js';
import { documentHandlers } from './documents.js';
import { departmentHandlers } from './departments.js';
import { encounterHandlers } from './encounters.js';
import { insuranceHandlers } from './insurance.js';
import { paymentHandlers } from './payments.js';
import { patientHandlers } from './patients.js';
import { practiceHandlers } from './practice.js';
import { providerHandlers } from './providers.js';
import { vitalHandlers } from './vitals.js';

/**
 * Handlers by operation id: the stateful collections derived from `operations` (collections.ts),
 * then the hand-written ones, which win. Operations without either get the table-driven
 * fallback (fallback.ts).
 */
export function buildHandlers(operations: readonly OperationSpec[]): HandlerTable {
  return { ...collectionHandlers(operations), ...handWritten };
}

const handWritten: HandlerTable = {
  ...practiceHandlers,
  ...departmentHandlers,
  ...providerHandlers,
  ...patientHandlers,
  ...appointmentHandlers,
  ...changeHandlers,
  ...chartHandlers,
  ...documentHandlers,
  ...insuranceHandlers,
  ...claimHandlers,
  ...paymentHandlers,
  ...encounterHandlers,
  ...vitalHandlers,
  ...customFieldHandlers,
};
