import { departmentRecord, departments, findDepartment } from '../data/departments.js';
import { escapeHtml, negotiated } from './content.js';
import { fail, isTrue, ok, type HandlerTable } from './context.js';
import { pageOf, readPaging } from './paging.js';

/** athena's default page for reference lists such as departments. */
const DEFAULT_LIMIT = 1500;

export const departmentHandlers: HandlerTable = {
  'departments.listDepartments': (ctx) => {
    const paging = readPaging(ctx, DEFAULT_LIMIT);
    const withProviders = isTrue(ctx.params.providerlist);
    const hospitalOnly = isTrue(ctx.params.hospitalonly);
    const records = departments
      .filter((d) => !hospitalOnly || d.ishospitaldepartment === 'true')
      .map((d) => departmentRecord(d, withProviders));
    return pageOf(ctx, records, paging);
  },
  'departments.getDepartment': (ctx) => {
    const department = findDepartment(ctx.params.departmentid as string);
    if (department === undefined) return fail(404, { error: 'The department ID does not exist.' });
    // A single record still arrives as a one-element array.
    return ok([departmentRecord(department, isTrue(ctx.params.providerlist))]);
  },
  /**
   * athena answers HTML with `Accept: text/html` (its documented use); the JSON wrapping
   * otherwise is not recorded anywhere, so the simulator puts the HTML under
   * `ecommunicationdisclosure`.
   */
  'departments.getECommunicationDisclosure': (ctx) => {
    const department = findDepartment(ctx.params.departmentid as string);
    if (department === undefined) return fail(404, { error: 'The department ID does not exist.' });
    const html = `<html><body><h1>Electronic communication disclosure</h1><p>${escapeHtml(department.name)} may contact you by email and text message.</p></body></html>`;
    return negotiated(ctx, html, 'Electronic communication disclosure', 'ecommunicationdisclosure');
  },
};
