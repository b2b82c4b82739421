import { GeneratedPaymentsResource } from './generated/payments.js';

/** Patient payments, stored cards, contracts and receipts. */
export class PaymentsResource extends GeneratedPaymentsResource {}
