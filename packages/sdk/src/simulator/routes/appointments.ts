/**
 * Scheduling with state: open slots, booking (a taken slot is athena's 409), cancel
 * (frees the time as a new open slot), reschedule, the check-in flow, notes and freeze.
 * Every change is recorded on the appointments feed.
 */
import { findDepartment } from '../data/departments.js';
import { appointmentRecord, dateKey, usDate, type SimAppointment } from '../data/scheduling.js';
import { invalidData } from '../athena-errors.js';
import { fail, isTrue, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

/** athena's 409 for a slot that is booked or not bookable through the API. */
export const SLOT_TAKEN = {
  error: 'That appointment time was already booked or not available for booking.',
  detailedmessage: 'The appointment ID is already booked or is not marked as being available to be scheduled via the API.',
};
const NOT_FOUND = { error: 'The appointment ID does not exist.' };
const BOOKED = new Set(['f', '2', '3', '4']);
/** athena's default page for open and booked appointments. */
const DEFAULT_LIMIT = 1000;

export const appointmentHandlers: HandlerTable = {
  'appointments.listOpenAppointmentSlots': (ctx) => {
    const departments = listOf(ctx.params.departmentid);
    const providers = listOf(ctx.params.providerid);
    const reasons = listOf(ctx.params.reasonid).filter((r) => r !== '-1');
    const { from, to } = dateRange(ctx, 0, 7);
    const slots = ctx.data.scheduling
      .all()
      .filter(
        (a) =>
          a.appointmentstatus === 'o' &&
          departments.includes(a.departmentid) &&
          (providers.length === 0 || providers.includes(a.providerid)) &&
          (reasons.length === 0 || a.reasonid.some((r) => reasons.includes(r))) &&
          (ctx.params.appointmenttypeid === undefined || a.appointmenttypeid === ctx.params.appointmenttypeid) &&
          (a.frozen !== 'true' || isTrue(ctx.params.showfrozenslots)) &&
          inRange(a.date, from, to),
      )
      .map(appointmentRecord);
    return pageOf(ctx, slots, readPaging(ctx, DEFAULT_LIMIT));
  },

  'appointments.createOpenAppointmentSlots': (ctx) => {
    const { params } = ctx;
    if (findDepartment(params.departmentid as string) === undefined) return fail(400, invalidData('Invalid department ID.'));
    if (Number.isNaN(dateKey(params.appointmentdate as string))) return fail(400, invalidData('Invalid appointment date.'));
    const times = listOf(params.appointmenttime);
    if (times.some((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))) return fail(400, invalidData('Appointment times must be hh24:mi.'));
    const appointmentids: Record<string, string> = {};
    for (const starttime of times) {
      const slot = ctx.data.scheduling.addSlot({
        departmentid: params.departmentid as string,
        providerid: params.providerid as string,
        date: params.appointmentdate as string,
        starttime,
        ...(params.appointmenttypeid ? { appointmenttypeid: params.appointmenttypeid } : {}),
        ...(params.reasonid ? { reasonid: listOf(params.reasonid) } : {}),
      });
      appointmentids[slot.appointmentid] = starttime;
      record(ctx, 'AddAppointmentSlot', slot);
    }
    return ok({ appointmentids });
  },

  'appointments.deleteOpenAppointmentSlot': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== 'o') return fail(400, { error: 'Only open appointments can be deleted.' });
      ctx.data.scheduling.appointments.delete(a.appointmentid);
      record(ctx, 'DeleteAppointment', a);
      return ok({ success: 'true' });
    }),

  'appointments.getAppointment': (ctx) => withAppointment(ctx, (a) => ok([appointmentRecord(a)])),

  'appointments.bookAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== 'o' || a.frozen === 'true') return fail(409, SLOT_TAKEN);
      const patient = ctx.data.patients.get(ctx.params.patientid as string);
      if (patient === undefined || patient.status === 'd') return fail(404, { error: 'The patient ID does not exist.' });
      a.appointmentstatus = 'f';
      a.patientid = ctx.params.patientid as string;
      if (ctx.params.appointmenttypeid) a.appointmenttypeid = ctx.params.appointmenttypeid;
      if (ctx.params.bookingnote) a.bookingnote = ctx.params.bookingnote;
      touch(ctx, a, 'ScheduleAppointment');
      return ok([appointmentRecord(a)]);
    }),

  'appointments.cancelAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      if (!BOOKED.has(a.appointmentstatus) || a.patientid !== ctx.params.patientid) {
        return fail(400, { error: 'The appointment is not booked for this patient.' });
      }
      cancel(ctx, a, ctx.params.cancellationreason);
      return ok({ status: 'x' });
    }),

  'appointments.rescheduleAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      if (!BOOKED.has(a.appointmentstatus) || a.patientid !== ctx.params.patientid) {
        return fail(400, { error: 'The appointment is not booked for this patient.' });
      }
      const next = ctx.data.scheduling.get(ctx.params.newappointmentid as string);
      if (next === undefined || next.appointmentstatus !== 'o' || next.frozen === 'true') return fail(409, SLOT_TAKEN);
      next.appointmentstatus = 'f';
      next.patientid = a.patientid;
      next.appointmenttypeid = a.appointmenttypeid;
      touch(ctx, next, 'ScheduleAppointment');
      cancel(ctx, a, ctx.params.reschedulereason ?? 'Rescheduled');
      return ok([{ ...appointmentRecord(next), rescheduledappointmentid: a.appointmentid }]);
    }),

  'appointments.listBookedAppointments': (ctx) => listBooked(ctx, listOf(ctx.params.departmentid)),
  'appointments.listBookedAppointmentsInDepartments': (ctx) => listBooked(ctx, listOf(ctx.params.departmentid)),

  'appointments.getCheckInRequirements': (ctx) => withAppointment(ctx, () => ok({ fieldlist: [] })),

  'appointments.startCheckIn': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== 'f') return fail(400, { error: 'The appointment is not booked, or already checked in.' });
      a.checkinstarted = true;
      return ok({ success: 'true' });
    }),

  'appointments.cancelCheckIn': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== 'f' || !a.checkinstarted) return fail(400, { error: 'Check-in has not been started for this appointment.' });
      a.checkinstarted = false;
      return ok({ success: 'true' });
    }),

  'appointments.checkInAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== 'f') return fail(400, { error: 'The appointment is not booked, or already checked in.' });
      a.appointmentstatus = '2';
      a.checkinstarted = false;
      touch(ctx, a, 'CheckIn');
      return ok({ success: 'true' });
    }),

  'appointments.checkOutAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      if (a.appointmentstatus !== '2') return fail(400, { error: 'The appointment is not checked in.' });
      a.appointmentstatus = '3';
      touch(ctx, a, 'CheckOut');
      return ok({ success: 'true' });
    }),

  'appointments.freezeAppointment': (ctx) =>
    withAppointment(ctx, (a) => {
      const freeze = isTrue(ctx.params.freeze);
      // A soft failure: HTTP 200 with success false, as athena answers it.
      if (freeze && a.frozen === 'true') return ok({ success: false, errormessage: 'Appointment is already frozen.' });
      if (!freeze && a.frozen !== 'true') return ok({ success: false, errormessage: 'Appointment is not frozen.' });
      a.frozen = freeze ? 'true' : 'false';
      touch(ctx, a, freeze ? 'FreezeAppointment' : 'UnfreezeAppointment');
      return ok({ success: true });
    }),

  'appointments.listAppointmentNotes': (ctx) =>
    withAppointment(ctx, (a) => {
      const notes = a.notes.filter((n) => n.deleted === undefined || isTrue(ctx.params.showdeleted));
      return pageOf(ctx, notes, readPaging(ctx, DEFAULT_LIMIT));
    }),

  'appointments.addAppointmentNote': (ctx) =>
    withAppointment(ctx, (a) => {
      const note = ctx.data.scheduling.addNote(a, ctx.params.notetext as string, isTrue(ctx.params.displayonschedule) ? 'true' : 'false');
      return ok({ success: 'true', noteid: note.noteid });
    }),

  'appointments.updateAppointmentNote': (ctx) =>
    withNote(ctx, (note) => {
      note.notetext = ctx.params.notetext as string;
      if (ctx.params.displayonschedule !== undefined) note.displayonschedule = isTrue(ctx.params.displayonschedule) ? 'true' : 'false';
      return ok({ success: 'true' });
    }),

  'appointments.deleteAppointmentNote': (ctx) =>
    withNote(ctx, (note) => {
      note.deleted = ctx.data.now();
      return ok({ success: 'true' });
    }),

  'patients.listPatientAppointments': (ctx) => {
    const patientid = ctx.params.patientid as string;
    const mine = ctx.data.scheduling.all().filter((a) => a.patientid === patientid && (a.appointmentstatus !== 'x' || isTrue(ctx.params.showcancelled)));
    return pageOf(ctx, mine.map(appointmentRecord), readPaging(ctx, DEFAULT_LIMIT));
  },
};

