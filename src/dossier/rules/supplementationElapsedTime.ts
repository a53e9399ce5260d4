/**
 * Rule `supplementation.elapsedTime`: the 766 methodology's literal subtraction of the elapsed wait.
 * @module
 */
import { MS_PER_MINUTE } from '../../_lib/instant';
import { readSupplementation, supplementationInputs, supplementationResult } from './_supplementationEvents';
import type { ClockRule } from './ClockRule';

/**
 * The methodology's literal text: «Thời gian kết thúc xử lý hồ sơ = Thời gian kết thúc xử lý − Thời
 * gian bổ sung hồ sơ», with «Thời gian bổ sung hồ sơ = Thời điểm hoàn thành bổ sung − Thời điểm yêu
 * cầu bổ sung»: the **elapsed** time of each wait (nights and days off included) is subtracted from
 * the end before it is compared with the due. The effective due shown is the due plus that time.
 * @example
 * ```ts
 * import { supplementationElapsedTime } from 'reform-rules';
 * supplementationElapsedTime.id; // => 'supplementation.elapsedTime'
 * ```
 * @category Dossier clock rules
 */
export const supplementationElapsedTime: ClockRule = {
  id: 'supplementation.elapsedTime',
  step: 'supplementation',
  basis: 'QĐ 766 methodology 2.1, literal: end − (hoàn thành bổ sung − yêu cầu bổ sung), elapsed time (MEDIUM–HIGH)',
  doc: 'docs/counting.md#supplementation-model',
  apply(s, ctx) {
    readSupplementation(s, ctx);
    s.pauseUnit = 'elapsedMinutes';
    const pauses = s.pauses;
    if (pauses === undefined || !s.params.supplementPausesClock) return;
    let shift = 0;
    for (let p = 0; p + 1 < pauses.length; p += 2) shift += (pauses[p + 1] as number) - (pauses[p] as number);
    s.shiftMs = shift;
    s.pauseUnits = shift / MS_PER_MINUTE;
    s.effectiveDueMs = s.dueMs + shift;
  },
  explain: (f, ctx) => ({
    inputs: supplementationInputs(f, ctx),
    parameters: [f.params.uses.supplementPausesClock, f.params.uses.maxSupplementRequests],
    result: supplementationResult(f, ctx),
  }),
};
