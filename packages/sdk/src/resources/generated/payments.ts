// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { paymentsOperations as ops } from '../../operations/generated/payments.js';
import type { DateInput, WriteResult } from '../types/index.js';

/** Parameters of {@link PaymentsResource.checkProcedureFee}. */
export interface CheckProcedureFeeParams {
  /** The department ID you are operating in. */
  departmentid: string;
  /** The insurance package ID for which you want to find a fee. */
  insurancepackageid: string;
  /** The procedure code (including any modifiers) for which you want to find a fee (e.g "99213" or "J12345,TC"). */
  procedurecode: string[] | string;
  /** The date of service for which you want to check if a fee exists. */
  servicedate?: DateInput;
}

/** Parameters of {@link PaymentsResource.collectPayment}. */
export interface CollectPaymentParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** DEPRECATED: Please use "otheramount". */
  amount?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress?: string;
  /** The billing zipcode for the credit card. */
  billingzip?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** The amount associated with a particular appointment for a copay. */
  copayamount?: string;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** The amount being collected that is not associated with individual appointment. */
  otheramount?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.listOneYearContracts}. */
export interface ListOneYearContractsParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid?: string;
}

/** Parameters of {@link PaymentsResource.getOneYearContract}. */
export interface GetOneYearContractParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid?: string;
}

/** Parameters of {@link PaymentsResource.createOneYearContract}. */
export interface CreateOneYearContractParams {
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress: string;
  /** The billing zipcode for the credit card. */
  billingzip: string;
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The email address of the patient. */
  email?: string;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The maximum amount that will be charged when remittance information is received. */
  maxamount?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.createPaymentPlan}. */
export interface CreatePaymentPlanParams {
  /** One or more claim IDs. */
  claimids: string[] | string;
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress?: string;
  /** Valid values are SENDSTATEMENTS or CREDITCARD. */
  billingmethod?: 'CREDITCARD' | 'SENDSTATEMENTS';
  /** The billing zipcode for the credit card. */
  billingzip?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** The amount the patient is to be billed per cycle. */
  cycleamount?: string;
  /** Down payment to be billed. */
  downpaymentamount?: string;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The email address of the patient */
  email?: string;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** How often should the patient be billed (ONETIMEON - One-time charge, WEEKLY - Weekly, BIWEEKLY - Every two weeks, TWICEAMONTH - First and fifteenth of month, MONTHLY - Monthly, MONTHLYFIRSTBUSDAY -... */
  frequency?: string;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** The name of the payment plan. */
  paymentplanname?: string;
  /** The percentage of the current outstanding balance that the patient should be billed each period. */
  percentage?: string;
  /** The date the plan should start. */
  startdate?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.listSingleAppointmentContracts}. */
export interface ListSingleAppointmentContractsParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid?: string;
}

/** Parameters of {@link PaymentsResource.createSingleAppointmentContract}. */
export interface CreateSingleAppointmentContractParams {
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress: string;
  /** The billing zipcode for the credit card. */
  billingzip: string;
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The email address of the patient. */
  email?: string;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The maximum amount that will be charged when remittance information is received. */
  maxamount?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.listStoredCards}. */
export interface ListStoredCardsParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
}

/** Parameters of {@link PaymentsResource.storeCard}. */
export interface StoreCardParams {
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress: string;
  /** The billing zipcode for the credit card. */
  billingzip: string;
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.chargeStoredCard}. */
export interface ChargeStoredCardParams {
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment: unknown;
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** DEPRECATED: Please use "otheramount". */
  amount?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress?: string;
  /** The billing zipcode for the credit card. */
  billingzip?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** The amount associated with a particular appointment for a copay. */
  copayamount?: string;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** The amount being collected that is not associated with individual appointment. */
  otheramount?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.updateStoredCard}. */
export interface UpdateStoredCardParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** Flag to make a STOREDCARD contract the default one for the patient */
  preferredcard: boolean;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** DEPRECATED: Please use "otheramount". */
  amount?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress?: string;
  /** The billing zipcode for the credit card. */
  billingzip?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** The amount associated with a particular appointment for a copay. */
  copayamount?: string;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** The amount being collected that is not associated with individual appointment. */
  otheramount?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.deleteStoredCard}. */
