"""The message catalogue: every label the audit shows, in Vietnamese and English.

The HTML speaks Vietnamese by default and English with ``--lang en``.  No
other module holds user-facing literals; add a key here and use :func:`t`.
"""

from __future__ import annotations

LANGS = ("vi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # page
    "page_title": {"vi": "Kiểm tra số liệu: {title}", "en": "Figure audit: {title}"},
    "untitled": {"vi": "(báo cáo không có tiêu đề)", "en": "(untitled report)"},
    "report_year": {"vi": "Năm báo cáo", "en": "Report year"},
    "year_unknown": {"vi": "không xác định (dùng --year để chỉ định)", "en": "unknown (use --year to set it)"},
    "source_file": {"vi": "Tệp nguồn", "en": "Source file"},
    "verdict_fail": {"vi": "Phát hiện {n} sai lệch cần xem xét.", "en": "{n} discrepancies found that need review."},
    "verdict_warn": {"vi": "Không có sai lệch rõ ràng; {n} điểm cần lưu ý.", "en": "No clear discrepancy; {n} points to note."},
    "verdict_pass": {"vi": "Các số liệu kiểm tra được đều khớp nhau.", "en": "Every checkable figure agrees."},
    "status_fail": {"vi": "sai lệch", "en": "fail"},
    "status_warn": {"vi": "lưu ý", "en": "warn"},
    "status_unverifiable": {"vi": "chưa kiểm chứng được", "en": "unverifiable"},
    "status_pass": {"vi": "khớp", "en": "pass"},
    "by_status": {"vi": "Theo kết quả", "en": "By status"},
    "by_family": {"vi": "Theo nhóm kiểm tra", "en": "By check family"},
    "warnings": {"vi": "Cảnh báo khi đọc báo cáo", "en": "Warnings while reading the report"},
    # sections
    "discrepancies": {"vi": "Sai lệch và điểm cần lưu ý", "en": "Discrepancies and points to note"},
    "no_discrepancies": {"vi": "Không phát hiện sai lệch nào.", "en": "No discrepancy was found."},
    "families": {"vi": "Kết quả theo nhóm kiểm tra", "en": "Results by check family"},
    "show_all_rows": {"vi": "Xem tất cả {n} dòng (kể cả các dòng khớp)", "en": "Show all {n} rows (passes included)"},
    "charts": {"vi": "Biểu đồ", "en": "Charts"},
    "chart_breakdowns": {
        "vi": "Số liệu chi tiết theo cấp trong chú thích, tính theo % tổng số nêu trong thân bài: cột dừng đúng vạch 100 % là khớp.",
        "en": "Each footnote breakdown by level, as a % of the total stated in the body: a bar ending on the 100 % line agrees.",
    },
    "chart_share_of_stated": {"vi": "% so với tổng số báo cáo ghi (vạch đen = 100 %: khớp)", "en": "% of the stated total (black line = 100 %: agreement)"},
    "coverage": {"vi": "Độ bao phủ", "en": "Coverage"},
    "coverage_text": {
        "vi": "Báo cáo có {digits} dãy chữ số; tất cả đều được phân loại thành {figures} số liệu. {in_check} số liệu tham gia ít nhất một phép kiểm tra.",
        "en": "The report holds {digits} digit runs; all were classified into {figures} figures. {in_check} figures took part in at least one check.",
    },
    "kind": {"vi": "Loại", "en": "Kind"},
    "kind_count": {"vi": "số lượng", "en": "count"},
    "kind_amount": {"vi": "giá trị, đại lượng", "en": "amount"},
    "kind_percent": {"vi": "tỷ lệ phần trăm", "en": "percentage"},
    "kind_ratio": {"vi": "tỷ số (a/b)", "en": "ratio (a/b)"},
    "kind_year": {"vi": "năm", "en": "year"},
    "kind_date": {"vi": "ngày tháng", "en": "date"},
    "kind_period": {"vi": "giai đoạn, nhiệm kỳ", "en": "period"},
    "kind_range": {"vi": "khoảng (từ … đến …)", "en": "range"},
    "kind_document_number": {"vi": "số hiệu văn bản", "en": "document number"},
    "kind_duration": {"vi": "thời lượng (năm, tháng)", "en": "duration"},
    "kind_ordinal": {"vi": "số thứ tự (lần thứ)", "en": "ordinal"},
    "kind_term": {"vi": "khóa, lần thứ (chữ)", "en": "term (in words)"},
    "kind_label": {"vi": "số trong tên gọi", "en": "number in a name"},
    "kind_item_number": {"vi": "số mục, số đề mục", "en": "heading or item number"},
    "kind_code": {"vi": "mã (chữ số dính chữ)", "en": "code (digits in a word)"},
    "kind_unparsed": {"vi": "không đọc được", "en": "unparsed"},
    "count": {"vi": "Số lượng", "en": "Count"},
    "provenance": {"vi": "Nguồn gốc và tham số", "en": "Provenance and parameters"},
    "suite_results": {"vi": "Kết quả từng bộ kiểm tra (Great Expectations)", "en": "Results per expectation suite (Great Expectations)"},
    "suite": {"vi": "Bộ kiểm tra", "en": "Suite"},
    "rule": {"vi": "Quy tắc", "en": "Rule"},
    "rows_checked": {"vi": "Số dòng", "en": "Rows"},
    "flagged": {"vi": "Bị đánh dấu", "en": "Flagged"},
    "success": {"vi": "Đạt", "en": "Success"},
    "yes": {"vi": "có", "en": "yes"},
    "no": {"vi": "không", "en": "no"},
    # finding table
    "col_status": {"vi": "Kết quả", "en": "Status"},
    "col_claim": {"vi": "Trích dẫn", "en": "Quote"},
    "col_arith": {"vi": "Phép tính", "en": "Arithmetic"},
    "col_line": {"vi": "Dòng", "en": "Line"},
    "col_footnote": {"vi": "Chú thích", "en": "Footnote"},
    "col_note": {"vi": "Ghi chú", "en": "Note"},
    "line_ref": {"vi": "dòng {line}", "en": "line {line}"},
    "footnote_ref": {"vi": "chú thích {n}", "en": "footnote {n}"},
    "stated": {"vi": "báo cáo ghi", "en": "stated"},
    "computed": {"vi": "tính lại", "en": "computed"},
    "difference": {"vi": "chênh lệch", "en": "difference"},
    # families
    "family_footnote_breakdown": {"vi": "Tổng số và số liệu chi tiết trong chú thích", "en": "Totals versus footnote breakdowns"},
    "family_footnote_integrity": {"vi": "Cấu trúc chú thích", "en": "Footnote structure"},
    # plain sentences
    "why_footnote_breakdown_fail": {
        "vi": "Tổng các số liệu chi tiết trong chú thích {footnote} là {computed}, nhưng thân bài ghi {stated} {unit} (chênh lệch {difference}).",
        "en": "The footnote {footnote} breakdown adds up to {computed}, but the body states {stated} {unit} (difference {difference}).",
    },
    "why_footnote_breakdown_subset_fail": {
        "vi": "Các số liệu \"trong đó\" ở chú thích {footnote} cộng lại {computed}, vượt tổng {stated} {unit}.",
        "en": "The \"of which\" parts in footnote {footnote} add up to {computed}, more than the total {stated} {unit}.",
    },
    "why_footnote_integrity_fail": {
        "vi": "Cấu trúc chú thích có vấn đề: {note}.",
        "en": "The footnotes have a structural problem: {note}.",
    },
    # notes
    "missing_levels": {"vi": "không có số liệu {levels}", "en": "no figure for {levels}"},
    "breakdown_without_total": {
        "vi": "chú thích liệt kê các thành phần (tổng {computed}) nhưng thân bài không nêu tổng số để đối chiếu",
        "en": "the footnote lists parts (sum {computed}) but the body states no total to compare with",
    },
    "breakdown_bound_elsewhere": {
        "vi": "chú thích {footnote} là số liệu chi tiết của {bound}, không phải của số này; cần số liệu chi tiết để kiểm chứng",
        "en": "footnote {footnote} breaks down {bound}, not this figure; a breakdown would settle it",
    },
    "footnotes_consistent": {
        "vi": "{footnotes} chú thích, {markers} dấu chú thích: đánh số liên tục, mỗi dấu gắn với đúng một chú thích",
        "en": "{footnotes} footnotes, {markers} markers: numbered without gaps, each marker bound to exactly one footnote",
    },
    "duplicate_footnote": {"vi": "chú thích số {number} bị trùng", "en": "footnote {number} appears twice"},
    "numbering_gap": {"vi": "đánh số chú thích không liên tục: gặp {number}, lẽ ra là {expected}", "en": "footnote numbering skips: found {number} where {expected} was due"},
    "footnote_without_marker": {"vi": "chú thích {number} không được dẫn trong văn bản", "en": "footnote {number} is never referenced in the text"},
    "marker_without_footnote": {"vi": "dấu chú thích {number} không có chú thích tương ứng", "en": "marker {number} has no footnote"},
    # provenance keys
    "prov_input": {"vi": "Tệp đầu vào", "en": "Input file"},
    "prov_sha256": {"vi": "SHA-256", "en": "SHA-256"},
    "prov_encoding": {"vi": "Bảng mã", "en": "Encoding"},
    "prov_parameters": {"vi": "Tham số", "en": "Parameters"},
    "prov_version": {"vi": "Phiên bản figaudit", "en": "figaudit version"},
    "prov_commit": {"vi": "Mã commit", "en": "Git commit"},
    "prov_started": {"vi": "Thời điểm chạy", "en": "Run at"},
    "prov_libraries": {"vi": "Thư viện", "en": "Libraries"},
}


def t(key: str, lang: str = "vi", **kw) -> str:
    """The message ``key`` in ``lang``, formatted with ``kw`` (values are not escaped here)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (choose vi or en)")
    entry = MESSAGES.get(key)
    if entry is None:
        return key.format(**kw) if kw else key
    text = entry[lang]
    return text.format(**kw) if kw else text
