/**
 * The shapes of a workbook to write ({@link writeWorkbook}) and of the rows read back
 * ({@link readXlsxRows}).
 * @module
 */
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';

/** A border line style (SpreadsheetML `ST_BorderStyle`, the common ones). @category Excel */
export type XlsxBorderLine = 'thin' | 'medium' | 'thick' | 'dashed' | 'dotted' | 'double' | 'hair';

/**
 * How a cell looks: font, alignment, borders, fill and number format. Every field is optional;
 * equal styles share one entry of the workbook's style sheet.
 * @example
 * ```ts
 * const header: XlsxStyle = { bold: true, wrap: true, horizontal: 'center', vertical: 'center', border: 'thin' };
 * const count: XlsxStyle = { numberFormat: '#,##0', border: 'thin' };
 * const share: XlsxStyle = { numberFormat: '0.00%', border: 'thin' };
 * ```
 * @category Excel
 */
export interface XlsxStyle {
  /** Bold font. */
  readonly bold?: boolean;
  /** Italic font. */
  readonly italic?: boolean;
  /** Single underline. */
  readonly underline?: boolean;
  /** Font size in points (1–409); the workbook's default font size otherwise. */
  readonly fontSize?: number;
  /** Font name; the workbook's default font otherwise. */
  readonly fontName?: string;
  /** Font colour as `#RRGGBB`. */
  readonly color?: string;
  /** Background fill colour as `#RRGGBB` (a solid pattern). */
  readonly fill?: string;
  /** Wrap text inside the cell. */
  readonly wrap?: boolean;
  /** Horizontal alignment. */
  readonly horizontal?: 'general' | 'left' | 'center' | 'right' | 'justify' | 'centerContinuous' | 'distributed';
  /** Vertical alignment. */
  readonly vertical?: 'top' | 'center' | 'bottom' | 'justify' | 'distributed';
  /** Indent level of the text (0–250). */
  readonly indent?: number;
  /** The same line on the four sides, or one line per side. */
  readonly border?:
    | XlsxBorderLine
    | {
        /** Top line. */
        readonly top?: XlsxBorderLine;
        /** Right line. */
        readonly right?: XlsxBorderLine;
        /** Bottom line. */
        readonly bottom?: XlsxBorderLine;
        /** Left line. */
        readonly left?: XlsxBorderLine;
      };
  /**
   * An Excel number format code: a built-in one (`'0'`, `'0.00'`, `'#,##0'`, `'#,##0.00'`, `'0%'`,
   * `'0.00%'`, `'@'`, ...) reuses its built-in id, any other (`'dd/mm/yyyy'`, `'#,##0 "hồ sơ"'`) is
   * added to the workbook.
   */
  readonly numberFormat?: string;
}

/** A cell with a value and a style. `null` writes a styled empty cell (a border in a merged area). @category Excel */
export interface XlsxValueCell {
  /** The value: a string is a text cell (never a formula), a number a numeric cell, a boolean a logical one. */
  readonly value: string | number | boolean | null;
  /** How the cell looks. */
  readonly style?: XlsxStyle;
}

/**
 * A date or date-time cell: a civil (wall-clock) date `'yyyy-MM-dd'` or date-time
 * `'yyyy-MM-ddTHH:mm[:ss]'`, written as an Excel serial number with a date format (`dd/mm/yyyy`,
 * or `dd/mm/yyyy hh:mm` when a time is given, unless the style gives a `numberFormat`). No time zone
 * is involved: the serial is the wall-clock value, Vietnam time when the source is Vietnam time.
 * @category Excel
 */
export interface XlsxDateCell {
  /** The civil date or date-time, 1900-01-01 to 9999-12-31. */
  readonly date: string;
  /** How the cell looks. */
  readonly style?: XlsxStyle;
}

/** A cell as given to the writer: a bare value, or a value or date with a style; `null`/`undefined` is no cell. @category Excel */
export type XlsxCellInput = string | number | boolean | null | undefined | XlsxValueCell | XlsxDateCell;

/** A row with a height and a style applied under each cell's own style. @category Excel */
export interface XlsxRowSpec {
  /** The cells, from column A. */
  readonly cells: readonly XlsxCellInput[];
  /** Row height in points. */
  readonly height?: number;
  /** A style merged under every cell's own style (the cell's fields win). */
  readonly style?: XlsxStyle;
}

/** A row as given to the writer: its cells from column A, or a {@link XlsxRowSpec}. @category Excel */
export type XlsxRowInput = readonly XlsxCellInput[] | XlsxRowSpec;

/** Header or footer text in three parts; `{page}` and `{pages}` become the page number and count. @category Excel */
export interface XlsxHeaderFooter {
  /** Left part. */
  readonly left?: string;
  /** Centre part. */
  readonly center?: string;
  /** Right part. */
  readonly right?: string;
}

