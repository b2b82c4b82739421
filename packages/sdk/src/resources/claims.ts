import { GeneratedClaimsResource } from './generated/claims.js';

/** Claims: list, get, create, notes. */
export class ClaimsResource extends GeneratedClaimsResource {}
