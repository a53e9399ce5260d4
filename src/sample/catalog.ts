/**
 * The illustrative organisation of the sample: an economic-zone management board's departments,
 * procedures and officials. Names follow the board's real structure; processing days and online
 * levels are typical values of such procedures, for demonstration, not a legal catalogue.
 * @internal
 * @module
 */
import type { Department } from '../model/department';
import type { Procedure } from '../model/procedure';

/** @internal */
export const sampleDepartments: readonly Department[] = [
  { id: 'VP', name: 'Văn phòng' },
  { id: 'QLDT', name: 'Phòng Quản lý Đầu tư' },
  { id: 'QHXD', name: 'Phòng Quản lý Quy hoạch và Xây dựng' },
  { id: 'TNMT', name: 'Phòng Quản lý Tài nguyên và Môi trường' },
  { id: 'DNLD', name: 'Phòng Quản lý Doanh nghiệp và Lao động' },
  { id: 'BQLDA', name: 'Ban Quản lý dự án phát triển hạ tầng' },
];

type Row = [id: string, name: string, days: number, level: Procedure['onlineLevel'], eligible: boolean, fees: boolean, weight: number];

const rows: Record<string, { field: string; departmentId: string; list: Row[] }> = {
  investment: {
    field: 'Đầu tư',
    departmentId: 'QLDT',
    list: [
      ['DT-01', 'Cấp Giấy chứng nhận đăng ký đầu tư (dự án không thuộc diện chấp thuận chủ trương)', 15, 'full', true, false, 6],
      ['DT-02', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 10, 'full', true, false, 8],
      ['DT-03', 'Chấp thuận chủ trương đầu tư của UBND cấp tỉnh', 35, 'partial', false, false, 2],
      ['DT-04', 'Điều chỉnh chủ trương đầu tư', 25, 'partial', false, false, 2],
      ['DT-05', 'Cấp lại Giấy chứng nhận đăng ký đầu tư', 5, 'full', true, false, 2],
      ['DT-06', 'Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư', 3, 'full', true, false, 1],
      ['DT-07', 'Chuyển nhượng dự án đầu tư', 10, 'partial', true, false, 1],
      ['DT-08', 'Ngừng hoạt động của dự án đầu tư', 15, 'full', true, false, 1],
      ['DT-09', 'Chấm dứt hoạt động của dự án đầu tư', 15, 'partial', true, false, 1],
      ['DT-10', 'Gia hạn thời hạn hoạt động của dự án đầu tư', 15, 'partial', true, false, 1],
      ['DT-11', 'Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC', 15, 'full', true, false, 1],
      ['DT-12', 'Góp vốn, mua cổ phần của nhà đầu tư nước ngoài', 15, 'full', true, false, 2],
    ],
  },
  construction: {
    field: 'Quy hoạch - Xây dựng',
    departmentId: 'QHXD',
    list: [
      ['XD-01', 'Cấp giấy phép xây dựng mới công trình', 20, 'partial', true, true, 6],
      ['XD-02', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 20, 'partial', true, true, 3],
      ['XD-03', 'Điều chỉnh giấy phép xây dựng', 20, 'partial', true, true, 2],
      ['XD-04', 'Gia hạn giấy phép xây dựng', 5, 'full', true, true, 2],
      ['XD-05', 'Cấp lại giấy phép xây dựng', 5, 'full', true, true, 1],
      ['XD-06', 'Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng', 30, 'partial', false, true, 3],
      ['XD-07', 'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', 30, 'partial', false, true, 3],
      ['XD-08', 'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng', 25, 'none', false, true, 1],
      ['XD-09', 'Thỏa thuận quy hoạch tổng mặt bằng', 15, 'partial', true, false, 2],
      ['XD-10', 'Cung cấp thông tin về quy hoạch xây dựng', 7, 'full', true, false, 3],
      ['XD-11', 'Kiểm tra công tác nghiệm thu công trình xây dựng', 20, 'none', false, false, 2],
    ],
  },
  environment: {
    field: 'Môi trường',
    departmentId: 'TNMT',
    list: [
      ['MT-01', 'Đăng ký môi trường', 15, 'full', true, false, 4],
      ['MT-02', 'Thẩm định báo cáo đánh giá tác động môi trường', 45, 'partial', false, true, 2],
      ['MT-03', 'Cấp giấy phép môi trường', 30, 'partial', true, true, 2],
      ['MT-04', 'Cấp điều chỉnh giấy phép môi trường', 15, 'partial', true, true, 1],
      ['MT-05', 'Cấp lại giấy phép môi trường', 20, 'partial', true, true, 1],
      ['MT-06', 'Xác nhận kế hoạch bảo vệ môi trường', 10, 'full', true, false, 1],
    ],
  },
  labour: {
    field: 'Lao động - Doanh nghiệp',
    departmentId: 'DNLD',
    list: [
      ['LD-01', 'Cấp giấy phép lao động cho người lao động nước ngoài', 5, 'full', true, true, 14],
      ['LD-02', 'Cấp lại giấy phép lao động cho người lao động nước ngoài', 3, 'full', true, true, 4],
      ['LD-03', 'Gia hạn giấy phép lao động cho người lao động nước ngoài', 5, 'full', true, true, 6],
      ['LD-04', 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 3, 'full', true, false, 4],
      ['LD-05', 'Chấp thuận nhu cầu sử dụng người lao động nước ngoài', 10, 'full', true, false, 6],
      ['LD-06', 'Đăng ký nội quy lao động của doanh nghiệp', 7, 'partial', true, false, 2],
      ['LD-07', 'Báo cáo giải trình thay đổi nhu cầu sử dụng người lao động nước ngoài', 10, 'full', true, false, 2],
      ['LD-08', 'Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi', 1, 'full', true, false, 8],
      ['LD-09', 'Xác nhận đăng ký kế hoạch đưa người lao động đi thực tập ở nước ngoài', 5, 'partial', true, false, 1],
      ['LD-10', 'Đăng ký thỏa ước lao động tập thể', 5, 'none', false, false, 1],
      ['LD-11', 'Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài', 7, 'partial', true, true, 1],
    ],
  },
};