/** Page margins in millimetres. @category Excel */
export interface XlsxMargins {
  /** Top margin (default 20 mm). */
  readonly top?: number;
  /** Bottom margin (default 20 mm). */
  readonly bottom?: number;
  /** Left margin (default 20 mm). */
  readonly left?: number;
  /** Right margin (default 15 mm). */
  readonly right?: number;
  /** Distance of the header from the top edge (default 8 mm). */
  readonly header?: number;
  /** Distance of the footer from the bottom edge (default 8 mm). */
  readonly footer?: number;
}

/** How a sheet prints. @category Excel */
export interface XlsxPrintSetup {
  /** Paper size code of SpreadsheetML (`9` is A4, the default). */
  readonly paperSize?: number;
  /** Page orientation (default portrait). */
  readonly orientation?: 'portrait' | 'landscape';
  /** Scale every column onto one page width (rows flow onto as many pages as needed). */
  readonly fitToWidth?: boolean;
  /** Margins in millimetres. */
  readonly margins?: XlsxMargins;
  /** Rows printed at the top of every page (1-based, inclusive): the `_xlnm.Print_Titles` defined name. */
  readonly repeatRows?: {
    /** First repeated row (1-based). */
    readonly first: number;
    /** Last repeated row (1-based, inclusive). */
    readonly last: number;
  };
  /** Page header. */
  readonly header?: XlsxHeaderFooter;
  /** Page footer. */
  readonly footer?: XlsxHeaderFooter;
  /** Centre the printed area horizontally on the page. */
  readonly centerHorizontally?: boolean;
}

/** One worksheet to write. @category Excel */
export interface XlsxSheetSpec {
  /** The tab name: 1–31 characters, none of `[ ] : * ? / \`, unique in the workbook (without case). */
  readonly name: string;
  /** The rows from row 1, any iterable (a generator keeps the input flat). */
  readonly rows: Iterable<XlsxRowInput>;
  /** Column widths in characters, from column A (`undefined`/`null` leaves a column at the default). */
  readonly columns?: readonly (
    | {
        /** Width in characters of the default font (0–255). */
        readonly width?: number;
      }
    | null
    | undefined
  )[];
  /** Merged ranges such as `'A1:W1'`; they must not overlap. */
  readonly merges?: readonly string[];
  /** Frozen panes: the number of top rows and left columns that stay in view. */
  readonly freeze?: {
    /** Top rows kept in view. */
    readonly rows?: number;
    /** Left columns kept in view. */
    readonly columns?: number;
  };
  /** Print setup. */
  readonly print?: XlsxPrintSetup;
}

/** A workbook to write with {@link writeWorkbook}. @category Excel */
export interface XlsxWorkbookSpec {
  /** At least one sheet. */
  readonly sheets: readonly XlsxSheetSpec[];
  /** Default font of the workbook (default Calibri 11). */
  readonly font?: {
    /** Font name (default Calibri). */
    readonly name?: string;
    /** Size in points (default 11). */
    readonly size?: number;
  };
  /** Text stored once in the shared string table (default, what Excel does) or inline in each cell. */
  readonly strings?: 'shared' | 'inline';
  /**
   * Apply {@link neutraliseFormula} to every text cell (default `false`: a text cell of a workbook is
   * never evaluated, so its text is kept exactly; turn it on when the cells may be copied into a CSV).
   */
  readonly neutraliseFormulas?: boolean;
}

/** A value read from a cell: text, number, logical, or `null` for an empty (or error) cell. @category Excel */
export type XlsxCellValue = string | number | boolean | null;

/**
 * The number format of a read cell: its id, its format code (built-in ids have their standard
 * code) and whether it shows a date or time, in which case the number is a date serial (see
 * {@link excelSerialToCivil}).
 * @category Excel
 */
export interface XlsxNumberFormat {
  /** The `numFmtId` (0–163 built-in, 164 and above defined in the workbook). */
  readonly id: number;
  /** The format code, such as `'dd/mm/yyyy'` or `'#,##0'`. */
  readonly code: string;
  /** Whether the format displays a date or a time (built-in 14–22, 45–47, or a custom code with date/time tokens). */
  readonly isDate: boolean;
}

/** One row read from a sheet by {@link readXlsxRows}. @category Excel */
export interface XlsxRow {
  /** The 1-based row number in the sheet (rows absent from the file are skipped, so numbers can jump). */
  readonly line: number;
  /** The cells from column A; a missing cell is `null`, so every value keeps its column position. */
  readonly cells: XlsxCellValue[];
  /** The number format of each cell, `null` for an empty cell or the General format. */
  readonly formats: (XlsxNumberFormat | null)[];
  /** Problems in this row's cells (error values such as `#DIV/0!`, unreadable numbers); their cell is `null`. */
  readonly issues: Issue[];
  /** Whether the workbook uses the 1904 date system (the same for every row). */
  readonly date1904: boolean;
}

/** Options of {@link readXlsxRows}. @category Excel */
export interface ReadXlsxOptions {
  /** The sheet to read: its name, or its 0-based position in the workbook (default 0, the first). */
  readonly sheet?: string | number;
  /** Language of the issue messages (default `'en'`). */
  readonly locale?: Locale;
}
