import type { Ratio } from '../metrics/ratio';
import type { ScoringScheme } from './ScoringScheme';

const ALL: Ratio = { numerator: 1, denominator: 1 };

/**
 * An EXAMPLE scoring scheme, not a real regulation: built only from the plan's measurable targets
 * (Kế hoạch triển khai Kết luận 91-KL/TU, Ban quản lý Khu kinh tế Vân Phong), with points split
 * evenly by this library for illustration. No points table of a real Quy chế chấm điểm CCHC was
 * found; the plan (mục III.1) tells the Office to review the agency's own: use that one.
 *
 * @remarks Areas: 1. TTHC (40: dossiers on time, plan II.1; online dossiers, II.3 «giao dịch trực
 * tuyến là chủ yếu» read as more than half; full-online coverage 100%, II.3), 2. digital government
 * and tasks (30: documents handled and signed electronically 100%, II.7; tasks on time, II.4/III.1),
 * 3. people and reporting (30: satisfaction 100%, II.1; periodic reports sent on time, III.1, scored
 * by hand). Grades are example bands too.
 * @example
 * ```ts
 * import { exampleScoringScheme } from 'reform-rules';
 * exampleScoringScheme.maxPoints; // => 100
 * exampleScoringScheme.example; // => true
 * ```
 * @category Scoring
 */
export const exampleScoringScheme: ScoringScheme = {
  id: 'example-kkt-van-phong-cchc',
  version: '2026.1-example',
  year: 2026,
  example: true,
  title: { vi: 'VÍ DỤ quy chế chấm điểm CCHC các phòng, đơn vị', en: 'EXAMPLE CCHC scoring scheme for departments' },
  basis: {
    document: 'Kế hoạch triển khai Kết luận 91-KL/TU',
    article: 'mục II.1, II.3, II.4, II.7, III.1',
    issuer: 'Ban quản lý Khu kinh tế Vân Phong',
    note: 'EXAMPLE ONLY: the criteria are the plan’s measurable targets; the points and grades are an illustration by reform-rules, not a regulation. Replace with the agency’s Quy chế chấm điểm CCHC.',
  },
  maxPoints: 100,
  grades: [
    { id: 'excellent', label: { vi: 'Xuất sắc (ví dụ)', en: 'Excellent (example)' }, minPoints: 90 },
    { id: 'good', label: { vi: 'Tốt (ví dụ)', en: 'Good (example)' }, minPoints: 80 },
    { id: 'fair', label: { vi: 'Khá (ví dụ)', en: 'Fair (example)' }, minPoints: 65 },
    { id: 'average', label: { vi: 'Trung bình (ví dụ)', en: 'Average (example)' }, minPoints: 0 },
  ],
  criteria: [
    {
      id: '1',
      title: { vi: 'Cải cách TTHC, một cửa, dịch vụ công trực tuyến', en: 'Administrative procedures, one-stop shop, online services' },
      maxPoints: 40,
      children: [
        { id: '1.1', title: { vi: 'Hồ sơ TTHC giải quyết đúng hạn (mục II.1)', en: 'Dossiers resolved on time (II.1)' }, maxPoints: 20, computed: { metric: 'dossiersOnTime', rule: { kind: 'proportional', fullAt: ALL } } },
        { id: '1.2', title: { vi: 'Giao dịch trực tuyến là chủ yếu (mục II.3)', en: 'Online as the main channel (II.3)' }, maxPoints: 10, computed: { metric: 'dossiersOnline', rule: { kind: 'proportional', fullAt: { numerator: 1, denominator: 2 } } } },
        { id: '1.3', title: { vi: '100% TTHC đủ điều kiện cung cấp trực tuyến toàn trình (mục II.3)', en: '100% of eligible procedures fully online (II.3)' }, maxPoints: 10, computed: { metric: 'fullOnlineCoverage', rule: { kind: 'proportional', fullAt: ALL } } },
      ],
    },
    {
      id: '2',
      title: { vi: 'Chính quyền số và thực hiện nhiệm vụ', en: 'Digital government and tasks' },
      maxPoints: 30,
      children: [
        { id: '2.1', title: { vi: 'Văn bản đi, đến xử lý trên môi trường điện tử, ký số (mục II.7)', en: 'Documents handled electronically and signed digitally (II.7)' }, maxPoints: 15, computed: { metric: 'electronicDocuments', rule: { kind: 'proportional', fullAt: ALL } } },
        { id: '2.2', title: { vi: 'Nhiệm vụ hoàn thành đúng hạn (mục II.4, III.1)', en: 'Tasks done on time (II.4, III.1)' }, maxPoints: 15, computed: { metric: 'tasksOnTime', rule: { kind: 'proportional', fullAt: ALL } } },
      ],
    },
    {
      id: '3',
      title: { vi: 'Sự hài lòng và chế độ báo cáo', en: 'Satisfaction and reporting' },
      maxPoints: 30,
      children: [
        { id: '3.1', title: { vi: '100% CCVC nhận được sự hài lòng (mục II.1)', en: '100% of officials receive satisfaction (II.1)' }, maxPoints: 15, computed: { metric: 'satisfaction', rule: { kind: 'threshold', atLeast: ALL } } },
        { id: '3.2', title: { vi: 'Báo cáo định kỳ quý, 06 tháng, năm đúng hạn (mục III.1)', en: 'Quarterly, half-year and yearly reports on time (III.1)' }, maxPoints: 15, evidence: 'Số, ngày văn bản báo cáo' },
      ],
    },
  ],
};
