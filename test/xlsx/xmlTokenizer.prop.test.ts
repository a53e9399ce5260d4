/**
 * The tokenizer's tag checks, which scan names a character at a time: an element name is accepted
 * exactly when it matches `^[A-Za-z_][-\w.:]*$`, its local name is what follows the first colon, and
 * a closing tag must repeat the open element's name (nothing but white space after it); and a
 * document gives the same events, text and CDATA included (or the same error), however it is cut
 * into chunks, from one character to more than a long text node.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XmlHandler } from '../../src/xlsx/_xmlTokenizer';
import { XmlSyntaxError, XmlTokenizer } from '../../src/xlsx/_xmlTokenizer';

const NAME = /^[A-Za-z_][-\w.:]*$/;
const nameChar = fc.constantFrom('a', 'Z', '_', '-', '.', ':', '0', '9', 'é', 'ư', '$', '"', '=', '\u00a0');
const simple = fc.string({ unit: nameChar, minLength: 1, maxLength: 6 });
/** Names with a prefix, some with more than one colon (`x:r:id`: the local name is `r:id`). */
const name = fc.oneof(simple, fc.tuple(simple, simple).map(([p, l]) => `${p}:${l}`), fc.tuple(simple, simple, simple).map((p) => p.join(':')));

/** Tokenizes `xml` in chunks of `size`; returns the events, or the error's detail. */
function events(xml: string, size: number | readonly number[], wantText = false): string[] | string {
  const out: string[] = [];
  const handler: XmlHandler = {
    wantText,
    open: (n, attrs, self) => void out.push(`<${n}|${attrs}|${self}`),
    close: (n) => void out.push(`/${n}`),
    text: (raw, cdata) => void out.push(`${cdata ? 'C' : 'T'}${raw}`),
  };
  const t = new XmlTokenizer(handler);
  try {
    if (typeof size === 'number') for (let at = 0; at < xml.length; at += size) t.push(xml.slice(at, at + size));
    else for (let at = 0, k = 0; at < xml.length; k += 1) {
      const n = size[k % size.length] as number;
      t.push(xml.slice(at, at + n));
      at += n;
    }
    t.end();
    return out;
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error.detail;
    throw error;
  }
}

const local = (q: string) => (q.includes(':') ? q.slice(q.indexOf(':') + 1) : q);

describe('XmlTokenizer', () => {
  it('accepts an element name exactly when it matches the name pattern, reporting its local name', () => {
    fc.assert(
      fc.property(name, fc.boolean(), fc.integer({ min: 1, max: 9 }), (q, self, size) => {
        const xml = self ? `<${q}/>` : `<${q} r="1"></${q}>`;
        const got = events(xml, size);
        if (NAME.test(q)) expect(got).toEqual(self ? [`<${local(q)}||true`] : [`<${local(q)}| r="1"|false`, `/${local(q)}`]);
        else expect(got).toBe('malformed tag');
      }),
    );
  });

  it('closes an element only with its own name, white space allowed after it', () => {
    fc.assert(
      fc.property(name.filter((q) => NAME.test(q)), name, fc.constantFrom('', ' ', '\t\n', ' x'), fc.integer({ min: 1, max: 9 }), (open, close, tail, size) => {
        const got = events(`<${open}></${close}${tail}>`, size);
        if (!NAME.test(close) || tail.trim() !== '') expect(got).toBe('malformed tag');
        else if (close !== open) expect(got).toBe('a closing tag that does not match the open element');
        else expect(got).toEqual([`<${local(open)}||false`, `/${local(open)}`]);
      }),
    );
  });
});

/** Text with the characters that matter to the tokenizer: `>` and quotes are plain text, `&amp;` an entity. */
const textOf = (max: number) => fc.string({ unit: fc.constantFrom('a', ' ', '>', '"', "'", '&amp;', 'ư', '\n', '='), maxLength: max });
const attrs = fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'x:id'), textOf(12).map((v) => v.replace(/"/g, "'"))), { maxLength: 3 }).map((a) => a.map(([k, v]) => ` ${k}="${v}"`).join(''));
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(textOf(40), textOf(600), fc.constant('<!-- a > b -->'), fc.constant('<![CDATA[x<y>&]]>'), attrs.map((a) => `<v${a}/>`))
    : fc.oneof(
        node(1),
        fc.tuple(fc.constantFrom('c', 'row', 'x:si'), attrs, fc.array(node(depth - 1), { maxLength: 4 })).map(([n, a, kids]) => `<${n}${a}>${kids.join('')}</${n}>`),
      ),
);
/** One root element (some documents broken at the end) after an XML declaration. */
const documentXml = fc.tuple(fc.array(node(4), { maxLength: 8 }), fc.constantFrom('', '<c', '</x>', '<!-- open')).map(([kids, tail]) => `<?xml version="1.0"?><sheet>${kids.join('')}</sheet>${tail}`);

describe('XmlTokenizer chunking', () => {
  it('gives the same events or the same error for any cut of the document', () => {
    fc.assert(
      fc.property(documentXml, fc.array(fc.integer({ min: 1, max: 1200 }), { minLength: 1, maxLength: 6 }), (xml, sizes) => {
        expect(events(xml, sizes, true)).toEqual(events(xml, xml.length + 1, true));
      }),
      { numRuns: 300 },
    );
  });
});
