import { GeneratedAppointmentTypesResource } from './generated/appointment-types.js';

/** Appointment types of the practice. */
export class AppointmentTypesResource extends GeneratedAppointmentTypesResource {}
