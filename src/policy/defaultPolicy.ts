import { definePolicy } from './definePolicy';
import type { LegalBasis } from './LegalBasis';
import type { Policy } from './Policy';
import type { PolicyParameters } from './PolicyParameters';

const PLAN_DOCUMENT = 'Kế hoạch triển khai Kết luận 91-KL/TU';
const PLAN_ISSUER = 'Ban quản lý Khu kinh tế Vân Phong';

function plan(article: string, note: string): LegalBasis {
  return { document: PLAN_DOCUMENT, article, issuer: PLAN_ISSUER, note };
}

const LAW_EMULATION = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const METHOD_766 = 'Phương pháp tính Chỉ số phục vụ theo Quyết định 766/QĐ-TTg (Cổng Dịch vụ công quốc gia)';
const DECREE_61 = 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)';
const DECREE_118 = 'Nghị định 118/2025/NĐ-CP';
const START = '2023-01-01';
const DECREE_118_START = '2025-07-01';

/**
 * The default policy: the plan implementing Kết luận 91-KL/TU at Ban quản lý Khu kinh tế Vân Phong
 * (Khánh Hòa, 01/2023) and the national rules it chains into, with values from 2023-01-01, each
 * with its legal basis. Every value is overridable with {@link extendPolicy}; the full table is in
 * `docs/policies.md`.
 *
 * @remarks The official cap is 10% ("trên 10%") up to rating year 2024 and 5% from 2025-01-01, the
 * plan's aim "đến năm 2025" read as applying from rating year 2025. Rules restated by Nghị định
 * 118/2025 (in force 2025-07-01, replacing 61/2018) change basis, not value, on that date.
 * @example
 * ```ts
 * import { defaultPolicy, parameterAt } from 'reform-rules';
 * parameterAt(defaultPolicy, 'departmentLateShareCap', '2024-05-01'); // => { numerator: 1, denominator: 20 }
 * parameterAt(defaultPolicy, 'maxSupplementRequests', '2025-08-01'); // => 1
 * ```
 * @category Policy
 */
