import type { OperationCaller } from './caller.js';

/** Base of the resource classes: each method names an operation from the table and nothing more. */
export abstract class APIResource {
  protected readonly caller: OperationCaller;

  /** @internal The client builds its resources; users never do. */
  constructor(caller: OperationCaller) {
    this.caller = caller;
  }
}

/** athena adds fields over time: every record type keeps the ones the SDK does not name. */
export interface AthenaRecord {
  [field: string]: unknown;
}
