// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const appointmentTypesOperations = defineOperations({
  listAppointmentTypes: {
    id: 'appointmentTypes.listAppointmentTypes',
    method: 'GET',
    path: '/appointmenttypes',
    summary: 'Raw appointment types for this practice.',
    params: [
      { name: 'hidegeneric', in: 'query', type: 'boolean', description: 'By default, we show both generic and non-generic types.' },
      { name: 'hidenongeneric', in: 'query', type: 'boolean', description: 'By default, we show both generic and non-generic types.' },
      { name: 'hidenonpatient', in: 'query', type: 'boolean', description: 'This defaults to true if not specified, and thus will hide non-patient facing types.' },
      { name: 'hidetemplatetypeonly', in: 'query', type: 'boolean', description: 'By default, we show both "template only" and not-template only types.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1500, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
    ],
    response: { kind: 'page', collectionKey: 'appointmenttypes' },
  },
  createAppointmentType: {
    id: 'appointmentTypes.createAppointmentType',
    method: 'POST',
    path: '/appointmenttypes',
    summary: 'Adds an appointment type',
    params: [
      { name: 'duration', in: 'body', type: 'number', required: true, description: 'The expected duration, in minutes, of the appointment type.' },
      { name: 'name', in: 'body', type: 'string', required: true, description: 'The name of the appointment type.' },
      { name: 'patient', in: 'body', type: 'boolean', required: true, description: 'If set to true, this type serves as a "patient" type, meaning that is is a type that can be used for booking patients.' },
      { name: 'shortname', in: 'body', type: 'string', required: true, description: 'The short name code of the appointment type.' },
      { name: 'generic', in: 'body', type: 'boolean', description: 'If set to true, this type serves as a "generic" type, that will match any type when searching.' },
      { name: 'templatetypeonly', in: 'body', type: 'boolean', description: 'If set to true, this type serves as a "template-only" type, meaning that it can be used for building schedule templates, but cannot be used for booking appointments (i.e.' },
    ],
    response: { kind: 'write' },
  },
  getAppointmentType: {
    id: 'appointmentTypes.getAppointmentType',
    method: 'GET',
    path: '/appointmenttypes/{appointmenttypeid}',
    summary: 'Get one appointment type.',
    params: [
      { name: 'appointmenttypeid', in: 'path', type: 'string', required: true },
    ],
    response: { kind: 'record' },
  },
  updateAppointmentType: {
    id: 'appointmentTypes.updateAppointmentType',
    method: 'PUT',
    path: '/appointmenttypes/{appointmenttypeid}',
    summary: 'Update a appointment type entry.',
    params: [
      { name: 'appointmenttypeid', in: 'path', type: 'string', required: true },
      { name: 'generic', in: 'body', type: 'boolean', description: 'If set to true, this type serves as a "generic" type, that will match any type when searching.' },
      { name: 'name', in: 'body', type: 'string', description: 'The name of the appointment type.' },
      { name: 'patient', in: 'body', type: 'boolean', description: 'If set to true, this type serves as a "patient" type, meaning that is is a type that can be used for booking patients.' },
      { name: 'templatetypeonly', in: 'body', type: 'boolean', description: 'If set to true, this type serves as a "template-only" type, meaning that it can be used for building schedule templates, but cannot be used for booking appointments (i.e.' },
    ],
    response: { kind: 'write' },
  },
});
