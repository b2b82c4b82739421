import { defineOperations, type ParamSpec } from '../core/operation.js';
import { moreDemographics } from './patient-demographics.js';

/** Demographic fields shared by search, create and update, with athena's documented limits. */
function demographics(location: 'query' | 'body'): ParamSpec[] {
  return [
    { name: 'firstname', in: location, type: 'string', maxLength: 20 },
    { name: 'middlename', in: location, type: 'string', maxLength: 20 },
    { name: 'lastname', in: location, type: 'string', maxLength: 30 },
    { name: 'suffix', in: location, type: 'string', maxLength: 20 },
    { name: 'preferredname', in: location, type: 'string', maxLength: 20 },
    { name: 'dob', in: location, type: 'date', description: 'Date of birth.' },
    { name: 'sex', in: location, type: 'string', enum: ['M', 'F'] },
    { name: 'ssn', in: location, type: 'string' },
    { name: 'address1', in: location, type: 'string', maxLength: 100 },
    { name: 'address2', in: location, type: 'string', maxLength: 100 },
    { name: 'city', in: location, type: 'string', maxLength: 30 },
    { name: 'state', in: location, type: 'string', maxLength: 2 },
    { name: 'zip', in: location, type: 'string' },
    { name: 'email', in: location, type: 'string', maxLength: 50 },
    { name: 'homephone', in: location, type: 'string' },
    { name: 'mobilephone', in: location, type: 'string' },
    { name: 'workphone', in: location, type: 'string' },
    { name: 'departmentid', in: location, type: 'string', description: 'Registration department.' },
    { name: 'status', in: location, type: 'string', enum: ['a', 'i', 'p', 'd'] },
  ];
}

export const patientOperations = defineOperations({
  getPatient: {
    id: 'patients.getPatient',
    method: 'GET',
    path: '/patients/{patientid}',
    summary: 'One patient (athena answers with an array; the SDK returns its first record).',
    params: [
      { name: 'patientid', in: 'path', type: 'string', required: true },
      { name: 'departmentid', in: 'query', type: 'string' },
      { name: 'showinsurance', in: 'query', type: 'boolean' },
      { name: 'showcustomfields', in: 'query', type: 'boolean' },
      { name: 'showportalstatus', in: 'query', type: 'boolean' },
      { name: 'showbalancedetails', in: 'query', type: 'boolean' },
      { name: 'showallpatientdepartmentstatus', in: 'query', type: 'boolean' },
      // The catalogue (ignorerestrictions, showallclaims), go-athenahealth (showlocalpatientid,
      // limitlocalpatientid) and the .NET client (showfullssn, show2015edcehrtvalues).
      { name: 'ignorerestrictions', in: 'query', type: 'boolean' },
      { name: 'showallclaims', in: 'query', type: 'boolean' },
      { name: 'showlocalpatientid', in: 'query', type: 'boolean' },
      { name: 'limitlocalpatientid', in: 'query', type: 'boolean' },
      { name: 'showfullssn', in: 'query', type: 'boolean' },
      { name: 'show2015edcehrtvalues', in: 'query', type: 'boolean' },
    ],
    response: { kind: 'record' },
  },
  searchPatients: {
    id: 'patients.searchPatients',
    method: 'GET',
    path: '/patients',
    summary: 'Finds patients by demographics, paged (athena pages 10 by default).',
    params: [
      ...demographics('query'),
      ...moreDemographics('query'),
      { name: 'anyphone', in: 'query', type: 'string' },
      { name: 'appointmentdepartmentid', in: 'query', type: 'string', description: 'Department of an upcoming appointment.' },
      { name: 'appointmentproviderid', in: 'query', type: 'string', description: 'Provider of an upcoming appointment.' },
      { name: 'upcomingappointmenthours', in: 'query', type: 'number', description: 'Only patients with an appointment within this many hours.' },
      { name: 'limit', in: 'query', type: 'number' },
      { name: 'offset', in: 'query', type: 'number' },
    ],
    atLeastOneOf: [
      [
        'firstname', 'middlename', 'lastname', 'suffix', 'dob', 'departmentid', 'homephone', 'mobilephone',
        'workphone', 'guarantorfirstname', 'guarantorlastname',
      ],
    ],
    response: { kind: 'page', collectionKey: 'patients' },
  },
  findBestMatch: {
    id: 'patients.findBestMatch',
    method: 'GET',
    path: '/patients/bestmatch',
    summary: 'Patients that best match the demographics, best first (a bare array).',
    params: [
      { name: 'lastname', in: 'query', type: 'string', required: true, maxLength: 30 },
      { name: 'dob', in: 'query', type: 'date', required: true },
      { name: 'firstname', in: 'query', type: 'string', maxLength: 20 },
      { name: 'preferredname', in: 'query', type: 'string', maxLength: 20 },
      { name: 'anyfirstname', in: 'query', type: 'string' },
      { name: 'ssn', in: 'query', type: 'string' },
      { name: 'zip', in: 'query', type: 'string' },
      { name: 'homephone', in: 'query', type: 'string' },
      { name: 'mobilephone', in: 'query', type: 'string' },
      { name: 'anyphone', in: 'query', type: 'string' },
      { name: 'email', in: 'query', type: 'string' },
      { name: 'departmentid', in: 'query', type: 'string' },
      { name: 'returnbestmatches', in: 'query', type: 'boolean' },
      // The catalogue's other fields.
      { name: 'middlename', in: 'query', type: 'string', maxLength: 20 },
      { name: 'suffix', in: 'query', type: 'string', maxLength: 20 },
      { name: 'workphone', in: 'query', type: 'string' },
      { name: 'guarantoremail', in: 'query', type: 'string' },
      { name: 'guarantorphone', in: 'query', type: 'string' },
      { name: 'appointmentdepartmentid', in: 'query', type: 'string' },
      { name: 'appointmentproviderid', in: 'query', type: 'string' },
      { name: 'upcomingappointmenthours', in: 'query', type: 'number' },
      { name: 'ignorerestrictions', in: 'query', type: 'boolean' },
      { name: 'showportalstatus', in: 'query', type: 'boolean' },
    ],
    atLeastOneOf: [
      ['ssn', 'zip', 'homephone', 'mobilephone', 'anyphone', 'email'],
      ['firstname', 'preferredname', 'anyfirstname'],
    ],
    response: { kind: 'array' },
  },
  createPatient: {
    id: 'patients.createPatient',
    method: 'POST',
    path: '/patients',
    summary: 'Registers a patient. athena answers `[{"patientid":"…"}]`; a non-empty `errormessage` is a failure.',
    params: [
      ...demographics('body').map((p): ParamSpec => {
        if (['departmentid', 'firstname', 'lastname', 'dob'].includes(p.name)) return { ...p, required: true };
        // A new patient is active, inactive or prospective; 'd' (deleted) only makes sense on update.
        if (p.name === 'status') return { ...p, enum: ['a', 'i', 'p'] };
        return p;
      }),
      ...moreDemographics('body'),
      { name: 'bypasspatientmatching', in: 'body', type: 'boolean' },
    ],
    response: { kind: 'write' },
  },
  updatePatient: {
    id: 'patients.updatePatient',
    method: 'PUT',
    path: '/patients/{patientid}',
    summary: 'Updates demographics. athena has no DELETE: `status: "d"` deletes.',
    params: [
      { name: 'patientid', in: 'path', type: 'string', required: true },
      ...demographics('body'),
      ...moreDemographics('body'),
      { name: 'showportalstatus', in: 'body', type: 'boolean', description: 'Include the portal status in the answer.' },
    ],
    response: { kind: 'write' },
  },
});
