import { GeneratedEncountersResource } from './generated/encounters.js';

/** Encounters: list, details, summary, diagnoses, orders, questionnaire screeners. */
export class EncountersResource extends GeneratedEncountersResource {}