function withAppointment(ctx: RouteContext, then: (a: SimAppointment) => Reply): Reply {
  const id = ctx.params.appointmentid as string;
  if (!/^\d+$/.test(id)) return fail(400, invalidData(`Expecting type integer, but value is ${id}`));
  const appointment = ctx.data.scheduling.get(id);
  return appointment === undefined ? fail(404, NOT_FOUND) : then(appointment);
}

function withNote(ctx: RouteContext, then: (note: SimAppointment['notes'][number]) => Reply): Reply {
  return withAppointment(ctx, (a) => {
    const note = a.notes.find((n) => n.noteid === ctx.params.noteid && n.deleted === undefined);
    return note === undefined ? fail(404, { error: 'The note ID does not exist.' }) : then(note);
  });
}

/** Marks a booked appointment cancelled and opens its time again as a new slot. */
function cancel(ctx: RouteContext, a: SimAppointment, reason: string | undefined): void {
  a.appointmentstatus = 'x';
  if (reason) a.cancellationreason = reason;
  touch(ctx, a, 'CancelAppointment');
  const reopened = ctx.data.scheduling.addSlot({ departmentid: a.departmentid, providerid: a.providerid, date: a.date, starttime: a.starttime, appointmenttypeid: a.appointmenttypeid, reasonid: a.reasonid });
  record(ctx, 'AddAppointmentSlot', reopened);
}

