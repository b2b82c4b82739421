import { appointmentHandlers } from './appointments.js';
import { changeHandlers } from './changes.js';
import { chartHandlers } from './chart.js';
import type { HandlerTable } from './context.js';
import { documentHandlers } from './documents.js';
import { departmentHandlers } from './departments.js';
import { patientHandlers } from './patients.js';
import { practiceHandlers } from './practice.js';
import { providerHandlers } from './providers.js';

/** Handlers by operation id. Operations of the table without one get the table-driven fallback (fallback.ts). */
export const handlers: HandlerTable = {
  ...practiceHandlers,
  ...departmentHandlers,
  ...providerHandlers,
  ...patientHandlers,
  ...appointmentHandlers,
  ...changeHandlers,
  ...chartHandlers,
  ...documentHandlers,
};
