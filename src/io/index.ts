/**
 * Input readers: JSON arrays, JSON Lines and CSV over strings, bytes or chunk streams (no Node
 * dependency), and the dossier CSV layouts with their header alias table.
 * @module
 */
export type { ReaderSource } from './source';
export type { TextEncoding } from './decode';
export { DEFAULT_MAX_RECORD_BYTES, DEFAULT_PREVIEW_CHARS } from './options';
export type { ReaderOptions } from './options';
export type { AcceptedRecord, ReadRecord, RejectedLine } from './records';
export { readJsonLines } from './readJsonLines';
export { addJsonLines } from './addJsonLines';
export type { AddJsonLinesOptions, JsonLinesTarget } from './addJsonLines';
export { readJsonArray } from './readJsonArray';
export { readCsv } from './readCsv';
export type { CsvOptions, CsvRow } from './readCsv';
export type { CsvDelimiter } from './csvFields';
export { formatFromName, readRecords } from './readRecords';
export type { InputFormat, ReadRecordsOptions } from './readRecords';
export { DOSSIER_CSV_COLUMNS, DOSSIER_CSV_HEADER_ALIASES } from './dossierCsvHeaders';
export type { DossierCsvRole } from './dossierCsvHeaders';
export { DOSSIER_CSV_MAPPING_SCHEMA, parseDossierCsvMapping } from './dossierCsvMapping';
export type { DossierCsvMapping, DossierCsvStatus, DossierCsvValueMaps } from './dossierCsvMapping';
export type { ExportDateFormat } from './exportDates';
export { readDossierCsv } from './readDossierCsv';
export type { DossierCsvOptions } from './readDossierCsv';
export { DVCQG_CHANNEL_CODES, DVCQG_STATUS_CODES } from './dvcqgCodes';
export { parseDvcqgDossier, parseDvcqgDossiers } from './parseDvcqg';
export type { DvcqgBatchOptions, DvcqgBatchResult, DvcqgOptions, ExcludedRecord } from './parseDvcqg';
export { readDossierXlsx } from './readDossierXlsx';
export type { DossierXlsxOptions } from './readDossierXlsx';
export { DOSSIER_REGISTER_MAPPING } from './dossierRegister';
// Handover slips (Phiếu kiểm soát, Mẫu 06 of 03/2025, Mẫu 05 of 01/2018) joined to the register (issue 12).
export { HANDOVER_SLIP_HEADER_ALIASES, attachHandoverSlips, readHandoverSlips, readRegisterWorkbook } from './handoverSlips';
export type { AttachSlipOptions, HandoverSlipOptions, HandoverSlipRole, HandoverSlipRow, RegisterWorkbookOptions } from './handoverSlips';