function listBooked(ctx: RouteContext, departments: string[]): Reply {
  const { from, to } = dateRange(ctx, 0, 0);
  const providers = listOf(ctx.params.providerid);
  const booked = ctx.data.scheduling
    .all()
    .filter(
      (a) =>
        (BOOKED.has(a.appointmentstatus) || (a.appointmentstatus === 'x' && isTrue(ctx.params.showcancelled))) &&
        departments.includes(a.departmentid) &&
        (providers.length === 0 || providers.includes(a.providerid)) &&
        (ctx.params.patientid === undefined || a.patientid === ctx.params.patientid) &&
        inRange(a.date, from, to),
    )
    .map(appointmentRecord);
  return pageOf(ctx, booked, readPaging(ctx, DEFAULT_LIMIT));
}

function touch(ctx: RouteContext, a: SimAppointment, event: string): void {
  ctx.data.scheduling.touch(a);
  record(ctx, event, a);
}

function record(ctx: RouteContext, event: string, a: SimAppointment): void {
  ctx.data.feeds.record('appointments', event, appointmentRecord(a));
}

function listOf(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** `startdate`/`enddate` as sortable keys, defaulting to today + the given day offsets. */
function dateRange(ctx: RouteContext, fromDays: number, toDays: number): { from: number; to: number } {
  const today = new Date();
  const day = (offset: number) => usDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset)));
  const from = dateKey(ctx.params.startdate ?? day(fromDays));
  const to = dateKey(ctx.params.enddate ?? day(toDays));
  return { from, to };
}

function inRange(date: string, from: number, to: number): boolean {
  const key = dateKey(date);
  return (Number.isNaN(from) || key >= from) && (Number.isNaN(to) || key <= to);
}
