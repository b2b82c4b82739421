/**
 * The shape of spec/<area>.json, the single source of truth for the operation table
 * (spec/README.md describes each field). scripts/spec/load.ts checks a file against it.
 */

export type SpecMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type SpecLocation = 'path' | 'query' | 'body';
export type SpecParamType = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'json';
export type SpecResponseKind = 'record' | 'page' | 'array' | 'write' | 'raw' | 'text' | 'binary';

export interface SpecParam {
  /** athena's wire name, e.g. `departmentid`: the key in the params object and on the wire. */
  name: string;
  in: SpecLocation;
  type: SpecParamType;
  required?: boolean;
  /** Path parameters only: the camelCase positional argument, e.g. `appointmentTypeId`. */
  arg?: string;
  /** A textual wire format the type does not carry, e.g. `mm/dd/yyyy hh24:mi:ss`. */
  format?: string;
  maxLength?: number;
  enum?: string[];
  /** One line for the JSDoc and docs/api.md; never shipped at run time. */
  description?: string;
  /** A curation note for maintainers (e.g. why a parameter is unverified); not shown to users. */
  note?: string;
}

export interface SpecOperation {
  /** The method name on `athena.<area>`, unique across the SDK. */
  name: string;
  method: SpecMethod;
  /** Under `/v1/{practiceid}`, with `{wirename}` placeholders. */
  path: string;
  /** One line that says what the operation does. */
  summary: string;
  /** A second sentence for the JSDoc and docs (athena quirks the caller should know). */
  note?: string;
  /** What is not yet checked against a recorded answer (maintainers only). */
  unverified?: string;
  params: SpecParam[];
  atLeastOneOf?: string[][];
  /**
   * `collectionKey` for `page` (required) and `record` (optional); `accept` for `text` and
   * `binary` (required): the Accept header that asks athena for the document itself.
   */
  response: { kind: SpecResponseKind; collectionKey?: string; accept?: string };
  /** The element type the method returns (a type of packages/sdk/src/api/types, or `string`/`Uint8Array`). */
  resultType?: string;
  /** The params interface's name, when not `<Name>Params`. */
  paramsType?: string;
  /** The params interface also takes fields the spec does not name (passed through as given). */
  openParams?: boolean;
  /** The params argument has no `= {}` default even though no field is required. */
  paramsRequired?: boolean;
  /** The row is generated but the method is written by hand in `<area>.helpers.ts`. */
  handWritten?: boolean;
  /** The JSDoc `@example`, when the generated one is not the best illustration. */
  example?: string;
  /** Maintainers' notes on the curation (why a parameter is in or left out); never shown to users. */
  remarks?: string[];
  /** The public sources the operation was checked against (keys in spec/README.md). */
  sources: string[];
}

export interface SpecHelper {
  /** A hand-written method of `<area>.helpers.ts`. */
  name: string;
  /** What it calls, for docs/api.md. */
  calls: string;
  summary: string;
}

export interface SpecArea {
  /** The property of AthenaClient, e.g. `appointmentTypes`. */
  area: string;
  /** The public class, e.g. `AppointmentTypesResource`. */
  className: string;
  description: string;
  /** Present when the area has a hand-written `<area>.helpers.ts` (even an empty list). */
  helpers?: SpecHelper[];
  operations: SpecOperation[];
}
