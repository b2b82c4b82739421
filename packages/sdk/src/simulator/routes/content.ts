/**
 * Reads athena answers as HTML or PDF when the Accept header asks (receipts, encounter
 * summaries, the e-communication disclosure), and otherwise as JSON with the HTML inside
 * one field (`receipthtml`, `summaryhtml`): athena's documented content negotiation.
 */
import { onePagePdf } from '../pdf.js';
import { ok, type Reply, type RouteContext } from './context.js';

export const HTML_TYPE = 'text/html;charset=UTF-8';
export const PDF_TYPE = 'application/pdf';

/** `html` as text/html or a PDF of `title` when asked, else `{[jsonField]: html}`. */
export function negotiated(ctx: RouteContext, html: string, title: string, jsonField: string): Reply {
  const accept = ctx.accept.toLowerCase();
  if (accept.includes('text/html')) return htmlReply(html);
  if (accept.includes('application/pdf')) return pdfReply(title);
  return ok({ [jsonField]: html });
}

export function htmlReply(html: string): Reply {
  return { status: 200, body: undefined, content: { type: HTML_TYPE, data: html } };
}

export function pdfReply(title: string): Reply {
  return { status: 200, body: undefined, content: { type: PDF_TYPE, data: onePagePdf(title) } };
}

/** Text for HTML: `<`, `>`, `&` and quotes escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
