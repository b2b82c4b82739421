import { GeneratedDocumentsResource } from './generated/documents.js';

/** Patient documents of every class, uploads, patient cases and health history forms. */
export class DocumentsResource extends GeneratedDocumentsResource {}
