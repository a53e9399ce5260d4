/**
 * The tokenizer's tag checks, which scan names a character at a time: an element name is accepted
 * exactly when it matches `^[A-Za-z_][-\w.:]*$`, its local name is what follows the first colon, and
 * a closing tag must repeat the open element's name (nothing but white space after it).
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
function events(xml: string, size: number): string[] | string {
  const out: string[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open: (n, attrs, self) => void out.push(`<${n}|${attrs}|${self}`),
    close: (n) => void out.push(`/${n}`),
    text: () => undefined,
  };
  const t = new XmlTokenizer(handler);
  try {
    for (let at = 0; at < xml.length; at += size) t.push(xml.slice(at, at + size));
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
