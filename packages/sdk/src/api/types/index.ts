/** Result types of the resource methods; every record keeps the fields the SDK does not name. */
export * from './common.js';
export * from './practice.js';
export * from './scheduling.js';
export * from './chart.js';
export * from './documents.js';
export * from './billing.js';
export * from './changes.js';
