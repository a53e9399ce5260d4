/**
 * An incremental XML tokenizer for SpreadsheetML parts: text arrives in chunks of any size and only
 * the unfinished tail (at most one tag or one text node) is kept between chunks. It reports open
 * tags (local name without prefix, raw attribute text), close tags and, when the handler asks,
 * raw text. DOCTYPE declarations are refused (no entity expansion); comments, processing
 * instructions and CDATA are handled.
 * @internal
 * @module
 */

/** @internal What the tokenizer calls. */
export interface XmlHandler {
  /** Whether text between tags is wanted now (checked before each text node). */
  wantText: boolean;
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data (entities not decoded), or CDATA content (`cdata` true). */
  text(raw: string, cdata: boolean): void;
}

/** @internal A malformed document: what is wrong and the text near it. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly near: string,
  ) {
    super(detail);
  }
}

/** An element name: `^[A-Za-z_][-\w.:]*$`, tested a character at a time. */
const isNameStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x3a) || c === 0x2d || c === 0x2e;
/** Attribute text: name="value" pairs separated by white space (checked only when a tag has attributes). */
const ATTRS = /^(?:\s+[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*$/;
/** A tag or text node longer than this is treated as malformed rather than buffered further. */
const MAX_PENDING = 4 << 20;

/** The index of the '>' ending the tag at `lt` (a '>' inside a quoted attribute value does not count), or -1. */
function tagEnd(s: string, lt: number): number {
  let gt = s.indexOf('>', lt);
  let from = lt;
  let quote = 0;
  while (gt >= 0) {
    for (let i = from; i < gt; i += 1) {
      const c = s.charCodeAt(i);
      if (quote === 0) {
        if (c === 0x22 || c === 0x27) quote = c;
      } else if (c === quote) quote = 0;
    }
    if (quote === 0) return gt;
    from = gt;
    gt = s.indexOf('>', gt + 1);
  }
  return -1;
}

/** @internal Tokenizes one XML document fed in chunks. */
export class XmlTokenizer {
  private pending = '';
  /** Names of the open elements, to check that every element closes in order. */
  private readonly stack: string[] = [];
  /** Their local names (without prefix), as reported. */
  private readonly locals: string[] = [];
  private roots = 0;
  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next chunk of text. */
  push(chunk: string): void {
    const s = this.pending === '' ? chunk : this.pending + chunk;
    this.pending = '';
    const stop = this.scan(s, false);
    if (stop < s.length) this.keep(s.slice(stop));
  }

  /** Ends the document; anything left unfinished is an error. */
  end(): void {
    const s = this.pending;
    this.pending = '';
    const stop = this.scan(s, true);
    const rest = s.slice(stop);
    if (rest.trim() !== '') throw new XmlSyntaxError('unfinished markup at the end', rest.slice(0, 60));
    if (this.stack.length > 0) throw new XmlSyntaxError('an element is never closed', `<${this.stack[this.stack.length - 1]}>`);
    if (this.roots !== 1) throw new XmlSyntaxError(this.roots === 0 ? 'no root element' : 'more than one root element', '');
  }

  private keep(rest: string): void {
    if (rest.length > MAX_PENDING) throw new XmlSyntaxError('a tag or text node too long or never closed', rest.slice(0, 60));
    this.pending = rest;
  }

  /** Handles every complete token of `s`; returns where the unfinished tail starts. */
  private scan(s: string, final: boolean): number {
    const h = this.handler;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return final ? this.finalText(s, i) : i;
      if (lt > i && h.wantText) h.text(s.slice(i, lt), false);
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const end = this.special(s, lt);
        if (end < 0) return lt;
        i = end;
        continue;
      }
      const gt = tagEnd(s, lt);
      if (gt < 0) {
        if (final) throw new XmlSyntaxError('malformed tag', s.slice(lt, lt + 60));
        return lt;
      }
      this.tag(s, lt, gt);
      i = gt + 1;
    }
    return i;
  }

  /** One tag `s[lt..gt]`: checked, matched against the open elements, reported. */
  private tag(s: string, lt: number, gt: number): void {
    const closing = s.charCodeAt(lt + 1) === 0x2f;
    const selfClosing = !closing && s.charCodeAt(gt - 1) === 0x2f;
    const from = closing ? lt + 2 : lt + 1;
    // The name ends at white space, '/' or '>'; checked on the way (no regular expression, no copy).
    let nameEnd = from;
    let nameOk = true;
    let colon = -1;
    while (nameEnd < gt) {
      const c = s.charCodeAt(nameEnd);
      if (c <= 0x20 || c === 0x2f || c === 0x3e) break;
      if (nameOk && !(nameEnd === from ? isNameStart(c) : isNameChar(c))) nameOk = false;
      if (c === 0x3a && colon < 0) colon = nameEnd;
      nameEnd += 1;
    }
    if (nameEnd === from) nameOk = false;
    const restEnd = selfClosing ? gt - 1 : gt;
    if (closing) {
      // Nothing but white space may follow the name of a closing tag.
      const restOk = nameEnd === restEnd || s.slice(nameEnd, restEnd).trim() === '';
      if (!nameOk || !restOk) throw new XmlSyntaxError('malformed tag', s.slice(lt, Math.min(gt + 1, lt + 60)));
      const open = this.stack.pop();
      if (open === undefined || open.length !== nameEnd - from || !s.startsWith(open, from)) throw new XmlSyntaxError('a closing tag that does not match the open element', s.slice(lt, gt + 1));
      this.handler.close(this.locals.pop() as string);
      return;
    }
    const rest = nameEnd === restEnd ? '' : s.slice(nameEnd, restEnd);
    if (!nameOk || (rest !== '' && !ATTRS.test(rest))) throw new XmlSyntaxError('malformed tag', s.slice(lt, Math.min(gt + 1, lt + 60)));
    const qname = s.slice(from, nameEnd);
    const local = colon < 0 ? qname : s.slice(colon + 1, nameEnd);
    if (this.stack.length === 0) this.roots += 1;
    if (!selfClosing) {
      this.stack.push(qname);
      this.locals.push(local);
    }
    this.handler.open(local, rest, selfClosing);
  }

  private finalText(s: string, i: number): number {
    if (s.slice(i).trim() !== '') throw new XmlSyntaxError('text after the document', s.slice(i, i + 60));
    return s.length;
  }

  /** Comments, CDATA, processing instructions; returns the index after them, or -1 if unfinished. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantText) this.handler.text(s.slice(lt + 9, end), true);
      return end + 3;
    }
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.length - lt < 9) return -1;
    throw new XmlSyntaxError(s.startsWith('<!DOCTYPE', lt) ? 'a DOCTYPE is not allowed in SpreadsheetML' : 'malformed markup', s.slice(lt, lt + 60));
  }
}
