import { defineOperations } from '../core/operation.js';

export const practiceOperations = defineOperations({
  getPracticeInfo: {
    id: 'practice.getPracticeInfo',
    method: 'GET',
    path: '/practiceinfo',
    summary: "The client's practice: name, whether it has clinicals, and other settings.",
    params: [],
    response: { kind: 'record', collectionKey: 'practiceinfo' },
  },
  ping: {
    id: 'practice.ping',
    method: 'GET',
    path: '/ping',
    summary: 'Checks that the API answers for this practice; athena answers `{"pong":"true"}`.',
    params: [],
    response: { kind: 'raw' },
  },
});
