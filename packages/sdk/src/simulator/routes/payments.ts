/**
 * Patient payments. Recording, collecting or charging a stored card makes an epayment;
 * the receipts list shows it, a receipt reads it (JSON `receipthtml` by default, raw HTML
 * or a PDF when the Accept header asks, as athena documents), voiding marks it VOIDED.
 * Card numbers, security codes and track data are never kept (only the last four digits).
 * A signed receipt is a PDF: uploaded (base64 or multipart), then served as
 * `application/pdf`; without one the read is athena's 404. Stored cards are a collection
 * derived from the table (collections.ts).
 */
import { invalidData } from '../athena-errors.js';
import type { SimRecord } from '../data/records.js';
import { givenFields, missingParent, unknownRecord, type Collection } from './collections.js';
import { escapeHtml, negotiated, PDF_TYPE } from './content.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';

const PAYMENTS: Collection = { path: '/patients/{patientid}/receipts', idName: 'epaymentid' };

export const paymentHandlers: HandlerTable = {
  // The rest of the stored-card collection (list, update, delete) is derived from the table.
  'payments.storeCard': (ctx) =>
    withPatient(ctx, () => {
      const { cardsecuritycode: _cvv, trackdata: _track, accountnumber, ...kept } = givenFields(ctx);
      const storedcardid = ctx.data.records.nextId();
      const card: SimRecord = {
        ...kept,
        ...(typeof accountnumber === 'string' ? { cardnumberlast4: accountnumber.slice(-4) } : {}),
        storedcardid,
        patientid: ctx.params.patientid,
        status: 'ACTIVE',
      };
      ctx.data.records.put(`/patients/${ctx.params.patientid}/collectpayment/storedcard`, storedcardid, card);
      return ok({ success: 'true', storedcardid });
    }),
  'payments.recordPayment': (ctx) => pay(ctx, { paymentmethod: ctx.params.paymentmethod }),
  'payments.collectPayment': (ctx) => pay(ctx, { paymentmethod: 'CREDITCARD' }),
  'payments.chargeStoredCard': (ctx) =>
    withPatient(ctx, () => {
      const card = ctx.data.records.get(`/patients/${ctx.params.patientid}/collectpayment/storedcard`, ctx.params.storedcardid as string);
      if (card === undefined) return unknownRecord({ path: '', idName: 'storedcardid' }, ctx.params.storedcardid as string);
      return pay(ctx, { paymentmethod: 'CREDITCARD', storedcardid: ctx.params.storedcardid });
    }),

  'payments.listReceipts': (ctx) => withPatient(ctx, (scope) => ok(ctx.data.records.list(scope).filter((p) => p.departmentid === ctx.params.departmentid).map(receiptSummary))),

  'payments.getReceipt': (ctx) =>
    withPayment(ctx, (payment) => {
      const html = `<html><body><h1>Receipt ${escapeHtml(String(payment.epaymentid))}</h1><p>Amount paid: $${escapeHtml(String(payment.amount))}</p><p>Status: ${escapeHtml(String(payment.status))}</p></body></html>`;
      return negotiated(ctx, html, `Receipt ${String(payment.epaymentid)}`, 'receipthtml');
    }),

  'payments.getReceiptDetails': (ctx) => withPayment(ctx, (payment) => ok(payment)),

  'payments.emailReceipt': (ctx) =>
    withPayment(ctx, () => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(ctx.params.email as string) ? ok({ success: 'true' }) : fail(400, invalidData('The email address is not valid.')))),

  'payments.voidPayment': (ctx) =>
    withPayment(ctx, (payment, scope) => {
      if (payment.status === 'VOIDED') return ok({ success: 'false', errormessage: 'The payment is already voided.' });
      ctx.data.records.put(scope, payment.epaymentid as string, { ...payment, status: 'VOIDED', voiddate: ctx.data.now().slice(0, 10) });
      return ok({ success: 'true' });
    }),

  'payments.uploadSignedReceipt': (ctx) =>
    withPayment(ctx, (payment, scope) => {
      const contents = (ctx.params.attachmentcontents as string).replace(/\s/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contents)) return fail(400, invalidData('attachmentcontents must be base64.'));
      ctx.data.records.put(`${scope}/signed`, payment.epaymentid as string, { pdf: contents });
      return ok({ success: 'true' });
    }),

  'payments.getSignedReceipt': (ctx) =>
    withPayment(ctx, (payment, scope) => {
      const signed = ctx.data.records.get(`${scope}/signed`, payment.epaymentid as string);
      if (signed === undefined) return fail(404, { error: 'There is no signed receipt for this payment.' });
      return { status: 200, body: undefined, content: { type: PDF_TYPE, data: Buffer.from(signed.pdf as string, 'base64') } };
    }),
};

/** A new epayment of the patient; its amount is the sum of the amounts given. */
function pay(ctx: RouteContext, fields: SimRecord): Reply {
  return withPatient(ctx, (scope) => {
    const given = givenFields(ctx);
    const amount = ['amount', 'copayamount', 'otheramount'].reduce((sum, name) => sum + (Number(ctx.params[name]) || 0), 0);
    const epaymentid = ctx.data.records.nextId();
    const { cardsecuritycode: _cvv, trackdata: _track, accountnumber, ...kept } = given;
    const payment: SimRecord = {
      ...kept,
      ...fields,
      ...(typeof accountnumber === 'string' ? { lastfour: accountnumber.slice(-4) } : {}),
      epaymentid,
      patientid: ctx.params.patientid,
      amount: amount.toFixed(2),
      status: 'APPROVED',
      postdate: ctx.data.now().slice(0, 10),
    };
    ctx.data.records.put(scope, epaymentid, payment);
    return ok({ success: 'true', epaymentid });
  });
}

function receiptSummary(payment: SimRecord): SimRecord {
  return { epaymentid: payment.epaymentid, amount: payment.amount, status: payment.status, postdate: payment.postdate, paymentmethod: payment.paymentmethod };
}

function withPatient(ctx: RouteContext, then: (scope: string) => Reply): Reply {
  return missingParent(ctx) ?? then(`/patients/${ctx.params.patientid}/receipts`);
}

function withPayment(ctx: RouteContext, then: (payment: SimRecord, scope: string) => Reply): Reply {
  return withPatient(ctx, (scope) => {
    const payment = ctx.data.records.get(scope, ctx.params.epaymentid as string);
    return payment === undefined ? unknownRecord(PAYMENTS, ctx.params.epaymentid as string) : then(payment, scope);
  });
}