export interface DeleteStoredCardParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** The account number of the credit card. */
  accountnumber?: string;
  /** DEPRECATED: Please use "otheramount". */
  amount?: string;
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The billing address for the credit card. Max 20 characters. */
  billingaddress?: string;
  /** The billing zipcode for the credit card. */
  billingzip?: string;
  /** The CVV2: the 3 (or 4 for Amex) digit value normally found on the back (or front for Amex) of the credit card. */
  cardsecuritycode?: number;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** The amount associated with a particular appointment for a copay. */
  copayamount?: string;
  /** Use ECommerce credit card mode (e.g. */
  ecommercemode?: boolean;
  /** The month the credit card expires (MM). */
  expirationmonthmm?: number;
  /** The year the credit card expires (YYYY). */
  expirationyearyyyy?: number;
  /** The name on the credit card. Max 30 characters. */
  nameoncard?: string;
  /** The amount being collected that is not associated with individual appointment. */
  otheramount?: string;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** The track data obtained from the credit card swipe. */
  trackdata?: string;
}

/** Parameters of {@link PaymentsResource.listReceipts}. */
export interface ListReceiptsParams {
  /** The department ID for the receipts you are looking for. */
  departmentid: string;
}

/** Parameters of {@link PaymentsResource.getReceipt}. */
export interface GetReceiptParams {
  /** If true, returns the customer (patient) version of the receipt. */
  customerversion?: boolean;
  /** If true, returns the merchant version of the receipt. */
  merchantversion?: boolean;
}

/** Parameters of {@link PaymentsResource.emailReceipt}. */
export interface EmailReceiptParams {
  /** The email address to send to. */
  email: string;
}

/** Parameters of {@link PaymentsResource.uploadSignedReceipt}. */
export interface UploadSignedReceiptParams {
  /** The PDF of the signed receipt. */
  attachmentcontents: string;
}

/** Parameters of {@link PaymentsResource.recordPayment}. */
export interface RecordPaymentParams {
  /** The ID of the department where the payment or contract is being collected. */
  departmentid: string;
  /** Valid values include CASH or CHECK. */
  paymentmethod: 'CASH' | 'CHECK';
  /** The ID of the appointment where the copay should be applied. */
  appointmentid?: string;
  /** The check number. */
  checknumber?: string;
  /** A JSON representation of claim ID and payment combinations. */
  claimpayment?: unknown;
  /** The amount associated with a particular appointment for a copay. */
  copayamount?: string;
  /** The amount being collected that is not associated with individual appointment. */
  otheramount?: string;
  /** The date the payment was made. */
  postdate?: DateInput;
  /** Apply the other amount value to today's service. */
  todayservice?: boolean;
  /** Last four digits of the card. */
  cardnumberlast4?: string;
}

