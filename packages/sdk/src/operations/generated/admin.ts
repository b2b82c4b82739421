// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const adminOperations = defineOperations({
  listUserMessages: {
    id: 'admin.listUserMessages',
    method: 'GET',
    path: '/usermessages/{username}',
    summary: 'Get the list of messages for the given user and folder.',
    params: [
      { name: 'username', in: 'path', type: 'string', required: true },
      { name: 'folder', in: 'query', type: 'string', description: 'Requested message folder.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1000, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
      { name: 'showunreadonly', in: 'query', type: 'boolean', description: 'Only return unread messages.' },
    ],
    response: { kind: 'page', collectionKey: 'messages' },
  },
  sendUserMessage: {
    id: 'admin.sendUserMessage',
    method: 'POST',
    path: '/usermessages/{username}',
    summary: 'Send a message from the given user to a list of users.',
    params: [
      { name: 'username', in: 'path', type: 'string', required: true },
      { name: 'message', in: 'body', type: 'string', required: true, description: 'The body of this message.' },
      { name: 'recipientlist', in: 'body', type: 'string', required: true, description: 'A comma separated list of users to this this message to.' },
      { name: 'subject', in: 'body', type: 'string', required: true, description: 'The subject of this message.' },
      { name: 'externalid', in: 'body', type: 'string', description: 'String identifier to determine where the message came from.' },
      { name: 'payload', in: 'body', type: 'string', description: 'String to identify where the message should link to' },
      { name: 'priority', in: 'body', type: 'string', enum: ['HIGH', 'LOW', 'NORMAL'], description: 'The priority of this message.' },
    ],
    response: { kind: 'write' },
  },
  updateUserMessage: {
    id: 'admin.updateUserMessage',
    method: 'PUT',
    path: '/usermessages/{username}/{messageid}',
    summary: 'Update the message\'s read or flagged status.',
    params: [
      { name: 'messageid', in: 'path', type: 'string', required: true },
      { name: 'username', in: 'path', type: 'string', required: true },
      { name: 'flag', in: 'body', type: 'boolean', description: 'Set whether this message is flagged for followup.' },
      { name: 'folder', in: 'body', type: 'string', enum: ['INBOX', 'SAVED', 'SENT', 'TRASH'], description: 'Move the message to this folder.' },
      { name: 'read', in: 'body', type: 'boolean', description: 'Set whether this message is read.' },
    ],
    response: { kind: 'write' },
  },
  deleteUserMessage: {
    id: 'admin.deleteUserMessage',
    method: 'DELETE',
    path: '/usermessages/{username}/{messageid}',
    summary: 'Move this message to the TRASH folder.',
    params: [
      { name: 'messageid', in: 'path', type: 'string', required: true },
      { name: 'username', in: 'path', type: 'string', required: true },
    ],
    response: { kind: 'write' },
  },
  listStaffInboxConfiguration: {
    id: 'admin.listStaffInboxConfiguration',
    method: 'GET',
    path: '/configuration/inbox/staff',
    summary: 'Lists the staff inbox configuration of a department.',
    params: [
      { name: 'departmentid', in: 'query', type: 'string', required: true, description: 'The athenaNet department id.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1000, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
    ],
    response: { kind: 'raw' },
  },
  listStaffInboxTasks: {
    id: 'admin.listStaffInboxTasks',
    method: 'GET',
    path: '/staff/inbox',
    summary: 'Lists the tasks in a staff member\'s inbox.',
    params: [
      { name: 'staffname', in: 'query', type: 'string', required: true, description: 'Username to retrieve tasks by' },
      { name: 'inboxcategory', in: 'query', type: 'string', enum: ['ADMIN', 'APPOINTMENTREQUEST', 'CLINICALDOCUMENT', 'CLINICALENCOUNTERVISIT', 'CLINICALRESULT', 'COORDINATORTASK', 'FOLLOWUP', 'ORDER', 'PATIENTCASE', 'UNKNOWN'], description: 'The inbox category/bucket to filter, all others will be excluded.' },
      { name: 'limit', in: 'query', type: 'number', description: 'Number of entries to return (default 1000, max 5000)' },
      { name: 'offset', in: 'query', type: 'number', description: 'Starting point of entries; 0-indexed' },
      { name: 'priority', in: 'query', type: 'string', enum: ['NORMAL', 'URGENT', 'CURRENT'], description: 'Priority to filter, all others will be excluded' },
      { name: 'status', in: 'query', type: 'string', description: 'Status to filter, all others will be excluded' },
      { name: 'subtype', in: 'query', type: 'string', enum: ['Encounter', 'Document'], description: 'The document class to filter, all others will be excluded' },
    ],
    response: { kind: 'page', collectionKey: 'tasks' },
  },
});
