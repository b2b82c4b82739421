import { practiceInfo } from '../data/practice.js';
import type { HandlerTable } from './context.js';

/** athena starts these bodies with blank lines before the JSON; clients must cope. */
const LEADING_NEWLINES = '\n\n';

export const practiceHandlers: HandlerTable = {
  'practice.getPracticeInfo': (ctx) => ({
    status: 200,
    body: { practiceinfo: [practiceInfo(ctx.practiceId)], totalcount: 1 },
    prefix: LEADING_NEWLINES,
  }),
  'practice.ping': () => ({ status: 200, body: { pong: 'true' }, prefix: LEADING_NEWLINES }),
};
