import { GeneratedAdminResource } from './generated/admin.js';

/** Staff messages and inboxes. */
export class AdminResource extends GeneratedAdminResource {}
