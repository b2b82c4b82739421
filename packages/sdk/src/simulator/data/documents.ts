import { createHash } from 'node:crypto';

/** A stored upload. `attachmentsize` and `attachmentsha256` are the simulator's own, for tests. */
export interface SimDocument {
  documentid: string;
  patientid: string;
  departmentid?: string;
  documentclass: string;
  documentsubclass: string;
  status: string;
  createddate: string;
  attachmentsize: number;
  attachmentsha256: string;
}

export class DocumentStore {
  private readonly byPatient = new Map<string, SimDocument[]>();
  private nextId = 5000;

  /** Stores an upload whose contents arrived base64-encoded (form field or decoded multipart part). */
  add(fields: Omit<SimDocument, 'documentid' | 'attachmentsize' | 'attachmentsha256'>, base64: string): SimDocument {
    const bytes = Buffer.from(base64, 'base64');
    const document: SimDocument = {
      ...fields,
      documentid: String(this.nextId++),
      attachmentsize: bytes.byteLength,
      attachmentsha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const list = this.byPatient.get(fields.patientid) ?? [];
    list.push(document);
    this.byPatient.set(fields.patientid, list);
    return document;
  }

  list(patientid: string): SimDocument[] {
    return this.byPatient.get(patientid) ?? [];
  }
}
