/**
 * The simulator's stateful areas through the SDK's public client: a write is seen by the
 * next read (create → list and get show it, update changes it, delete removes it), in
 * athena's shapes, with athena's errors for unknown ids and missing fields.
 */
import { describe, expect } from 'vitest';
import { ApiError, BadRequestError, NotFoundError } from '../../src/index.js';
import { it } from '../fixtures.js';

describe('insurance', () => {
  it('add, list, update by id and by sequence, cancel, reactivate; card image stored and removed', async ({ athena }) => {
    const added = (await athena.insurance.addPatientInsurance('7', { insurancepackageid: '59', sequencenumber: '1', insuranceidnumber: 'XYZ123' })) as Record<string, unknown>;
    expect(added).toMatchObject({ insurancepackageid: '59', sequencenumber: '1', insuranceidnumber: 'XYZ123', patientid: '7' });
    const insuranceid = added.insuranceid as string;
    expect(insuranceid).toMatch(/^\d+$/);

    const page = await athena.insurance.listPatientInsurances('7');
    expect(page.items.map((i) => i.insuranceid)).toEqual([insuranceid]);
    expect(page.totalCount).toBe(1);

    await athena.insurance.updatePatientInsurance('7', insuranceid, { insurancepolicyholderlastname: 'Quill' });
    await athena.insurance.updatePatientInsuranceBySequence('7', { sequencenumber: '1', policynumber: 'P-9' });
    expect((await athena.insurance.listPatientInsurances('7')).items[0]).toMatchObject({ insurancepolicyholderlastname: 'Quill', policynumber: 'P-9' });

    await athena.insurance.uploadInsuranceCardImage('7', insuranceid, { image: 'aGVsbG8=' });
    await expect(athena.insurance.getInsuranceCardImage('7', insuranceid)).resolves.toEqual({ image: 'aGVsbG8=' });
    await athena.insurance.deleteInsuranceCardImage('7', insuranceid);
    await expect(athena.insurance.getInsuranceCardImage('7', insuranceid)).rejects.toBeInstanceOf(NotFoundError);

    await athena.insurance.deletePatientInsurance('7', insuranceid, { cancellationnote: 'Moved' });
    expect((await athena.insurance.listPatientInsurances('7')).items).toEqual([]);
    await athena.insurance.reactivatePatientInsurance('7', insuranceid);
    expect((await athena.insurance.listPatientInsurances('7')).items.map((i) => i.insuranceid)).toEqual([insuranceid]);
    await athena.insurance.deletePatientInsuranceBySequence('7', { sequencenumber: '1' });
    expect((await athena.insurance.listPatientInsurances('7')).items).toEqual([]);
  });

  it('an unknown insurance or patient is a 404; a taken sequence number is a 400', async ({ athena }) => {
    await expect(athena.insurance.updatePatientInsurance('7', '999999', { insurancepolicyholderlastname: 'X' })).rejects.toMatchObject({ status: 404, error: 'The requested resource does not exist.' });
    await expect(athena.insurance.listPatientInsurances('999999')).rejects.toMatchObject({ status: 404, error: 'The patient ID does not exist.' });
    await athena.insurance.addPatientInsurance('8', { insurancepackageid: '59', sequencenumber: '1' });
    await expect(athena.insurance.addPatientInsurance('8', { insurancepackageid: '60', sequencenumber: '1' })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('claims', () => {
  it('a created claim is listed by its filters, read by id, and its notes show', async ({ athena }) => {
    const { claimids } = (await athena.claims.createClaim({ patientid: '3', departmentid: '1', servicedate: '2026-11-02', supervisingproviderid: '1', claimcharges: [{ procedurecode: '99213', units: 1 }] })) as { claimids: string[] };
    expect(claimids).toHaveLength(1);
    const claimid = claimids[0] as string;
    const claim = await athena.claims.getClaim(claimid);
    expect(claim).toMatchObject({ claimid, patientid: '3', departmentid: '1', servicedate: '11/02/2026', claimcharges: [{ procedurecode: '99213', units: 1 }] });

    expect((await athena.claims.listClaims({ departmentid: '1', servicestartdate: '2026-11-01', serviceenddate: '2026-11-30' })).items.map((c) => c.claimid)).toEqual([claimid]);
    expect((await athena.claims.listClaims({ departmentid: '21' })).items).toEqual([]);
    expect((await athena.claims.listClaims({ servicestartdate: '2026-12-01' })).items).toEqual([]);

    await athena.claims.addClaimNote(claimid, { claimnote: 'Resubmitted with modifier 25.' });
    expect((await athena.claims.getClaim(claimid)).notes).toMatchObject([{ note: 'Resubmitted with modifier 25.' }]);
    await expect(athena.claims.getClaim('424242')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('claimcharges that are not charges are refused with athena 400', async ({ athena }) => {
    await expect(athena.claims.createClaim({ patientid: '3', departmentid: '1', servicedate: '2026-11-02', supervisingproviderid: '1', claimcharges: ['99213'] })).rejects.toMatchObject({
      status: 400,
      error: 'The data provided is invalid.',
    });
  });
});

describe('payments', () => {
  it('a recorded payment is a receipt; voiding marks it; stored cards keep no card number', async ({ athena, sim }) => {
    const { epaymentid } = (await athena.payments.recordPayment('5', { departmentid: '1', paymentmethod: 'CASH', copayamount: '20', otheramount: '5.5' })) as { epaymentid: string };
    expect(await athena.payments.listReceipts('5', { departmentid: '1' })).toEqual([{ epaymentid, amount: '25.50', status: 'APPROVED', postdate: expect.any(String), paymentmethod: 'CASH' }]);
    expect(await athena.payments.getReceiptDetails('5', epaymentid)).toMatchObject({ epaymentid, amount: '25.50', departmentid: '1' });
    await athena.payments.voidPayment('5', epaymentid);
    expect((await athena.payments.listReceipts('5', { departmentid: '1' }))[0]).toMatchObject({ status: 'VOIDED' });
    await expect(athena.payments.voidPayment('5', epaymentid)).rejects.toBeInstanceOf(ApiError);
    await expect(athena.payments.getReceiptDetails('5', '1')).rejects.toMatchObject({ status: 404 });

    const { storedcardid } = (await athena.payments.storeCard('5', { departmentid: '1', billingaddress: '1 Main St', billingzip: '02139', accountnumber: '4111111111111111', cardsecuritycode: 123 })) as { storedcardid: string };
    const cards = await athena.payments.listStoredCards('5', { departmentid: '1' });
    expect(cards).toMatchObject([{ storedcardid, cardnumberlast4: '1111', billingzip: '02139' }]);
    expect(JSON.stringify(cards)).not.toContain('4111111111111111');
    expect(JSON.stringify(cards)).not.toContain('123');
    await athena.payments.updateStoredCard('5', storedcardid, { departmentid: '1', preferredcard: true });
    expect((await athena.payments.listStoredCards('5', { departmentid: '1' }))[0]).toMatchObject({ preferredcard: 'true' });
    await athena.payments.deleteStoredCard('5', storedcardid, { departmentid: '1' });
    expect(await athena.payments.listStoredCards('5', { departmentid: '1' })).toEqual([]);
    expect(sim.requests.filter((r) => r.status === 404)).toHaveLength(1);
  });
});

describe('encounters', () => {
  it('each patient has seeded encounters; updates and diagnoses show on later reads', async ({ athena }) => {
    const page = await athena.encounters.listEncounters('12', { departmentid: '1' });
    expect(page.items.map((e) => e.encounterid)).toEqual(['1201', '1202']);
    expect((await athena.encounters.listEncounters('12', { departmentid: '1', startdate: '2025-06-01' })).items.map((e) => e.encounterid)).toEqual(['1202']);
    await athena.encounters.updateEncounter('1201', { patientlocationid: '4', patientstatusid: '2' });
    expect(await athena.encounters.getEncounter('1201')).toMatchObject({ encounterid: '1201', patientid: '12', patientlocationid: '4', patientstatusid: '2' });

    expect(await athena.encounters.listDiagnoses('1201')).toEqual([]);
    const added = (await athena.encounters.addDiagnosis('1201', { snomedcode: '38341003', icd10codes: ['I10'] })) as { diagnosisid: string };
    expect(await athena.encounters.listDiagnoses('1201')).toEqual([{ diagnosisid: added.diagnosisid, snomedcode: '38341003', icdcodes: [{ code: 'I10', codeset: 'ICD10' }] }]);
    await expect(athena.encounters.getEncounter('1203')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('vitals', () => {
  it('added readings are listed grouped as athena does, updated and deleted by vitalid', async ({ athena }) => {
    const { vitalids } = (await athena.chart.addVitals('9', {
      departmentid: '1',
      source: 'ENCOUNTER',
      sourceid: '901',
      vitals: [[{ clinicalelementid: 'VITALS.BLOODPRESSURE.SYSTOLIC', value: '120' }, { clinicalelementid: 'VITALS.BLOODPRESSURE.DIASTOLIC', value: '80' }], [{ clinicalelementid: 'VITALS.WEIGHT', value: 70000 }]],
    })) as { vitalids: { vitalid: string; clinicalelementid: string }[] };
    expect(vitalids.map((v) => v.clinicalelementid)).toEqual(['VITALS.BLOODPRESSURE.SYSTOLIC', 'VITALS.BLOODPRESSURE.DIASTOLIC', 'VITALS.WEIGHT']);

    const list = async () => (await athena.chart.listVitals('9', { departmentid: '1', source: 'ENCOUNTER' })).items as { key: string; readings: { value: string; vitalid: string }[][] }[];
    const vitals = await list();
    expect(vitals.map((v) => v.key)).toEqual(['BLOODPRESSURE', 'WEIGHT']);
    expect(vitals[0]?.readings.map((group) => group.map((r) => r.value))).toEqual([['120', '80']]);
    expect(vitals[1]?.readings[0]?.[0]).toMatchObject({ value: '70000', vitalid: vitalids[2]?.vitalid });

    await athena.chart.updateVital('9', vitalids[2]?.vitalid as string, { departmentid: '1', source: 'ENCOUNTER', value: '71000' });
    expect((await list())[1]?.readings[0]?.[0]?.value).toBe('71000');
    await athena.chart.deleteVital('9', vitalids[2]?.vitalid as string, { departmentid: '1' });
    expect((await list()).map((v) => v.key)).toEqual(['BLOODPRESSURE']);
    await expect(athena.chart.deleteVital('9', vitalids[2]?.vitalid as string, { departmentid: '1' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(athena.chart.addVitals('9', { departmentid: '1', source: 'ENCOUNTER', sourceid: '1', vitals: [[{ value: '1' }]] })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe('documents', () => {
  it('lab results, patient cases and clinical documents are listed and read after their writes; a delete removes', async ({ athena }) => {
    const { labresultid } = (await athena.documents.uploadLabResultDocument('4', { departmentid: '1', analytes: [{ analytename: 'glucose', value: '90' }] })) as { labresultid: string };
    expect((await athena.documents.listLabResultDocuments('4', { departmentid: '1' })).items.map((d) => d.labresultid)).toEqual([labresultid]);
    expect(await athena.documents.getLabResultDocument('4', labresultid)).toMatchObject({ labresultid, analytes: [{ analytename: 'glucose', value: '90' }] });

    const { patientcaseid } = (await athena.documents.createPatientCase('4', { departmentid: '1', documentsource: 'PATIENT', documentsubclass: 'PATIENTCASE', providerid: '1', subject: 'Refill' })) as { patientcaseid: string };
    expect(await athena.documents.getPatientCaseDocument('4', patientcaseid)).toMatchObject({ patientcaseid, subject: 'Refill' });
    expect((await athena.documents.listPatientCaseDocuments('4', { departmentid: '1' })).items).toHaveLength(1);

    const { clinicaldocumentid } = (await athena.documents.uploadClinicalDocument('4', { departmentid: '1', documentsubclass: 'CLINICALDOCUMENT', documentdata: 'Note.' })) as { clinicaldocumentid: string };
    expect((await athena.documents.listClinicalDocuments('4', { departmentid: '1' })).items.map((d) => d.clinicaldocumentid)).toEqual([clinicaldocumentid]);
    await athena.documents.deleteClinicalDocument('4', clinicaldocumentid);
    expect((await athena.documents.listClinicalDocuments('4', { departmentid: '1' })).items).toEqual([]);
    await expect(athena.documents.getLabResultDocument('4', '77')).rejects.toBeInstanceOf(NotFoundError);
    // Another patient's lists stay apart.
    expect((await athena.documents.listLabResultDocuments('5', { departmentid: '1' })).items).toEqual([]);
  });

  it('athena 400 lists the missing fields of a write sent raw', async ({ athena }) => {
    const error = await athena.requestRaw('POST', '/patients/4/documents/patientcase', { departmentid: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ error: 'Additional fields are required.', missingFields: ['documentsource', 'documentsubclass', 'providerid'] });
    expect((await athena.documents.listPatientCaseDocuments('4', { departmentid: '1' })).items).toEqual([]);
  });
});

describe('custom fields', () => {
  it("the practice's fields, a patient's values after a PUT, and the search by value", async ({ athena, sim }) => {
    const fields = await athena.customFields.listCustomFields();
    expect(fields.map((f) => f.customfieldid)).toEqual(['1', '2']);
    const answer = await athena.patients.updatePatientCustomFields('6', {
      departmentid: '1',
      customfields: [{ customfieldid: '1', customfieldvalue: 'Main St Pharmacy' }, { customfieldid: '2', optionid: '22' }, { customfieldid: '99', customfieldvalue: 'x' }],
    });
    expect(answer).toMatchObject({ success: 'true', updatedcount: '2', disallowedcount: '1' });
    expect(await athena.patients.getPatientCustomFields('6', { departmentid: '1' })).toEqual([
      { customfieldid: '1', customfieldvalue: 'Main St Pharmacy' },
      { customfieldid: '2', optionid: '22', customfieldvalue: 'Friend or family' },
    ]);
    expect(await athena.patients.getPatientCustomFields('7', { departmentid: '1' })).toEqual([]);
    const found = await athena.patients.searchPatientsByCustomField('2', '22');
    expect(found.items.map((p) => p.patientid)).toEqual(['6']);
    expect(sim.stats.byOperation['patients.updatePatientCustomFields']).toBe(1);
  });
});
