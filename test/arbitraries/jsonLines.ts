/**
 * JSON text as other writers spell it: keys in another order, spaces around `:` and `,`, numbers
 * as `5.0` or `5e0`, escaped characters; and lines of it damaged by a few edits (a character
 * inserted, deleted or replaced). For the laws of the JSON Lines fast road.
 */
import fc from 'fast-check';
import { formatInstantVN } from '../../src/_lib/instant';
import { readInstant } from '../../src/_lib/fastInstant';
import { denseDossierArb } from '../report/_arbitraries';
import { mutatedArb } from './mutatedDossier';

/** How a writer spells JSON. */
export interface JsonWriter {
  readonly colon: string;
  readonly comma: string;
  readonly inside: string;
  readonly order: 'as' | 'reverse' | 'rotate';
  readonly spell: 'plain' | 'float' | 'exp';
  readonly escape: boolean;
}

export const writerArb: fc.Arbitrary<JsonWriter> = fc.record({
  colon: fc.constantFrom('', '', ' ', '\t'),
  comma: fc.constantFrom('', '', ' ', ' \t'),
  inside: fc.constantFrom('', '', ' '),
  order: fc.constantFrom('as', 'as', 'reverse', 'rotate'),
  spell: fc.constantFrom('plain', 'plain', 'float', 'exp'),
  escape: fc.boolean(),
});

