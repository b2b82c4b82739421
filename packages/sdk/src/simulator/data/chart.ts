/**
 * Chart sections of one simulator that keep state: allergies (athena's PUT replaces the
 * list it is given, matched by allergenid) and medications (athena's array of arrays,
 * one inner array per medication history).
 */

export interface SimAllergy {
  allergenid: string;
  allergenname: string;
  onsetdate?: string;
  note?: string;
  deactivatedate?: string;
  reactions: { reactionname: string; snomedcode?: string; severity?: string }[];
}

export interface SimMedication {
  medicationentryid: string;
  medicationid: string;
  medication: string;
  unstructuredsig?: string;
  events: { eventdate: string; type: string }[];
  source: string;
}

export interface AllergySection {
  allergies: SimAllergy[];
  nkda: string;
  sectionnote?: string;
  lastupdated: string;
}

export class ChartStore {
  private readonly allergies = new Map<string, AllergySection>();
  private readonly medications = new Map<string, SimMedication[][]>();
  private nextMedicationEntry = 1000;

  allergySection(patientid: string): AllergySection {
    let section = this.allergies.get(patientid);
    if (section === undefined) {
      section = {
        allergies: [{ allergenid: '10641', allergenname: 'Penicillins', onsetdate: '03/14/2010', reactions: [{ reactionname: 'hives', snomedcode: '247472004', severity: 'moderate' }] }],
        nkda: 'false',
        lastupdated: '01/05/2026',
      };
      this.allergies.set(patientid, section);
    }
    return section;
  }

  medicationGroups(patientid: string): SimMedication[][] {
    let groups = this.medications.get(patientid);
    if (groups === undefined) {
      groups = [
        [
          { medicationentryid: 'H1', medicationid: '243146', medication: 'lisinopril 10 mg tablet', unstructuredsig: 'one daily', events: [{ eventdate: '02/01/2024', type: 'START' }], source: 'CLINICALPRESCRIPTION' },
          { medicationentryid: 'H2', medicationid: '243146', medication: 'lisinopril 10 mg tablet', unstructuredsig: 'one daily', events: [{ eventdate: '02/01/2025', type: 'REFILL' }], source: 'CLINICALPRESCRIPTION' },
        ],
        [{ medicationentryid: 'H3', medicationid: '198211', medication: 'atorvastatin 20 mg tablet', events: [{ eventdate: '06/10/2023', type: 'START' }], source: 'PATIENTREPORTED' }],
      ];
      this.medications.set(patientid, groups);
    }
    return groups;
  }

  addMedication(patientid: string, fields: { medicationid: string; startdate?: string; unstructuredsig?: string }): string {
    const medicationentryid = String(this.nextMedicationEntry++);
    const entry: SimMedication = {
      medicationentryid,
      medicationid: fields.medicationid,
      medication: `medication ${fields.medicationid}`,
      events: fields.startdate ? [{ eventdate: fields.startdate, type: 'START' }] : [],
      source: 'PATIENTREPORTED',
    };
    if (fields.unstructuredsig) entry.unstructuredsig = fields.unstructuredsig;
    this.medicationGroups(patientid).push([entry]);
    return medicationentryid;
  }
}