/**
 * The payments operations of the table, one thin method each: the base of the public
 * `PaymentsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedPaymentsResource extends APIResource {
  /**
   * Finds the fee for a given procedure, based on given criteria
   *
   * `GET /feeschedules/checkprocedure`
   * @example
   * const result = await athena.payments.checkProcedureFee({ departmentid: '1', insurancepackageid: '1', procedurecode: ['1'] });
   */
  checkProcedureFee(params: CheckProcedureFeeParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.checkProcedureFee, { ...params }, options);
  }

  /**
   * Gets the terms of a one-year payment contract (they change at most daily).
   *
   * `GET /misc/oneyearcontractterms`
   * @example
   * const result = await athena.payments.getOneYearContractTerms();
   */
  getOneYearContractTerms(options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getOneYearContractTerms, {}, options);
  }

  /**
   * Gets the terms of a single-appointment payment contract (they change at most daily).
   *
   * `GET /misc/singleappointmentcontractterms`
   * @example
   * const result = await athena.payments.getSingleAppointmentContractTerms();
   */
  getSingleAppointmentContractTerms(options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getSingleAppointmentContractTerms, {}, options);
  }

  /**
   * Collects a payment from a patient by card.
   *
   * `POST /patients/{patientid}/collectpayment`
   * @example
   * const result = await athena.payments.collectPayment('1', { departmentid: '1' });
   */
  collectPayment(patientId: string, params: CollectPaymentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.collectPayment, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the one-year payment contracts of a patient.
   *
   * `GET /patients/{patientid}/collectpayment/oneyear`
   * @example
   * const result = await athena.payments.listOneYearContracts('1');
   */
  listOneYearContracts(patientId: string, params: ListOneYearContractsParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listOneYearContracts, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets the one-year payment contract of a patient for an appointment.
   *
   * `GET /patients/{patientid}/collectpayment/oneyear/{appointmentid}`
   * @example
   * const result = await athena.payments.getOneYearContract('1', '1');
   */
  getOneYearContract(patientId: string, appointmentId: string, params: GetOneYearContractParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getOneYearContract, { ...params, patientid: patientId, appointmentid: appointmentId }, options);
  }

  /**
   * Creates a one-year payment contract on a card for a patient.
   *
   * `POST /patients/{patientid}/collectpayment/oneyear/{appointmentid}`
   * @example
   * const result = await athena.payments.createOneYearContract('1', '1', { billingaddress: '1 Main St', billingzip: '02139', departmentid: '1' });
   */
  createOneYearContract(patientId: string, appointmentId: string, params: CreateOneYearContractParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createOneYearContract, { ...params, patientid: patientId, appointmentid: appointmentId }, options);
  }

  /**
   * Create a payment plan for the patient.
   *
   * `POST /patients/{patientid}/collectpayment/paymentplan`
   * @example
   * const result = await athena.payments.createPaymentPlan('1', { claimids: ['1'], departmentid: '1' });
   */
  createPaymentPlan(patientId: string, params: CreatePaymentPlanParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createPaymentPlan, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the single-appointment payment contracts of a patient.
   *
   * `GET /patients/{patientid}/collectpayment/singleappointment`
   * @example
   * const result = await athena.payments.listSingleAppointmentContracts('1');
   */
  listSingleAppointmentContracts(patientId: string, params: ListSingleAppointmentContractsParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listSingleAppointmentContracts, { ...params, patientid: patientId }, options);
  }

  /**
   * Creates a single-appointment payment contract on a card for a patient.
   *
   * `POST /patients/{patientid}/collectpayment/singleappointment/{appointmentid}`
   * @example
   * const result = await athena.payments.createSingleAppointmentContract('1', '1', { billingaddress: '1 Main St', billingzip: '02139', departmentid: '1' });
   */
  createSingleAppointmentContract(patientId: string, appointmentId: string, params: CreateSingleAppointmentContractParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createSingleAppointmentContract, { ...params, patientid: patientId, appointmentid: appointmentId }, options);
  }

  /**
   * Lists the stored cards of a patient.
   *
   * `GET /patients/{patientid}/collectpayment/storedcard`
   * @example
   * const result = await athena.payments.listStoredCards('1', { departmentid: '1' });
   */
  listStoredCards(patientId: string, params: ListStoredCardsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listStoredCards, { ...params, patientid: patientId }, options);
  }

  /**
   * Stores a card of a patient to charge later.
   *
   * `POST /patients/{patientid}/collectpayment/storedcard`
   * @example
   * const result = await athena.payments.storeCard('1', { billingaddress: '1 Main St', billingzip: '02139', departmentid: '1' });
   */
  storeCard(patientId: string, params: StoreCardParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.storeCard, { ...params, patientid: patientId }, options);
  }

  /**
   * Charges a patient's stored card.
   *
   * `POST /patients/{patientid}/collectpayment/storedcard/{storedcardid}`
   * @example
   * const result = await athena.payments.chargeStoredCard('1', '1', { claimpayment: [], departmentid: '1' });
   */
  chargeStoredCard(patientId: string, storedcardId: string, params: ChargeStoredCardParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.chargeStoredCard, { ...params, patientid: patientId, storedcardid: storedcardId }, options);
  }

  /**
   * Updates a patient's stored card.
   *
   * `PUT /patients/{patientid}/collectpayment/storedcard/{storedcardid}`
   * @example
   * const result = await athena.payments.updateStoredCard('1', '1', { departmentid: '1', preferredcard: true });
   */
  updateStoredCard(patientId: string, storedcardId: string, params: UpdateStoredCardParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateStoredCard, { ...params, patientid: patientId, storedcardid: storedcardId }, options);
  }

  /**
   * Deletes a patient's stored card.
   *
   * `DELETE /patients/{patientid}/collectpayment/storedcard/{storedcardid}`
   * @example
   * const result = await athena.payments.deleteStoredCard('1', '1', { departmentid: '1' });
   */
  deleteStoredCard(patientId: string, storedcardId: string, params: DeleteStoredCardParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteStoredCard, { ...params, patientid: patientId, storedcardid: storedcardId }, options);
  }

  /**
   * Retieve a list of epayment IDs for a given patient.
   *
   * `GET /patients/{patientid}/receipts`
   * @example
   * const result = await athena.payments.listReceipts('1', { departmentid: '1' });
   */
  listReceipts(patientId: string, params: ListReceiptsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listReceipts, { ...params, patientid: patientId }, options);
  }

  /**
   * Retrieve a copy of a patient receipt. Returns the receipt's HTML (the SDK asks athena for text/html).
   *
   * `GET /patients/{patientid}/receipts/{epaymentid}`
   * @example
   * const result = await athena.payments.getReceipt('1', '1');
   */
  getReceipt(patientId: string, epaymentId: string, params: GetReceiptParams = {}, options?: RequestOptions): APIPromise<string> {
    return this.caller.call(ops.getReceipt, { ...params, patientid: patientId, epaymentid: epaymentId }, options);
  }

  /**
   * The details of the patient receipt as a JSON object.
   *
   * `GET /patients/{patientid}/receipts/{epaymentid}/details`
   * @example
   * const result = await athena.payments.getReceiptDetails('1', '1');
   */
  getReceiptDetails(patientId: string, epaymentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getReceiptDetails, { patientid: patientId, epaymentid: epaymentId }, options);
  }

  /**
   * Email a copy of the credit card receipt to an email recipient.
   *
   * `POST /patients/{patientid}/receipts/{epaymentid}/email`
   * @example
   * const result = await athena.payments.emailReceipt('1', '1', { email: 'ann@example.com' });
   */
  emailReceipt(patientId: string, epaymentId: string, params: EmailReceiptParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.emailReceipt, { ...params, patientid: patientId, epaymentid: epaymentId }, options);
  }

  /**
   * Returns a PDF of the signed receipt image, if available. The SDK gives the file's bytes (a Uint8Array).
   *
   * `GET /patients/{patientid}/receipts/{epaymentid}/signed`
   * @example
   * const result = await athena.payments.getSignedReceipt('1', '1');
   */
  getSignedReceipt(patientId: string, epaymentId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.caller.call(ops.getSignedReceipt, { patientid: patientId, epaymentid: epaymentId }, options);
  }

  /**
   * Upload a signed receipt/contract (via multipart/form-data).
   *
   * `POST /patients/{patientid}/receipts/{epaymentid}/signed`
   * @example
   * const result = await athena.payments.uploadSignedReceipt('1', '1', { attachmentcontents: 'JVBERi0xLjQK' });
   */
  uploadSignedReceipt(patientId: string, epaymentId: string, params: UploadSignedReceiptParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.uploadSignedReceipt, { ...params, patientid: patientId, epaymentid: epaymentId }, options);
  }

  /**
   * Accepts data related to a cash or check patient payment.
   *
   * `POST /patients/{patientid}/recordpayment`
   * @example
   * const result = await athena.payments.recordPayment('1', { departmentid: '1', paymentmethod: 'CASH' });
   */
  recordPayment(patientId: string, params: RecordPaymentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.recordPayment, { ...params, patientid: patientId }, options);
  }

  /**
   * Void an individual payment from an epayment ID.
   *
   * `POST /patients/{patientid}/voidpayment/{epaymentid}`
   * @example
   * const result = await athena.payments.voidPayment('1', '1');
   */
  voidPayment(patientId: string, epaymentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.voidPayment, { patientid: patientId, epaymentid: epaymentId }, options);
  }
}