/** `x` as JSON text in the writer's spelling (no line breaks). */
export function writeJson(x: unknown, w: JsonWriter): string {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return 'null';
    const plain = JSON.stringify(x);
    return w.spell === 'float' && Number.isInteger(x) ? `${plain}.0` : w.spell === 'exp' && !plain.includes('e') ? `${plain}e0` : plain;
  }
  if (typeof x === 'string') {
    const plain = JSON.stringify(x);
    return w.escape && x.length > 0 ? `"\\u${(x.charCodeAt(0) + 0x10000).toString(16).slice(1)}${plain.slice(2)}` : plain;
  }
  if (Array.isArray(x)) return `[${w.inside}${x.map((v) => writeJson(v === undefined ? null : v, w)).join(`,${w.comma}`)}${w.inside}]`;
  if (typeof x === 'object' && x !== null) {
    let keys = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
    if (w.order === 'reverse') keys = keys.reverse();
    if (w.order === 'rotate' && keys.length > 1) keys = [...keys.slice(1), keys[0] as string];
    const members = keys.map((k) => `${JSON.stringify(k)}${w.colon}:${w.colon}${writeJson((x as Record<string, unknown>)[k], w)}`);
    return `{${w.inside}${members.join(`,${w.comma}`)}${w.inside}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

const EDIT_CHARS = ['"', '\\', ',', ':', '{', '}', '[', ']', '0', '9', 'e', '-', '.', 't', 'n', '\t', ' ', 'x', 'é', '\u0000', '\u007f', '+', 'Z', 'u'];

/** A few edits of a text: insert, delete or replace one character. */
const editsArb = fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('insert', 'delete', 'replace'), char: fc.constantFrom(...EDIT_CHARS) }), { maxLength: 3 });

function edit(text: string, edits: readonly { at: number; kind: string; char: string }[]): string {
  let s = text;
  for (const e of edits) {
    const i = s.length === 0 ? 0 : e.at % s.length;
    s = e.kind === 'insert' ? s.slice(0, i) + e.char + s.slice(i) : e.kind === 'delete' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + e.char + s.slice(i + 1);
  }
  return s;
}

const minute = 60_000;
const vn = (ms: number): string => formatInstantVN(ms);

/** Ids of printable ASCII, 1 to 30 characters (national dossier codes are 16 to 24: `000.00.23.H42-250303-0001`). */
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
export const idArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.boolean())
  .chain(([n, plain]) => fc.array(fc.constantFrom(...PRINTABLE.filter((c) => !plain || /[A-Za-z0-9.\/_-]/.test(c))), { minLength: n, maxLength: n }).map((a) => a.join('')));

/** One change that makes a valid canonical dossier invalid in a way only the cross-field checks see. */
const BREAKS = ['levelOffline', 'stepEarly', 'endBeforeStart', 'dueEarly', 'submittedLate', 'eventEarly', 'eventsSwapped', 'newDueWrongType', 'previousDueWrongType', 'newDueEarly', 'processingDaysFraction', 'emptyId'] as const;

function broken(d: Record<string, unknown>, how: (typeof BREAKS)[number]): Record<string, unknown> {
  const x = JSON.parse(JSON.stringify(d)) as Record<string, unknown>;
  const received = readInstant(x['receivedAt']) as number;
  const steps = (x['steps'] as Record<string, unknown>[] | undefined) ?? [];
  const events = (x['events'] as Record<string, unknown>[] | undefined) ?? [];
  const step = (): Record<string, unknown> => {
    if (steps.length === 0) steps.push({ officialId: 'CB-01', departmentId: 'MC', startedAt: vn(received + minute), endedAt: vn(received + 2 * minute) });
    x['steps'] = steps;
    return steps[0] as Record<string, unknown>;
  };
  const event = (type: string): Record<string, unknown> => {
    events.unshift({ type, at: vn(received + minute) });
    x['events'] = events;
    return events[0] as Record<string, unknown>;
  };
  switch (how) {
    case 'levelOffline':
      x['channel'] = 'direct';
      x['onlineLevel'] = 'full';
      break;
    case 'stepEarly':
      step()['startedAt'] = vn(received - minute);
      break;
    case 'endBeforeStart': {
      const s = step();
      s['endedAt'] = vn((readInstant(s['startedAt']) as number) - minute);
      break;
    }
    case 'dueEarly':
      x['dueAt'] = vn(received - minute);
      break;
    case 'submittedLate':
      x['submittedAt'] = vn(received + minute);
      break;
    case 'eventEarly':
      event('supplement-requested')['at'] = vn(received - minute);
      break;
    case 'eventsSwapped':
      event('supplement-requested');
      events.unshift({ type: 'apology', at: vn(received + 2 * minute) });
      break;
    case 'newDueWrongType':
      event('supplement-requested')['newDueAt'] = vn(received + minute);
      break;
    case 'previousDueWrongType':
      event('apology')['previousDueAt'] = vn(received + minute);
      break;
    case 'newDueEarly':
      event('apology')['newDueAt'] = vn(received - minute);
      break;
    case 'processingDaysFraction':
      x['processingDays'] = 2.5;
      break;
    default:
      x['id'] = '';
  }
  return x;
}

/** A line that is a valid canonical dossier but for one cross-field fact, or for text around the object (trailing text, a repeated key). */
export const brokenLineArb: fc.Arbitrary<string> = fc
  .tuple(denseDossierArb(), writerArb, fc.constantFrom(...BREAKS, 'trailing', 'repeatedKey'), fc.constantFrom('x', '}', ',', ' 1', ' ]', '{}'), idArb)
  .map(([d, w, how, tail, id]) => {
    const base = { id, ...d } as Record<string, unknown>;
    const writer = { ...w, spell: 'plain' as const, escape: false };
    if (how === 'trailing') return writeJson(base, writer) + tail;
    if (how === 'repeatedKey') return writeJson(base, writer).replace('{', '{"channel":"online",');
    return writeJson(broken(base, how), writer);
  });

/** A line of JSON Lines holding a dossier or nearly: valid (canonical or respelled), mutated, broken, damaged (never a line break). */
export const jsonLineArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(mutatedArb, writerArb, fc.oneof(fc.constant([]), editsArb)).map(([x, w, edits]) => edit(writeJson(x, w), edits)),
  brokenLineArb,
  fc.tuple(denseDossierArb(), writerArb, idArb).map(([d, w, id]) => writeJson({ id, ...d }, { ...w, spell: 'plain', escape: false })),
);
