import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedback, parseOfficialDocument, parsePetition, parsePlanTask, parseProcedure } from '../../src/model/index';
import { feedbackArb } from '../arbitraries/feedback';
import { officialDocumentArb } from '../arbitraries/officialDocument';
import { petitionArb } from '../arbitraries/petition';
import { planTaskArb } from '../arbitraries/planTask';
import { procedureArb } from '../arbitraries/procedure';

describe('coverage arbitraries', () => {
  it('procedureArb always produces schema-valid procedures', () => {
    fc.assert(
      fc.property(procedureArb(), (p) => {
        expect(parseProcedure(p)).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('feedbackArb always produces schema-valid feedback', () => {
    fc.assert(
      fc.property(feedbackArb(['cv01']), (f) => {
        expect(parseFeedback(f)).toEqual({ ok: true, value: f });
      }),
    );
  });

  it('officialDocumentArb always produces schema-valid documents', () => {
    fc.assert(
      fc.property(officialDocumentArb(), (d) => {
        expect(parseOfficialDocument(d)).toEqual({ ok: true, value: d });
      }),
    );
  });

  it('petitionArb always produces schema-valid petitions', () => {
    fc.assert(
      fc.property(petitionArb(), (p) => {
        expect(parsePetition(p)).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('planTaskArb always produces schema-valid tasks', () => {
    fc.assert(
      fc.property(planTaskArb(), (t) => {
        expect(parsePlanTask(t)).toEqual({ ok: true, value: t });
      }),
    );
  });
});
