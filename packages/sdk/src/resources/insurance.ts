import { GeneratedInsuranceResource } from './generated/insurance.js';

/** Patient insurances, card images and insurance packages. */
export class InsuranceResource extends GeneratedInsuranceResource {}