const catalog: readonly { procedure: Procedure; weight: number }[] = Object.values(rows).flatMap(({ field, departmentId, list }) =>
  list.map(([id, name, processingDays, onlineLevel, onlineEligible, hasFees, weight]) => {
    const procedure: Procedure = {
      id,
      name,
      field,
      processingDays,
      onlineEligible: onlineEligible || onlineLevel === 'full',
      onlineLevel,
      hasFees,
      onlinePayment: hasFees && onlineLevel !== 'none',
      departmentId,
    };
    // Same-day style procedures stop receiving at 15:00 (e.g. C/O issuance).
    if (processingDays <= 1) procedure.cutoffTime = '15:00';
    return { procedure, weight };
  }),
);

/** @internal The sample's procedures. */
export const sampleProcedures: readonly Procedure[] = catalog.map((c) => c.procedure);

/** @internal Relative demand of each procedure in the sample. */
export const procedureWeights: ReadonlyMap<string, number> = new Map(catalog.map((c) => [c.procedure.id, c.weight]));

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const middles = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Quốc', 'Thu', 'Đức', 'Hoài'];
const givens = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Linh', 'Hiếu', 'Tín', 'Thắng', 'Uyên', 'Việt', 'Xuân'];

/** @internal Officials per department (heads first). */
export const staffing: Record<string, number> = { VP: 6, QLDT: 6, QHXD: 6, TNMT: 4, DNLD: 6, BQLDA: 3 };

/** @internal A deterministic Vietnamese name for the i-th official. */
export function officialName(i: number): string {
  return `${surnames[i % surnames.length]} ${middles[(i * 7) % middles.length]} ${givens[(i * 11) % givens.length]}`;
}
