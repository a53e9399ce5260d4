import fc from 'fast-check';
import type { Feedback, FeedbackRating } from '../../src/model/index';
import { vnInstantArb } from './petitionDates';

/** The three verdicts. */
export const feedbackRatingArb = (): fc.Arbitrary<FeedbackRating> => fc.constantFrom('satisfied', 'neutral', 'dissatisfied');

/** Arbitrary schema-valid feedback about one of `officialIds`, given between two days (ids unique per array only when made so by the caller). */
export const feedbackArb = (officialIds: readonly string[], from = '2025-01-01', to = '2025-12-31'): fc.Arbitrary<Feedback> =>
  fc.record(
    {
      id: fc.stringMatching(/^F\d{1,6}$/),
      officialId: fc.constantFrom(...officialIds),
      at: vnInstantArb(from, to),
      rating: feedbackRatingArb(),
      dossierId: fc.stringMatching(/^HS-\d{1,5}$/),
    },
    { requiredKeys: ['id', 'officialId', 'at', 'rating'] },
  );

/** A list of feedback with distinct ids (`F0`, `F1`, …). */
export const feedbackListArb = (officialIds: readonly string[], maxLength = 30): fc.Arbitrary<Feedback[]> =>
  fc.array(feedbackArb(officialIds), { maxLength }).map((list) => list.map((f, i) => ({ ...f, id: `F${i}` })));
