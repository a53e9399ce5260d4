import { CompactStringTable } from './_stringTable';
import { decodeXml, decodeXstring } from './_xmlText';
import type { XmlHandler } from './_xmlTokenizer';
import { XmlSyntaxError } from './_xmlTokenizer';

/**
 * @internal Reads xl/sharedStrings.xml as it streams: each `<si>` becomes one string, the text of
 * its `<t>` elements (rich-text runs `<r>` concatenated), phonetic runs (`<rPh>`) left out, copied
 * into a {@link CompactStringTable} (so no slice of the decoded XML outlives its chunk).
 */
export class SharedStringsReader implements XmlHandler {
  wantText = false;
  readonly strings = new CompactStringTable();
  private parts: string[] = [];
  private inItem = false;
  private phonetic = 0;

  open(name: string, _attrs: string, selfClosing: boolean): void {
    if (name === 'si') {
      this.inItem = true;
      this.parts = [];
      if (selfClosing) this.endItem();
    } else if (name === 'rPh') {
      if (!selfClosing) this.phonetic += 1;
    } else if (name === 't' && this.inItem && this.phonetic === 0 && !selfClosing) {
      this.wantText = true;
    }
  }

  close(name: string): void {
    if (name === 't') this.wantText = false;
    else if (name === 'rPh') this.phonetic -= 1;
    else if (name === 'si') this.endItem();
  }

  text(raw: string, cdata: boolean): void {
    const text = cdata ? raw : decodeXml(raw);
    if (text === undefined) throw new XmlSyntaxError('a malformed entity in a shared string', raw.slice(0, 60));
    this.parts.push(text);
  }

  private endItem(): void {
    this.inItem = false;
    this.wantText = false;
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.strings.push(decodeXstring(text));
    this.parts = [];
  }
}
