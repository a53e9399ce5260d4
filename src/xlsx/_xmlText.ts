/**
 * XML text escaping and unescaping for SpreadsheetML, with the OOXML `ST_Xstring` convention:
 * a character XML 1.0 cannot carry (C0 controls other than tab and line feed, U+FFFE, U+FFFF, lone
 * surrogates) is written `_xHHHH_`, a carriage return too (XML parsers turn it into a line feed),
 * and an underscore that starts such a pattern is itself escaped (`_x005F_`) so text round-trips.
 * @internal
 * @module
 */

const NEEDS_XML_ESCAPE = /[&<>"\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
const XML_ESCAPE = /[&<>"]|[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function escapeOne(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    default:
      return `_x${hex4(ch.charCodeAt(0))}_`;
  }
}

/** @internal Escapes text for an element's content or a double-quoted attribute, with `_xHHHH_` escapes. */
export function escapeXml(text: string): string {
  return NEEDS_XML_ESCAPE.test(text) ? text.replace(XML_ESCAPE, escapeOne) : text;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)/;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * @internal Decodes XML character data: line ends normalised (CR LF and CR to LF, as XML 1.0 § 2.11
 * says) and entities expanded. Returns `undefined` for an unknown or malformed entity.
 */
export function decodeXml(raw: string): string | undefined {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  if (STRAY_AMPERSAND.test(text)) return undefined;
  let bad = false;
  text = text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED[name] as string;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex as string, 16);
    if (code > 0x10ffff) {
      bad = true;
      return '';
    }
    return String.fromCodePoint(code);
  });
  return bad ? undefined : text;
}

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

/** @internal Undoes the `_xHHHH_` escapes of an `ST_Xstring` value. */
export function decodeXstring(text: string): string {
  return text.includes('_x') ? text.replace(XSTRING, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))) : text;
}
