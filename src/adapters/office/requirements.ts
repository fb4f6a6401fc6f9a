/**
 * Which ExcelApi requirement sets this Excel has. The manifest asks for ExcelApi 1.7; newer sets
 * are checked at run time and the features that need them are skipped (and said) when missing.
 */

/** `supports('1.8')` is true when ExcelApi 1.8 is available. Tests pass their own function. */
export type Supports = (version: string) => boolean;

/** The requirement sets the adapter asks about, with what each one gives it. */
export const EXCEL_API = {
  /** `application.suspendApiCalculationUntilNextSync`. */
  suspendCalculation: '1.6',
  /** `dataValidation`, `runtime.enableEvents`, `Excel.createWorkbook`. */
  dataValidation: '1.8',
  enableEvents: '1.8',
  createWorkbook: '1.8',
  /** `application.suspendScreenUpdatingUntilNextSync`, `worksheet.pageLayout`, `worksheet.autoFilter`. */
  suspendScreenUpdating: '1.9',
  pageLayout: '1.9',
  autoFilter: '1.9',
  /** `workbook.use1904DateSystem`, read so that dates of a 1904 workbook are its days. */
  date1904: '1.16',
} as const;

/**
 * The production answer: `Office.context.requirements.isSetSupported('ExcelApi', version)`.
 * False outside Office (no `Office` global, or before `Office.onReady`).
 */
export function supports(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  // Office.context is undefined until office.js has initialised.
  const requirements = (Office.context as Office.Context | undefined)?.requirements;
  return requirements?.isSetSupported('ExcelApi', version) ?? false;
}
