// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { claimsOperations as ops } from '../../operations/generated/claims.js';
import type { DateInput, Claim, ClaimWriteResult, WriteResult } from '../types/index.js';

/** Parameters of {@link ClaimsResource.createAppointmentClaim}. */
export interface CreateAppointmentClaimParams {
  /** List of charges for this claim, This should be a JSON string representing an array of charge objects. */
  claimcharges: unknown;
}

/** Parameters of {@link ClaimsResource.listClaims}. */
export interface ListClaimsParams {
  /** One or more appointment IDs. */
  appointmentid?: string;
  /** The claim creation date, end of range, inclusive. */
  createdenddate?: DateInput;
  /** The claim creation date, start of range, inclusive. */
  createdstartdate?: DateInput;
  /** The department ID of the service department for the claims being searched for. */
  departmentid?: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Will match either the provider or the supervising provider. */
  providerid?: string;
  /** The service date, end of range, inclusive. */
  serviceenddate?: DateInput;
  /** The service date, start of range, inclusive. */
  servicestartdate?: DateInput;
  patientid?: string;
  /** Include the claim custom fields. */
  showcustomfields?: boolean;
}

/** Parameters of {@link ClaimsResource.addClaimNote}. */
export interface AddClaimNoteParams {
  /** The text of the note. */
  claimnote: string;
}

/** Parameters of {@link ClaimsResource.getClaim}. */
export interface GetClaimParams {
  showcustomfields?: boolean;
}

/** Parameters of {@link ClaimsResource.createClaim}. */
export interface CreateClaimParams {
  patientid: string;
  /** The athenaNet department ID. */
  departmentid: string;
  servicedate: DateInput;
  supervisingproviderid: string;
  /** JSON array of charges: procedurecode, units, icd10code1... */
  claimcharges: unknown;
  renderingproviderid?: string;
  primarypatientinsuranceid?: string;
  customfields?: unknown;
  secondarypatientinsuranceid?: string;
  orderingproviderid?: string;
  referringproviderid?: string;
  referralauthid?: string;
  /** Box 19 of the claim form. */
  reserved19?: string;
}

/**
 * The claims operations of the table, one thin method each: the base of the public
 * `ClaimsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedClaimsResource extends APIResource {
  /**
   * Creates a new claim for an appointment.
   *
   * `POST /appointments/{appointmentid}/claim`
   * @example
   * const result = await athena.claims.createAppointmentClaim('1', { claimcharges: [] });
   */
  createAppointmentClaim(appointmentId: string, params: CreateAppointmentClaimParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createAppointmentClaim, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Either appointment ID(s) are required OR a combination of both a start and end date and one (or both) or department and provider ID.
   *
   * `GET /claims`
   * @example
   * for await (const item of athena.claims.listClaims()) console.log(item);
   */
  listClaims(params: ListClaimsParams = {}, options?: RequestOptions): PagedList<Claim> {
    return this.caller.list(ops.listClaims, { ...params }, options);
  }

  /**
   * Creates a new claim note for a claim.
   *
   * `POST /claims/{claimid}/note`
   * @example
   * const result = await athena.claims.addClaimNote('1', { claimnote: 'Resubmitted with the corrected code.' });
   */
  addClaimNote(claimId: string, params: AddClaimNoteParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addClaimNote, { ...params, claimid: claimId }, options);
  }

  /**
   * One claim.
   *
   * `GET /claims/{claimid}`
   * @example
   * const result = await athena.claims.getClaim('1');
   */
  getClaim(claimId: string, params: GetClaimParams = {}, options?: RequestOptions): APIPromise<Claim> {
    return this.caller.call(ops.getClaim, { ...params, claimid: claimId }, options);
  }

  /**
   * Creates a claim; athena answers `{success, claimids}`.
   *
   * `POST /claims`
   * @example
   * const result = await athena.claims.createClaim({ patientid: '1', departmentid: '1', servicedate: '2026-01-15', supervisingproviderid: '1', claimcharges: [] });
   */
  createClaim(params: CreateClaimParams, options?: RequestOptions): APIPromise<ClaimWriteResult> {
    return this.caller.call(ops.createClaim, { ...params }, options);
  }
}
