/**
 * reform-rules/xlsx: the library's own Excel (.xlsx, SpreadsheetML) writer and streaming reader.
 * A separate entry point, kept out of the core import path (it brings the fflate ZIP code); it uses
 * no Node API and runs in a browser.
 * @packageDocumentation
 */

export { writeWorkbook } from './writeWorkbook';
export { readXlsxRows } from './readXlsxRows';
export type { XlsxBytes } from './readXlsxRows';
export { excelSerialToCivil } from './excelSerialToCivil';
export type { ExcelSerialOptions } from './excelSerialToCivil';
export { civilToExcelSerial } from './civilToExcelSerial';
export { isDateFormat } from './isDateFormat';
export { neutraliseFormula } from './neutraliseFormula';
export type {
  ReadXlsxOptions,
  XlsxBorderLine,
  XlsxCellInput,
  XlsxCellValue,
  XlsxDateCell,
  XlsxHeaderFooter,
  XlsxMargins,
  XlsxNumberFormat,
  XlsxPrintSetup,
  XlsxRow,
  XlsxRowInput,
  XlsxRowSpec,
  XlsxSheetSpec,
  XlsxStyle,
  XlsxValueCell,
  XlsxWorkbookSpec,
} from './types';
