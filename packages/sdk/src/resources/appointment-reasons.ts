import { GeneratedAppointmentReasonsResource } from './generated/appointment-reasons.js';

/** Patient appointment reasons (all, new patient, existing patient). */
export class AppointmentReasonsResource extends GeneratedAppointmentReasonsResource {}
