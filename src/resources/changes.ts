import { GeneratedChangesResource } from './generated/changes.js';

/** Changed-data feeds and their subscriptions. */
export class ChangesResource extends GeneratedChangesResource {}
