import { describe, expect } from 'vitest';
import { ApiError, BadRequestError, ConflictError, InvalidRequestError, NotFoundError, type AthenaClient } from '../../src/index.js';
import { fileTest as it } from '../fixtures.js';

function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset)).toISOString().slice(0, 10);
}

async function openSlotIds(athena: AthenaClient, providerid = '1'): Promise<string[]> {
  const page = await athena.appointments.listOpenAppointmentSlots({ departmentid: ['1'], providerid: [providerid] });
  return page.items.map((slot) => slot.appointmentid);
}

describe('open slots', () => {
  it('lists, creates and deletes open slots', async ({ athena }) => {
    const before = await openSlotIds(athena, '2');
    expect(before.length).toBeGreaterThan(0);
    const created = await athena.appointments.createOpenAppointmentSlots({ departmentid: '1', providerid: '2', appointmentdate: day(3), appointmenttime: ['16:00', '16:30'] });
    const ids = Object.keys(created.appointmentids ?? {});
    expect(Object.values(created.appointmentids ?? {})).toEqual(['16:00', '16:30']);
    expect(await openSlotIds(athena, '2')).toEqual(expect.arrayContaining(ids));
    await athena.appointments.deleteOpenAppointmentSlot(ids[0] as string);
    const after = await openSlotIds(athena, '2');
    expect(after).not.toContain(ids[0]);
    expect(after).toContain(ids[1]);
  });

  it('refuses a bad slot time from athena, and only deletes open slots', async ({ athena }) => {
    await expect(athena.appointments.createOpenAppointmentSlots({ departmentid: '1', providerid: '2', appointmentdate: day(3), appointmenttime: ['25:00'] })).rejects.toBeInstanceOf(BadRequestError);
    const [slot] = await openSlotIds(athena);
    await athena.appointments.bookAppointment(slot as string, { patientid: '3', reasonid: '1' });
    await expect(athena.appointments.deleteOpenAppointmentSlot(slot as string)).rejects.toBeInstanceOf(BadRequestError);
    await expect(athena.appointments.deleteOpenAppointmentSlot('999999')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('booking', () => {
  it('books a slot, refuses a second booking with athena\'s 409, and frees the time on cancel', async ({ athena }) => {
    const [slot] = await openSlotIds(athena);
    const booked = await athena.appointments.bookAppointment(slot as string, { patientid: '1', appointmenttypeid: '62', bookingnote: 'knee pain' });
    expect(booked).toMatchObject({ appointmentid: slot, appointmentstatus: 'f', patientid: '1' });
    expect(await openSlotIds(athena)).not.toContain(slot);

    const conflict = await athena.appointments.bookAppointment(slot as string, { patientid: '2', appointmenttypeid: '62' }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).status).toBe(409);
    expect((conflict as ConflictError).error).toBe('That appointment time was already booked or not available for booking.');

    const bookedList = await athena.appointments.listBookedAppointments({ departmentid: '1', startdate: day(0), enddate: day(8) });
    expect(bookedList.items.map((a) => a.appointmentid)).toContain(slot);

    await athena.appointments.cancelAppointment(slot as string, { patientid: '1', cancellationreason: 'patient request' });
    expect((await athena.appointments.getAppointment(slot as string)).appointmentstatus).toBe('x');
    // The time is open again, as a new slot.
    const again = (await athena.appointments.listOpenAppointmentSlots({ departmentid: ['1'], providerid: ['1'] })).items;
    expect(again.some((s) => s.date === booked.date && s.starttime === booked.starttime)).toBe(true);
    await expect(athena.appointments.cancelAppointment(slot as string, { patientid: '1' })).rejects.toBeInstanceOf(BadRequestError);
  });

  it('reschedules to an open slot, and refuses a taken one', async ({ athena }) => {
    const [a, b, c] = await openSlotIds(athena);
    await athena.appointments.bookAppointment(a as string, { patientid: '4', reasonid: '1' });
    await athena.appointments.bookAppointment(c as string, { patientid: '5', reasonid: '1' });
    const moved = await athena.appointments.rescheduleAppointment(a as string, { patientid: '4', newappointmentid: b as string, reschedulereason: 'conflict' });
    expect(moved).toMatchObject({ appointmentid: b, appointmentstatus: 'f', patientid: '4' });
    expect((await athena.appointments.getAppointment(a as string)).appointmentstatus).toBe('x');
    await expect(athena.appointments.rescheduleAppointment(b as string, { patientid: '4', newappointmentid: c as string })).rejects.toBeInstanceOf(ConflictError);
  });

  it('checks required parameters before the call and athena\'s answers after it', async ({ sim, athena }) => {
    const before = sim.stats.apiRequests;
    // @ts-expect-error patientid is required
    await expect(athena.appointments.bookAppointment('1', { reasonid: '1' })).rejects.toBeInstanceOf(InvalidRequestError);
    // reasonid or appointmenttypeid is required
    await expect(athena.appointments.bookAppointment('1', { patientid: '1' })).rejects.toThrow(/at least one of 'appointmenttypeid', 'reasonid'/);
    expect(sim.stats.apiRequests).toBe(before);
    const [slot] = await openSlotIds(athena);
    await expect(athena.appointments.bookAppointment(slot as string, { patientid: '99999999', reasonid: '1' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('check-in flow', () => {
  it('starts, cancels, checks in and checks out', async ({ athena }) => {
    const [slot] = await openSlotIds(athena);
    const id = slot as string;
    await expect(athena.appointments.checkInAppointment(id)).rejects.toBeInstanceOf(BadRequestError);
    await athena.appointments.bookAppointment(id, { patientid: '6', reasonid: '1' });
    await athena.appointments.startCheckIn(id);
    await athena.appointments.cancelCheckIn(id);
    await expect(athena.appointments.cancelCheckIn(id)).rejects.toBeInstanceOf(BadRequestError);
    await athena.appointments.startCheckIn(id);
    await expect(athena.appointments.checkOutAppointment(id)).rejects.toBeInstanceOf(BadRequestError);
    await athena.appointments.checkInAppointment(id);
    expect((await athena.appointments.getAppointment(id)).appointmentstatus).toBe('2');
    await athena.appointments.checkOutAppointment(id);
    expect((await athena.appointments.getAppointment(id)).appointmentstatus).toBe('3');
  });
});

describe('appointment notes', () => {
  it('adds, lists, updates and deletes notes', async ({ athena }) => {
    const [slot] = await openSlotIds(athena);
    const id = slot as string;
    const { noteid } = await athena.appointments.addAppointmentNote(id, { notetext: 'Bring the referral.', displayonschedule: true });
    expect(noteid).toBeTypeOf('string');
    expect((await athena.appointments.listAppointmentNotes(id)).items).toEqual([expect.objectContaining({ noteid, notetext: 'Bring the referral.', displayonschedule: 'true' })]);
    await athena.appointments.updateAppointmentNote(id, String(noteid), { notetext: 'Bring both referrals.' });
    expect((await athena.appointments.listAppointmentNotes(id)).items[0]?.notetext).toBe('Bring both referrals.');
    await athena.appointments.deleteAppointmentNote(id, String(noteid));
    expect((await athena.appointments.listAppointmentNotes(id)).items).toEqual([]);
    expect((await athena.appointments.listAppointmentNotes(id, { showdeleted: true })).items).toHaveLength(1);
    await expect(athena.appointments.updateAppointmentNote(id, String(noteid), { notetext: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(athena.appointments.addAppointmentNote(id, { notetext: '' })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe('freeze', () => {
  it('freezes a slot (hidden, not bookable), reports the soft failure of freezing twice, and unfreezes', async ({ athena }) => {
    const [slot] = await openSlotIds(athena);
    const id = slot as string;
    await athena.appointments.freezeAppointment(id, { freeze: true });
    expect(await openSlotIds(athena)).not.toContain(id);
    await expect(athena.appointments.bookAppointment(id, { patientid: '1', reasonid: '1' })).rejects.toBeInstanceOf(ConflictError);
    const twice = await athena.appointments.freezeAppointment(id, { freeze: true }).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ApiError);
    expect((twice as ApiError).status).toBe(200);
    expect((twice as ApiError).error).toBe('Appointment is already frozen.');
    await athena.appointments.freezeAppointment(id, { freeze: false });
    expect(await openSlotIds(athena)).toContain(id);
  });
});
