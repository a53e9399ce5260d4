import { raise } from '../../errors/ReformRulesError';
import { bieu06Form } from './bieu06';
import { portalSummaryForm } from './portalSummary';
import type { ReportForm } from './ReportForm';

/**
 * The built-in report forms by id: `'bieu06'` ({@link bieu06Form}, the default) and
 * `'portal-summary'` ({@link portalSummaryForm}).
 * @example
 * ```ts
 * import { reportForms } from 'reform-rules';
 * Object.keys(reportForms); // => ['bieu06', 'portal-summary']
 * ```
 * @category Report
 */
export const reportForms: {
  /** Biểu số 06/VPCP/KSTT. */
  readonly bieu06: ReportForm<'bieu06'>;
  /** The national portal's per-unit summary. */
  readonly 'portal-summary': ReportForm<'portal-summary'>;
} = {
  bieu06: bieu06Form,
  'portal-summary': portalSummaryForm,
};

/**
 * The id of a built-in report form.
 * @example
 * ```ts
 * import type { ReportFormId } from 'reform-rules';
 * const id: ReportFormId = 'portal-summary';
 * ```
 * @category Report
 */
export type ReportFormId = keyof typeof reportForms;

/**
 * A report form: a built-in form's id, or a form definition (built-in or your own).
 * @example
 * ```ts
 * import { bieu06Form } from 'reform-rules';
 * import type { ReportFormSelector } from 'reform-rules';
 * const forms: ReportFormSelector[] = ['portal-summary', bieu06Form];
 * ```
 * @category Report
 */
export type ReportFormSelector = ReportFormId | ReportForm;

/** @internal The form a selector names (throws `invalid_report_form` for an unknown id). */
export function resolveReportForm(selector: ReportFormSelector | undefined, field = 'form'): ReportForm {
  if (selector === undefined) return bieu06Form;
  if (typeof selector === 'string') {
    const form = (reportForms as Readonly<Record<string, ReportForm>>)[selector];
    if (form === undefined || !Object.hasOwn(reportForms, selector)) {
      return raise('invalid_report_form', { field, detail: `not a built-in form (${Object.keys(reportForms).join(', ')}); pass the form definition itself`, received: selector });
    }
    return form;
  }
  return selector;
}
