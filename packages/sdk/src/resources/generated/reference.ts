// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { referenceOperations as ops } from '../../operations/generated/reference.js';
import type { ReferenceAllergy, ReferenceItem, ReferenceMedication } from '../types/index.js';

/** Parameters of {@link ReferenceResource.listEmployers}. */
export interface ListEmployersParams {
  /** The address of the employer (partial match). */
  address?: string;
  /** The city of the employer (exact match). */
  city?: string;
  /** The name of the employer (exact match). */
  exactname?: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** The name of the employer (partial match) */
  name?: string;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** The phone of the employer (exact match). */
  phone?: string;
  /** The state of the employer (exact match). */
  state?: string;
  /** The zip of the employer (exact match). */
  zip?: string;
}

/** Parameters of {@link ReferenceResource.listReferralSources}. */
export interface ListReferralSourcesParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ReferenceResource.listReferringProviders}. */
export interface ListReferringProvidersParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ReferenceResource.listSlidingFeePlans}. */
export interface ListSlidingFeePlansParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ReferenceResource.listMspInsuranceTypes}. */
export interface ListMspInsuranceTypesParams {
  /** The department id */
  departmentid?: string;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ReferenceResource.searchAllergies}. */
export interface SearchAllergiesParams {
  /** A term to search for. */
  searchvalue: string;
}

/** Parameters of {@link ReferenceResource.searchMedications}. */
export interface SearchMedicationsParams {
  /** A term to search for. */
  searchvalue: string;
}

/**
 * The reference operations of the table, one thin method each: the base of the public
 * `ReferenceResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedReferenceResource extends APIResource {
  /**
   * The available list of patient employers.
   *
   * `GET /employers`
   * @example
   * for await (const item of athena.reference.listEmployers()) console.log(item);
   */
  listEmployers(params: ListEmployersParams = {}, options?: RequestOptions): PagedList<ReferenceItem> {
    return this.caller.list(ops.listEmployers, { ...params }, options);
  }

  /**
   * The list of acceptable ethnicity abbreviations global to athenaNet.
   *
   * `GET /ethnicities`
   * @example
   * const result = await athena.reference.listEthnicities();
   */
  listEthnicities(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listEthnicities, {}, options);
  }

  /**
   * List of ISO 639 languages.
   *
   * `GET /languages`
   * @example
   * const result = await athena.reference.listLanguages();
   */
  listLanguages(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listLanguages, {}, options);
  }

  /**
   * The practice-specific list of patient locations (e.g.
   *
   * `GET /misc/patientlocations`
   * @example
   * const result = await athena.reference.listPatientLocations();
   */
  listPatientLocations(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listPatientLocations, {}, options);
  }

  /**
   * Consent text only.
   *
   * `GET /misc/smstermsandconditions`
   * @example
   * const result = await athena.reference.getSmsTermsAndConditions();
   */
  getSmsTermsAndConditions(options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getSmsTermsAndConditions, {}, options);
  }

  /**
   * List of mobile carrier ids (standard for all athenaNet).
   *
   * `GET /mobilecarriers`
   * @example
   * const result = await athena.reference.listMobileCarriers();
   */
  listMobileCarriers(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listMobileCarriers, {}, options);
  }

  /**
   * The list acceptable race abbreviations.
   *
   * `GET /races`
   * @example
   * const result = await athena.reference.listRaces();
   */
  listRaces(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listRaces, {}, options);
  }

  /**
   * Retrieve a list of referral sources ("How did you hear about us?") for this practice.
   *
   * `GET /referralsources`
   * @example
   * const result = await athena.reference.listReferralSources();
   */
  listReferralSources(params: ListReferralSourcesParams = {}, options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listReferralSources, { ...params }, options);
  }

  /**
   * A list of all providers who refer into this practice.
   *
   * `GET /referringproviders`
   * @example
   * for await (const item of athena.reference.listReferringProviders()) console.log(item);
   */
  listReferringProviders(params: ListReferringProvidersParams = {}, options?: RequestOptions): PagedList<ReferenceItem> {
    return this.caller.list(ops.listReferringProviders, { ...params }, options);
  }

  /**
   * Retrieve a list of sliding fee plans for this practice.
   *
   * `GET /slidingfeeplans`
   * @example
   * for await (const item of athena.reference.listSlidingFeePlans()) console.log(item);
   */
  listSlidingFeePlans(params: ListSlidingFeePlansParams = {}, options?: RequestOptions): PagedList<ReferenceItem> {
    return this.caller.list(ops.listSlidingFeePlans, { ...params }, options);
  }

  /**
   * List of states (standard for all athenaNet).
   *
   * `GET /states`
   * @example
   * const result = await athena.reference.listStates();
   */
  listStates(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listStates, {}, options);
  }

  /**
   * Get list of valid MSP insurance types
   *
   * `GET /mspinsurancetypes`
   * @example
   * const result = await athena.reference.listMspInsuranceTypes();
   */
  listMspInsuranceTypes(params: ListMspInsuranceTypesParams = {}, options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listMspInsuranceTypes, { ...params }, options);
  }

  /**
   * Return a short list of allergies matching the search term.
   *
   * `GET /reference/allergies`
   * @example
   * const result = await athena.reference.searchAllergies({ searchvalue: 'penicillin' });
   */
  searchAllergies(params: SearchAllergiesParams, options?: RequestOptions): APIPromise<ReferenceAllergy[]> {
    return this.caller.call(ops.searchAllergies, { ...params }, options);
  }

  /**
   * Returns the list of valid allergy reactions
   *
   * `GET /reference/allergies/reactions`
   * @example
   * const result = await athena.reference.listAllergyReactions();
   */
  listAllergyReactions(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listAllergyReactions, {}, options);
  }

  /**
   * Returns the list of valid allergy severities
   *
   * `GET /reference/allergies/severities`
   * @example
   * const result = await athena.reference.listAllergySeverities();
   */
  listAllergySeverities(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listAllergySeverities, {}, options);
  }

  /**
   * Autocomplete get request
   *
   * `GET /reference/medications`
   * @example
   * const result = await athena.reference.searchMedications({ searchvalue: 'amoxicillin' });
   */
  searchMedications(params: SearchMedicationsParams, options?: RequestOptions): APIPromise<ReferenceMedication[]> {
    return this.caller.call(ops.searchMedications, { ...params }, options);
  }

  /**
   * List of valid medication stop reasons.
   *
   * `GET /reference/medications/stopreasons`
   * @example
   * const result = await athena.reference.listMedicationStopReasons();
   */
  listMedicationStopReasons(options?: RequestOptions): APIPromise<ReferenceItem[]> {
    return this.caller.call(ops.listMedicationStopReasons, {}, options);
  }
}
