/**
 * Appointment slots and appointments of one simulator. A slot is an appointment with
 * status `o` (open); booking turns it into `f` (future) for a patient; cancelling marks
 * it `x` and opens a new slot at the same time; check-in moves it to `2`, check-out to `3`.
 */

export interface AppointmentNote {
  noteid: string;
  notetext: string;
  displayonschedule: string;
  created: string;
  deleted?: string;
}

export interface SimAppointment {
  appointmentid: string;
  departmentid: string;
  providerid: string;
  /** `mm/dd/yyyy`. */
  date: string;
  /** `HH:MM`. */
  starttime: string;
  duration: number;
  appointmenttypeid: string;
  appointmenttype: string;
  reasonid: string[];
  /** `o` open, `f` future (booked), `x` cancelled, `2` checked in, `3` checked out. */
  appointmentstatus: string;
  patientid?: string;
  frozen: string;
  checkinstarted?: boolean;
  cancellationreason?: string;
  bookingnote?: string;
  notes: AppointmentNote[];
  lastmodified: string;
}

const TYPES: Record<string, string> = { '2': 'New Patient', '62': 'Office Visit', '82': 'Follow Up' };

export class SchedulingStore {
  readonly appointments = new Map<string, SimAppointment>();
  private nextId = 1;
  private nextNoteId = 1;

  /** Seeds open slots on the next weekdays for the first departments and providers. */
  constructor(today: Date, clock: () => string) {
    this.clock = clock;
    const seeds: [string, string][] = [['1', '1'], ['1', '2'], ['21', '3'], ['82', '5']];
    for (let day = 1; day <= 7; day++) {
      const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + day));
      for (const [departmentid, providerid] of seeds) {
        for (const time of ['09:00', '09:30', '10:00', '14:00']) {
          this.addSlot({ departmentid, providerid, date: usDate(date), starttime: time, appointmenttypeid: '62', reasonid: ['1'] });
        }
      }
    }
  }

  private readonly clock: () => string;

  get(id: string): SimAppointment | undefined {
    return this.appointments.get(id);
  }

  addSlot(fields: { departmentid: string; providerid: string; date: string; starttime: string; appointmenttypeid?: string; reasonid?: string[] }): SimAppointment {
    const typeId = fields.appointmenttypeid ?? '62';
    const slot: SimAppointment = {
      appointmentid: String(this.nextId++),
      departmentid: fields.departmentid,
      providerid: fields.providerid,
      date: fields.date,
      starttime: fields.starttime,
      duration: 30,
      appointmenttypeid: typeId,
      appointmenttype: TYPES[typeId] ?? 'Office Visit',
      reasonid: fields.reasonid ?? ['1'],
      appointmentstatus: 'o',
      frozen: 'false',
      notes: [],
      lastmodified: this.clock(),
    };
    this.appointments.set(slot.appointmentid, slot);
    return slot;
  }

  touch(appointment: SimAppointment): void {
    appointment.lastmodified = this.clock();
  }

  addNote(appointment: SimAppointment, notetext: string, displayonschedule: string): AppointmentNote {
    const note = { noteid: String(this.nextNoteId++), notetext, displayonschedule, created: this.clock() };
    appointment.notes.push(note);
    return note;
  }

  all(): SimAppointment[] {
    return [...this.appointments.values()];
  }
}

export function usDate(d: Date): string {
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** `mm/dd/yyyy` → a sortable `yyyymmdd` number; NaN when malformed. */
export function dateKey(us: string): number {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(us);
  return m ? Number(`${m[3]}${m[1]}${m[2]}`) : Number.NaN;
}

/** The record athena sends for an appointment (notes and internal flags left out). */
export function appointmentRecord(a: SimAppointment): Record<string, unknown> {
  const { notes: _notes, checkinstarted: _started, ...record } = a;
  return record;
}
