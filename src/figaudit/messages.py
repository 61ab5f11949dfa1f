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
    "verdict_fail": {"vi": "Phát hiện {n} sai lệch cần xem xét.", "en": "Discrepancies found: {n}. They need review."},
    "verdict_warn": {"vi": "Không có sai lệch rõ ràng; {n} điểm cần lưu ý.", "en": "No clear discrepancy; points to note: {n}."},
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
    "kind_multiplier": {"vi": "số lần (gấp N lần)", "en": "multiplier (N times)"},
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
    "col_line": {"vi": "Vị trí", "en": "Where"},
    "col_footnote": {"vi": "Chú thích", "en": "Footnote"},
    "col_note": {"vi": "Ghi chú", "en": "Note"},
    "line_ref": {"vi": "dòng {line}", "en": "line {line}"},
    "para_ref": {"vi": "đoạn {para}", "en": "paragraph {para}"},
    "page_ref": {"vi": "trang {page}, đoạn {para}", "en": "page {page}, paragraph {para}"},
    "footnote_ref": {"vi": "chú thích {n}", "en": "footnote {n}"},
    "stated": {"vi": "báo cáo ghi", "en": "stated"},
    "computed": {"vi": "tính lại", "en": "computed"},
    "difference": {"vi": "chênh lệch", "en": "difference"},
    # families
    "family_footnote_breakdown": {"vi": "Tổng số và số liệu chi tiết trong chú thích", "en": "Totals versus footnote breakdowns"},
    "family_footnote_integrity": {"vi": "Cấu trúc chú thích", "en": "Footnote structure"},
    "family_text_breakdown": {"vi": "Tổng số và các phần nêu trong văn bản", "en": "Totals versus breakdowns in the text"},
    "family_part_of_whole": {"vi": "Phần không vượt tổng (trong đó …)", "en": "Parts of a whole (of which …)"},
    "family_percent": {"vi": "Tỷ lệ phần trăm", "en": "Percentages"},
    "family_enumeration": {"vi": "Số lượng và các mục liệt kê", "en": "Counts versus listed items"},
    "family_change": {"vi": "Tăng, giảm so với năm trước", "en": "Changes versus the prior year"},
    "family_year_arithmetic": {"vi": "Số năm (sơ kết, tổng kết, kỷ niệm)", "en": "Year arithmetic (reviews, anniversaries)"},
    "family_citation": {"vi": "Văn bản được dẫn", "en": "Cited documents"},
    "family_hedge": {"vi": "Từ ước lượng (trên, gần, khoảng …)", "en": "Hedged figures (trên, gần, khoảng …)"},
    # plain sentences
    "why_footnote_breakdown_fail": {
        "vi": "Tổng các số liệu chi tiết trong chú thích {footnote} là {computed}, nhưng thân bài ghi {stated} {unit} (chênh lệch {difference}).",
        "en": "The footnote {footnote} breakdown adds up to {computed}, but the body states {stated} {unit} (difference {difference}).",
    },
    "why_footnote_breakdown_subset_fail": {
        "vi": "Các số liệu \"trong đó\" ở chú thích {footnote} cộng lại {computed}, vượt tổng {stated} {unit}.",
        "en": "The \"of which\" parts in footnote {footnote} add up to {computed}, more than the total {stated} {unit}.",
    },
    "why_generic_fail": {"vi": "Báo cáo ghi {stated}, tính lại được {computed}.", "en": "The report states {stated}; recomputed: {computed}."},
    "why_generic_warn": {"vi": "Cần lưu ý: báo cáo ghi {stated}, tính lại được {computed}.", "en": "To note: the report states {stated}; recomputed: {computed}."},
    "why_footnote_breakdown_warn": {"vi": "Tổng số liệu chi tiết trong chú thích {footnote} là {computed}, báo cáo ghi {stated} {unit}.", "en": "The footnote {footnote} breakdown adds up to {computed}; the body states {stated} {unit}."},
    "why_text_breakdown_fail": {
        "vi": "Các phần cộng lại {computed}, nhưng tổng số ghi {stated} {unit} (chênh lệch {difference}).",
        "en": "The parts add up to {computed}, but the total is stated as {stated} {unit} (difference {difference}).",
    },
    "why_part_of_whole_fail": {"vi": "Phần ({computed}) lớn hơn tổng ({stated} {unit}).", "en": "The part ({computed}) is larger than its whole ({stated} {unit})."},
    "why_percent_fail": {"vi": "Tính lại được {computed} %, báo cáo ghi {stated} %.", "en": "Recomputed {computed} %; the report states {stated} %."},
    "why_percent_warn": {
        "vi": "{stated} % chỉ khớp nếu cắt bỏ chữ số thập phân (tính lại {computed} %), không khớp khi làm tròn.",
        "en": "{stated} % agrees only by truncation (recomputed {computed} %), not by rounding.",
    },
    "why_percent_grim_warn": {
        "vi": "Không có mẫu số nguyên nào cho ra đúng {stated} % từ số liệu được nêu; tỷ lệ gần nhất đạt được là {computed} %.",
        "en": "No whole base gives exactly {stated} % from the stated figures; the nearest reachable is {computed} %.",
    },
    "why_percent_share_sum_fail": {"vi": "Các tỷ trọng cộng lại {computed} %, không phải 100 %.", "en": "The shares add up to {computed} %, not 100 %."},
    "why_percent_ratio_fail": {"vi": "Tử số ({computed}) lớn hơn mẫu số ({stated}).", "en": "The numerator ({computed}) exceeds the denominator ({stated})."},
    "why_enumeration_fail": {"vi": "Báo cáo ghi {stated} {unit} nhưng liệt kê {computed} mục.", "en": "The report states {stated} {unit} but lists {computed} items."},
    "why_enumeration_warn": {
        "vi": "Báo cáo ghi {stated} {unit}, đếm được {computed} mục (cách đếm chưa chắc chắn, cần xem lại).",
        "en": "The report states {stated} {unit}; {computed} items were counted (the count is uncertain, check by eye).",
    },
    "why_change_fail": {"vi": "Mức thay đổi tính từ số liệu hai năm là {computed}, báo cáo ghi {stated}.", "en": "The change computed from both years' figures is {computed}; the report states {stated}."},
    "why_change_warn": {"vi": "Mức thay đổi chỉ khớp khi cắt bỏ chữ số: tính lại {computed}, báo cáo ghi {stated}.", "en": "The change agrees only by truncation: recomputed {computed}, stated {stated}."},
    "why_change_direction_fail": {"vi": "Báo cáo ghi “{verb}” nhưng số liệu thay đổi theo chiều ngược lại ({computed}).", "en": "The report says “{verb}” but the figures move the other way ({computed})."},
    "why_year_arithmetic_fail": {"vi": "Từ năm {start_year} đến {end_year} là {computed} năm, báo cáo ghi {stated} năm.", "en": "From {start_year} to {end_year} is {computed} years; the report states {stated}."},
    "why_year_arithmetic_warn": {
        "vi": "Từ năm {start_year} đến {end_year} là {computed} năm, báo cáo ghi {stated} năm (có thể là cách gọi tròn số của đợt tổng kết).",
        "en": "From {start_year} to {end_year} is {computed} years; the report states {stated} (reviews are often named by round numbers).",
    },
    "why_citation_warn": {"vi": "Văn bản {document} được dẫn với hai ngày khác nhau: {first} và {second}.", "en": "Document {document} is cited with two different dates: {first} and {second}."},
    "why_hedge_warn": {"vi": "Hai từ ước lượng “{first}” và “{second}” trước {figure} mâu thuẫn nhau.", "en": "The hedges “{first}” and “{second}” before {figure} contradict each other."},
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
    "parts_excluded": {"vi": "không cộng các phần khác đơn vị: {excluded}", "en": "parts in another unit not added: {excluded}"},
    "percent_no_numbers": {"vi": "không nêu tử số hay mẫu số để tính lại", "en": "neither numerator nor base is stated"},
    "percent_implied_base": {"vi": "không nêu mẫu số ({target}); mẫu số suy ra: {implied}. Không thể là: {impossible}", "en": "the base ({target}) is not stated; implied base: {implied}. Cannot come from: {impossible}"},
    "percent_grim_impossible": {"vi": "không mẫu số nguyên nào cho ra tỷ lệ này: {impossible}", "en": "no whole base yields this percent: {impossible}"},
    "items_uncertain": {"vi": "các mục tách theo dấu phẩy, có thể chưa chắc chắn: {items}", "en": "items split at commas, possibly uncertain: {items}"},
    "items_unnumbered": {"vi": "{numbered} mục có số lượng, {unnumbered} mục không đánh số được tính mỗi mục là 1", "en": "{numbered} counted items, {unnumbered} unnumbered items counted as one each"},
    "change_implied_prior": {"vi": "cần báo cáo năm {prior_year} để kiểm chứng; giá trị năm trước suy ra: {implied_prior}", "en": "needs the {prior_year} report; implied prior-year value: {implied_prior}"},
    "change_direction": {"vi": "kiểm tra chiều thay đổi (“{verb}”)", "en": "direction of the change (“{verb}”)"},
    "years_no_document": {"vi": "không dẫn văn bản hay mốc thời gian để tính số năm", "en": "no document or date to count the years from"},
    "years_no_date": {"vi": "cần ngày ban hành của {document} để kiểm chứng", "en": "needs the date of {document}"},
    "years_no_report_year": {"vi": "không rõ năm báo cáo (dùng --year)", "en": "the report year is unknown (use --year)"},
    "years_round_number": {"vi": "từ {start_year} đến {end_year}", "en": "from {start_year} to {end_year}"},
    "citation_different_terms": {"vi": "hai văn bản khác nhau cùng số {document}, thuộc hai nhiệm kỳ ({first}; {second})", "en": "two different documents numbered {document}, in different terms ({first}; {second})"},
    "citation_dates": {"vi": "{document}: {first} / {second}", "en": "{document}: {first} / {second}"},
    "hedge_contradiction": {"vi": "“{first}” và “{second}” không thể cùng đúng", "en": "“{first}” and “{second}” cannot both hold"},
    "family_prior_change": {"vi": "So với báo cáo năm trước", "en": "Versus the prior year's report"},
    "why_prior_change_fail": {
        "vi": "Theo báo cáo năm trước, mức thay đổi là {computed}, nhưng báo cáo ghi {verb} {stated}.",
        "en": "Against last year's report the change is {computed}, but the report says {verb} {stated}.",
    },
    "why_prior_change_warn": {"vi": "Mức thay đổi chỉ khớp khi cắt bỏ chữ số: tính lại {computed}, báo cáo ghi {stated}.", "en": "The change agrees only by truncation: recomputed {computed}, stated {stated}."},
    "prior_matched": {"vi": "đối chiếu với {prior_report}, dòng {prior_lines}", "en": "matched in {prior_report}, line {prior_lines}"},
    "prior_ambiguous": {"vi": "không xác định chắc chắn được chỉ tiêu tương ứng trong {prior_report}; các khả năng: {candidates}", "en": "no unambiguous match in {prior_report}; candidates: {candidates}"},
    "prior_not_found": {"vi": "không tìm thấy chỉ tiêu tương ứng trong {prior_report}", "en": "no matching indicator in {prior_report}"},
    "prior_section": {"vi": "So với năm trước", "en": "Versus prior year"},
    "prior_source": {"vi": "Đối chiếu với báo cáo năm trước: {name}", "en": "Checked against last year's report: {name}"},
    "prior_no_stated_change": {"vi": "Chỉ tiêu có ở cả hai năm nhưng không nêu mức thay đổi (thông tin)", "en": "Indicators in both years with no stated change (information)"},
    "prior_no_longer_mentioned": {"vi": "Chỉ tiêu năm trước không còn được nhắc đến (thông tin)", "en": "Prior-year indicators no longer mentioned (information)"},
    "col_prior_sentence": {"vi": "Câu tương ứng năm trước", "en": "Matched prior-year sentence"},
    "col_indicator": {"vi": "Chỉ tiêu", "en": "Indicator"},
    "col_prior": {"vi": "Năm trước", "en": "Prior year"},
    "col_current": {"vi": "Năm nay", "en": "This year"},
    "col_change": {"vi": "Thay đổi", "en": "Change"},
    "chart_prior": {"vi": "Giá trị năm nay so với năm trước (năm trước = 100 %) cho các chỉ tiêu đã đối chiếu.", "en": "This year's value against last year's (last year = 100 %) for the matched indicators."},
    "chart_prior_axis": {"vi": "năm nay, % so với năm trước", "en": "this year, % of the prior year"},
    "citations": {"vi": "Danh mục văn bản được dẫn", "en": "Index of cited documents"},
    "col_document": {"vi": "Văn bản", "en": "Document"},
    "col_type": {"vi": "Loại", "en": "Type"},
    "col_date": {"vi": "Ngày", "en": "Date"},
    "chart_changes": {
        "vi": "Giá trị năm nay và giá trị năm trước suy ra từ mức tăng, giảm được nêu (cần báo cáo năm trước để kiểm chứng).",
        "en": "This year's value and the prior-year value implied by the stated change (the prior-year report would verify it).",
    },
    "chart_relations": {
        "vi": "Chênh lệch giữa giá trị tính lại và số báo cáo, theo % số báo cáo, cho từng quan hệ đã kiểm tra (0 = khớp).",
        "en": "Gap between the recomputed and the stated value, as a % of the stated one, for every checked relation (0 = agreement).",
    },
    "chart_gap": {"vi": "(tính lại − báo cáo) / báo cáo, %", "en": "(computed − stated) / stated, %"},
    "chart_prior_share": {"vi": "giá trị năm trước suy ra, % so với năm nay (vạch xanh = năm nay)", "en": "implied prior-year value, % of this year's (blue line = this year)"},
    "chart_this_year": {"vi": "Năm nay", "en": "This year"},
    "chart_implied_prior": {"vi": "Năm trước (suy ra)", "en": "Prior year (implied)"},
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