export const defaultPolicy: Policy<PolicyParameters> = definePolicy<PolicyParameters>({
  id: 'kkt-van-phong-91-KL/TU',
  parameters: {
    officialLateShareCap: [
      {
        from: START,
        until: '2024-12-31',
        value: { numerator: 1, denominator: 10 },
        basis: plan('mục II.1', '«Công chức có trên 10% hồ sơ TTHC trễ hạn thì không được xếp loại hoàn thành tốt nhiệm vụ trở lên»; rating years up to 2024.'),
      },
      {
        from: '2025-01-01',
        value: { numerator: 1, denominator: 20 },
        basis: plan('mục II.1', '«phấn đấu đến năm 2025 giảm tỷ lệ này xuống 5%»; applied from rating year 2025 (an interpretation of the aim, overridable).'),
      },
    ],
    officialLateShareComparison: [
      { from: START, value: 'gt', basis: plan('mục II.1', '«trên 10%»: more than the threshold caps the rating.') },
    ],
    departmentLateShareCap: [
      {
        from: START,
        value: { numerator: 1, denominator: 20 },
        basis: plan('mục II.1', '«Các phòng chuyên môn giải quyết TTHC có từ 5% hồ sơ TTHC trễ hạn thì không được xếp loại “Tập thể lao động tiên tiến” trở lên».'),
      },
    ],
    departmentLateShareComparison: [
      { from: START, value: 'gte', basis: plan('mục II.1', '«từ 5%»: the threshold itself already caps the title.') },
    ],
    deadlineMode: [
      {
        from: START,
        value: 'endOfDay',
        basis: {
          document: 'Bộ luật Dân sự 91/2015/QH13',
          article: 'Điều 147.2, Điều 148.5',
          note: 'N working days counted from the day after the clock starts, due at the close of office hours of the N-th working day (as one-stop systems print the appointment); the 766 methodology compares the end of processing with that appointment. The workingHours mode counts N x the working minutes of a day instead.',
        },
      },
    ],
    maxSupplementRequests: [
      {
        from: START,
        value: 1,
        basis: {
          document: DECREE_61,
          note: 'Supplementation may be requested at most once; the 766 methodology counts a dossier with more than one request as late («hơn 01 lần thì tính quá hạn»). MEDIUM.',
        },
      },
      {
        from: DECREE_118_START,
        value: 1,
        basis: { document: DECREE_118, note: 'Replaces Nghị định 61/2018 from 01/7/2025; the 766 methodology keeps «hơn 01 lần thì tính quá hạn». MEDIUM.' },
      },
    ],
    supplementPausesClock: [
      {
        from: START,
        value: true,
        basis: {
          document: METHOD_766,
          note: '«Thời gian bổ sung hồ sơ = Thời điểm hoàn thành bổ sung hồ sơ − Thời điểm yêu cầu bổ sung» is not counted against the agency. MEDIUM–HIGH as the portal rule.',
        },
      },
    ],
    afterHoursStartsNextWorkingStart: [
      {
        from: START,
        value: true,
        basis: {
          document: 'Quyết định 3142/QĐ-BGDĐT',
          article: 'Điều 11',
          issuer: 'Bộ Giáo dục và Đào tạo',
          note: '«Trường hợp nộp ngoài giờ được tính từ đầu giờ làm việc kế tiếp»; a ministry rule, no national rule found (MEDIUM). Per-procedure settings may differ.',
        },
      },
    ],
    receptionWorkingHours: [
      {
        from: START,
        value: null,
        basis: {
          document: 'Nghị định 45/2020/NĐ-CP',
          article: 'Điều 12',
          note: 'No reception time limit for online dossiers was found before the 2025 decrees; that 45/2020 Điều 12 sets one as the general rule is LOW, so none is applied. The agency must confirm.',
        },
      },
      {
        from: DECREE_118_START,
        value: 8,
        basis: {
          document: 'Nghị định 105/2025/NĐ-CP',
          note: '«không muộn hơn 08 giờ làm việc kể từ khi Cổng Dịch vụ công quốc gia tiếp nhận hồ sơ» (the 2025 inter-agency decree on the electronic liên thông procedure group; the same 8-working-hour rule in Nghị định 105/2025/NĐ-CP on PCCC). MEDIUM. The start date is the two-tier regime of Nghị định 118/2025/NĐ-CP (2025-07-01): the decrees\' own effective dates are not in the reference, so the agency must confirm the date and whether the rule applies to its procedures.',
        },
      },
    ],
    apologyNoticeWorkingDays: [
      { from: START, value: 1, basis: { document: DECREE_61, article: 'Điều 19', note: 'Apology letter at least 01 working day before the deadline. LOW–MEDIUM (not re-read).' } },
      {
        from: DECREE_118_START,
        value: 1,
        basis: { document: DECREE_118, note: '«chậm nhất 01 ngày trước ngày hết hạn», as repeated by Lai Châu QĐ 88/2025/QĐ-UBND and Hà Tĩnh QĐ 2916/QĐ-UBND; article not found. MEDIUM.' },
      },
    ],
    maxApologyReschedules: [
      { from: START, value: 1, basis: { document: DECREE_61, article: 'Điều 19', note: 'The appointment may be re-scheduled once. LOW–MEDIUM (not re-read).' } },
      {
        from: DECREE_118_START,
        value: 1,
        basis: { document: DECREE_118, note: '«Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần» (Lai Châu QĐ 88/2025/QĐ-UBND). MEDIUM.' },
      },
    ],
    advancedCollectiveMemberShare: [
      {
        from: START,
        value: { numerator: 70, denominator: 100 },
        basis: {
          document: LAW_EMULATION,
          article: 'Điều 28.1',
          note: '«Có ít nhất là 70% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên» (MEDIUM). The law is in force from 01/01/2024; for 2023 titles the former rule (Nghị định 91/2017/NĐ-CP: trên 50%) may apply: override if so.',
        },
      },
    ],
    advancedCollectiveMemberComparison: [
      { from: START, value: 'gte', basis: { document: LAW_EMULATION, article: 'Điều 28.1', note: '«ít nhất là 70%»: at least.' } },
    ],
    excellentCollectiveMemberShare: [
      {
        from: START,
        value: { numerator: 70, denominator: 100 },
        basis: {
          document: LAW_EMULATION,
          article: 'Điều 27.1',
          note: '«Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất là 70% cá nhân đạt danh hiệu “Lao động tiên tiến”» (MEDIUM).',
        },
      },
    ],
    excellentCollectiveMemberComparison: [
      { from: START, value: 'gte', basis: { document: LAW_EMULATION, article: 'Điều 27.1', note: '«ít nhất là 70%»: at least.' } },
    ],
    excellentCollectiveCompletedShare: [
      {
        from: START,
        value: { numerator: 1, denominator: 1 },
        basis: { document: LAW_EMULATION, article: 'Điều 27.1', note: '«Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao» (MEDIUM).' },
      },
    ],
    onlineCoverageTarget: [
      {
        from: START,
        value: { numerator: 1, denominator: 1 },
        basis: plan('mục II.3', '«công bố dịch vụ công trực tuyến toàn trình đối với 100% TTHC đủ điều kiện».'),
      },
    ],
    onlineMainChannelFrom: [
      { from: START, value: '2025-01-01', basis: plan('mục II.3', '«Từ năm 2025 trở đi, chuyển sang giao dịch trực tuyến là chủ yếu».') },
    ],
    onlineMainChannelShare: [
      {
        from: START,
        value: { numerator: 1, denominator: 2 },
        basis: plan('mục II.3', '«giao dịch trực tuyến là chủ yếu» read as more than half of the dossiers received online; the plan gives no number (an interpretation, overridable).'),
      },
    ],
    onlineMainChannelComparison: [
      { from: START, value: 'gt', basis: plan('mục II.3', '«chủ yếu»: more than half.') },
    ],
    satisfactionTarget: [
      {
        from: START,
        value: { numerator: 1, denominator: 1 },
        basis: plan('mục II.1', '«100% CCVC nhận được sự hài lòng từ khách hàng».'),
      },
    ],
    electronicDocumentsTarget: [
      {
        from: START,
        value: { numerator: 1, denominator: 1 },
        basis: plan('mục II.7', '«Văn bản đi, đến của cơ quan phải được chỉ đạo, tham mưu, xử lý, phê duyệt trên môi trường điện tử», except secret documents.'),
      },
    ],
    petitionDeadlineWorkingDays: [
      {
        from: START,
        value: 15,
        basis: { document: METHOD_766, note: 'A petition or feedback (phản ánh, kiến nghị) is handled on time within 15 working days. MEDIUM as the portal rule.' },
      },
    ],
    reportSubmissionWorkingDays: [
      {
        from: START,
        value: 2,
        basis: {
          document: 'Quyết định 01/2023/QĐ-UBND',
          article: 'Điều 4',
          issuer: 'UBND tỉnh Khánh Hòa',
          note: '«Thời hạn gửi: 02 ngày làm việc kể từ ngày chốt số liệu» (MEDIUM).',
        },
      },
    ],
    provincialIndexRankTarget: [
      {
        from: START,
        value: 25,
        basis: plan('mục I.1', 'PAR Index, PCI, PAPI, ICT Index and DTI «trong nhóm 25 tỉnh, thành phố dẫn đầu cả nước».'),
      },
    ],
  },
});
