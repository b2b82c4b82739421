import { GeneratedAppointmentsResource } from './generated/appointments.js';

/** Scheduling: open slots, booking, cancel and reschedule, check-in, notes, freeze, reminders, the wait list. */
export class AppointmentsResource extends GeneratedAppointmentsResource {}
