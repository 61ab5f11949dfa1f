"""Hostile shapes for ``make bench``: the engine (ingest + figures + relations, in-process) on machine-made texts
of each shape at two sizes, and the ratio of their times — about the ratio of the sizes when a rule's cost is
linear in its input, far more when it is not.  Run alone: ``python benchmarks/hostile.py [10000,100000]``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "hai-duong-2023-bao-cao-co-quan-tham-muu.txt"


def _repeat(head: str, unit: str, n: int, tail: str = ".\n") -> str:
    return head + unit * max(1, n // len(unit.encode())) + tail


def shapes(n: int):
    """(name, text of about n bytes) for each shape: long runs that one rule or another walks."""
    yield "spaces", "Kiểm tra 115 đảng viên" + " " * n + "gồm: a, b.\n"
    yield "trong_do_chain", _repeat("Báo cáo năm 2023\n", "Tiếp nhận 40 đơn, trong đó 12 đơn, trong đó ", n, "5 đơn.\n")
    yield "chiem_one_sentence", _repeat("Có 800 hộ, ", "chiếm 12,5%, ", n)
    yield "superscripts", "Kiểm tra 115 đảng viên" + "¹" * (n // 2) + ".\n"
    yield "many_blocks", _repeat("", "Kiểm tra 12 đảng viên.\n\n", n, "")
    yield "number_list", "Có 500 đơn (" + ", ".join(str(i % 97) for i in range(n // 4)) + ").\n"
    yield "semicolon_parts", _repeat("Tổng 115 đơn: ", "cấp huyện 30 đơn; ", n)
    yield "changes", _repeat("Xảy ra 120 vụ, ", "tăng 12 vụ (+8,5%), ", n)
    yield "month_and_cumulative", _repeat("", "Tháng 5 thụ lý 12 vụ. Lũy kế 5 tháng thụ lý 40 vụ. ", n)
    yield "changes_one_clause", _repeat("Xảy ra 900 vụ, so với cùng kỳ giảm ", "1 vụ, ", n, "(năm trước 950 vụ).\n")
    yield "trong_do_sentences", _repeat("Kiểm tra 40 cơ sở. ", "Trong đó, 3 cơ sở vi phạm. ", n, "Đến nay, đã kết thúc 30 cơ sở.\n")
    yield "funnel_stages", _repeat("", "Kiểm tra 40 cơ sở, phát hiện 12 cơ sở vi phạm, đã xử phạt 9 cơ sở. ", n)
    yield "bullets", _repeat("Kiểm tra 50 cuộc:\n", "- Cấp huyện 8 cuộc;\n", n, "")
    yield "flat_table", _repeat("Năm\n\n2022\n\n2023\n\n", "Xã A\n\n12\n\n-\n\n", n, "")
    yield "from_to_pairs", _repeat("Năm nay ", "giảm từ 30 vụ xuống 20 vụ, giảm 10 vụ; ", n)
    yield "year_pairs", _repeat("Sản lượng ", "năm 2024 đạt 120 tấn, năm 2023 đạt 100 tấn, tăng 20%, ", n)
    yield "outcomes", _repeat("Đã giải quyết 40/45 vụ; kết luận ", "đúng 5 vụ, sai 3 vụ, ", n)
    yield "category_percents", _repeat("Kết quả: ", "loại A 10,5%, ", n)
    yield "ratio_rests", _repeat("", "Có 10/12 xã đạt chuẩn. Còn 2 xã chưa đạt chuẩn. ", n)
    yield "months", _repeat("Quý I đạt 900 tỷ đồng. ", "tháng 1 đạt 300 tỷ đồng, tháng 2 đạt 300 tỷ đồng, ", n)
    yield "contributions", _repeat("GRDP tăng 8,1%. Trong mức tăng chung, ", "ngành A đóng góp 1,2 điểm phần trăm; ", n)
    yield "row_lines", _repeat("Bảng 1\nNăm 2022 2023 2024\n", "Xã A 12 14 16\n", n, "")
    yield "corresponding_lists", _repeat("", "Khu vực A chiếm 40,5%; khu vực B chiếm 59,5% (tương ứng năm trước là 41,0% - "
                                             "59,0%). Tỷ trọng khu vực A giảm 0,5 điểm phần trăm. ", n)
    yield "targets_met", _repeat("", "Trong 18 chỉ tiêu, có 15/18 chỉ tiêu đạt; 3/18 chỉ tiêu không đạt. ", n)
    yield "changes_between_parts", _repeat("Tổng 900 tỷ đồng, tăng 90 tỷ đồng so với cùng kỳ, gồm ",
                                           "khoản A 30 tỷ đồng, tăng 3 tỷ đồng, ", n, "khoản B 0 tỷ đồng.\n")
    yield "none_now", _repeat("", "Tuyến A không xảy ra tai nạn, giảm 2 vụ (100%), giảm 3 người chết (100%). ", n)
    yield "spans_after_years", _repeat("", "Tỷ lệ giảm từ 9% năm 2010 xuống 3% năm 2020. Như vậy, sau 10 năm, giảm mạnh. ", n)
    yield "lists_after_counts", _repeat("Có ", "5 chủ đầu tư có tỷ lệ trên 80%, gồm: Sở Y tế, Sở Tài nguyên và Môi trường và 3 xã; ", n)
    yield "agency_names", _repeat("Kiểm điểm trách nhiệm đối với 4 tập thể gồm: ", "Phòng Tài nguyên và Môi trường huyện, ", n)
    yield "sorting_paragraphs", _repeat("Xảy ra 96 vụ, làm chết 71 người.\n\n", "Phân loại theo mức độ: nhẹ 1 vụ; nặng 4 vụ.\n\n", n, "")
    yield "sorting_bullets", _repeat("Xảy ra 96 vụ, làm chết 71 người.\n\nCụ thể:\n", "- Xã A: 22 vụ, 15 người chết;\n", n, "")
    yield "trong_do_semicolons", _repeat("Tổng nợ 1.025,6 tỷ đồng, trong đó nợ A 612,4 tỷ đồng, chiếm 57,9%", "; nợ B 3,2 tỷ đồng", n)
    yield "footnote_lines", _repeat("Kiểm tra 115 đảng viên¹.\n", "¹ Cấp huyện 30; cấp cơ sở 85;\n", n, "")
    yield "bracket_markers", _repeat("", "Kiểm tra 115 đảng viên(1), giám sát 12 tổ chức[2] và 3 người7.\n", n,
                                     "(1) Cấp huyện 30.\n[2] Cấp tỉnh 2.\n7 Cấp xã 3.\n")
    yield "unclosed_cause_brackets", _repeat("", "Số người giảm 5 người do nghỉ hưu (3 người, chuyển đi (", n)
    yield "colon_lists_one_sentence", _repeat("Dịch xảy ra tại ", "7 xã gồm: xã An thuộc huyện B; 2 xã Cát và xã Dương; ", n)
    yield "bracketed_items", _repeat("Thu giữ 60 thùng gồm các nhãn hiệu: ", "Hero (20 thùng), ", n)
    yield "trong_do_runs", _repeat("Phát hiện 250 vụ. ", "Trong đó, xảy ra 140 vụ, 12 vụ; phát hiện 9 vụ. ", n)
    yield "named_bases", _repeat("Có ", "620 trường trong tổng số 900 trường (chiếm tỷ lệ 68,9%), tỷ lệ đạt 50%; ", n)
    yield "places_named", _repeat("Triển khai tại ", "3 xã Tân An, Tân Bình, Tân Hòa và 4 xã Phú Lộc, Phú Hòa, ", n)
    yield "cued_brackets", _repeat("Hội có ", "12.640 hội viên (trong đó nông dân 9.100/9.800, đạt 92,86%; khác 3.540), ", n)
    yield "letters_after_count", "Có 40 người " + "a" * n + ".\n"  # (no bracket: every way to split the run fails)
    yield "union_counts", _repeat("", "làm 41 người chết và mất tích, trong đó 29 người chết (A 11); 12 người mất tích, ", n)
    yield "prize_levels", _repeat("Có ", "48 học sinh đoạt giải (7 giải Nhất, 19 giải Nhì, 22 giải Ba, ", n)
    yield "part_lists", _repeat("Có 20 trường. Trong số này, có ", "3 trường THPT gồm: A, B; 4 trường mầm non gồm: C, 3 trường còn lại; ", n)
    yield "ratio_splits", _repeat("Có ", "12/70 xã đạt chuẩn, 3 xã đạt 15-18 tiêu chí, 22 xã đạt 10-14 tiêu chí, ", n)
    yield "averages", _repeat("", "Có 210 hội viên, quỹ đạt 75 triệu đồng, bình quân đạt 357.000 đồng/hội viên, ", n)
    yield "shares_two_groups", _repeat("", "A chiếm 85,1%; B chiếm 14,9%. C chiếm 90,2%; D chiếm 9,8%. ", n)
    yield "ratio_changes", _repeat("Có ", "14/19 xã đạt chuẩn (73,7%), tăng 3 xã so với năm trước (11 xã), ", n)
    yield "stage_changes", _repeat("Năm nay ", "thụ lý 2.450 vụ việc, giải quyết 2.310 vụ, việc, đạt tỷ lệ 94,3%, tăng 350 vụ, "
                                               "việc (16,7%), ", n)
    yield "rate_series", _repeat("So với cùng kỳ, ", "giảm 8 vụ (32/40) tức giảm 20%, vượt chỉ tiêu 8,2%, ", n)
    yield "bare_shares", _repeat("Có 900 người, trong đó A là 410 người, chiếm 45,6%", "; B 12, chiếm 1,3%", n)
    yield "comparisons", _repeat("Có 1.320 tổ chức; ", "so với 6 tháng đầu năm 2023 (1.400 tổ chức), giảm 80 tổ chức và ", n)
    yield "nested_lists", _repeat("Đạt 12,5 tỷ USD (", "gạo 2,1 tỷ USD, rau quả 2,8 tỷ USD, trong đó rau 410 triệu USD; ", n)
    yield "share_brackets", _repeat("Kết nạp 1.250 đảng viên, trong đó ", "nữ chiếm 60% (750 đảng viên), ", n)
    yield "tolls", _repeat("Xảy ra 30 vụ, làm 16 người chết, 15 người bị thương. Trong đó, ",
                           "va chạm 8 vụ, làm bị thương 6 người; tai nạn nghiêm trọng 4 vụ, 3 người chết, ", n)
    yield "per_each_items", _repeat("Vận động 7,3 tỷ đồng. Cụ thể, ", "huyện A, huyện B mỗi huyện 850 triệu đồng, huyện C 700 "
                                    "triệu đồng, ", n)
    yield "named_quotas", _repeat("Giao 900 người.\n\nCụ thể: Đảng bộ A chỉ tiêu 150 người", "; Bình Sơn 110", n)
    yield "compound_kinds", _repeat("Xảy ra 46 vụ cháy, nổ, làm 2 người bị thương. ", "Cụ thể, có 43 vụ cháy và 2 vụ nổ, 5 vụ cháy, nổ. ", n)
    yield "raised_additions", _repeat("Năm qua ", "kết nạp thêm 320 hội viên, nâng tổng số hội viên lên 8.450 người, ", n)
    yield "cumulative_bare", _repeat("Tháng 3 có 40 doanh nghiệp thành lập mới. ", "Lũy kế quý I có 95 doanh nghiệp thành "
                                     "lập mới; lũy kế đạt 420 tỷ đồng, ", n)
    yield "months_so_far", _repeat("Trong tháng 8/2025 cấp mới giấy phép cho 212 hợp tác xã với vốn 640 tỷ đồng.\n",
                                   "Lũy kế 8 tháng năm 2025 có 1.530 hợp tác xã được cấp mới giấy phép với vốn 5.120 tỷ "
                                   "đồng; 8 tháng đầu năm cấp mới 1.530 hợp tác xã, ", n)
    yield "slash_rates", _repeat("Toàn huyện ", "có 640 hộ nghèo/41.200 hộ, tỷ lệ 1,55%; 910 hộ cận nghèo/41.200 hộ dân, chiếm "
                                 "tỷ lệ 2,21%; ", n)
    yield "visits_lists", _repeat("Năm nay ", "nhận 85 lượt ý kiến, kiến nghị. Trong đó có 20 ý kiến về đất đai; 65 ý kiến "
                                  "khác; 18/21 xã đạt chuẩn. Trong đó, 21/21 xã thu gom rác. ", n)
    yield "spaced_thousands", _repeat("Bảng số liệu ", "1 748 vụ việc, 19 136 123 456 789 012 hộ; 4 120 ", n)
    yield "status_pairs", _repeat("Đến nay ", "đã hoàn thành 21/28 chỉ tiêu, đang thực hiện 5 chỉ tiêu; giải quyết 41/47 vụ, ", n)
    yield "contribution_runs", _repeat("GRDP tăng 8,1%. Trong đó, ", "ngành A tăng 2%, tác động làm giảm 0,3 điểm %, 5 tấn, "
                                       "đóng góp 1,2 điểm %; ", n)
    yield "level_stages", _repeat("Tiếp nhận 52 nghìn hồ sơ. Trong đó ", "cấp tỉnh 30 nghìn hồ sơ, giải quyết 29.400 hồ "
                                  "sơ, ", n)
    yield "percent_parts", _repeat("Có ", "81,5% hộ dân dùng nước sạch, trong đó 60,2% số hộ dùng nước máy và 21,3% số hộ, ", n)
    yield "bracket_pairs", _repeat("Điểm ", "giảm 0,21 điểm so với năm 2023 (năm 2023 là 42,65 điểm; năm 2024 được 42,44 điểm), ", n)
    yield "fractions", _repeat("Huyện ", "đã trồng 42,5/60 ha (đạt 70,8%), đạt tỷ lệ 75% với 30/40 xã, 12,4/9,8%, ", n)
    yield "plan_items", _repeat("Đạt 5.400 người", "; so với chỉ tiêu (5.000 người) đạt 108%, vượt 400 người, số bệnh nhân "
                                "mới có kết quả dương tính giảm 610 ca, vùng A trên 6,5 nghìn ca (chiếm 72,1%) ", n)
    text = SEED.read_text(encoding="utf-8")
    yield "seed_repeated", (text * (n // len(text.encode()) + 1))[:n]


def timings(sizes: list[int]) -> list[tuple[str, list[float]]]:
    from figaudit.clean import analyse

    out: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="figaudit-hostile-") as d:
        for size in sizes:
            for name, text in shapes(size):
                p = Path(d) / f"{name}.txt"
                p.write_text(text, encoding="utf-8")
                t = time.perf_counter()
                analyse(p)
                out.setdefault(name, []).append(time.perf_counter() - t)
    return list(out.items())


def rows(sizes: list[int]) -> list[tuple[str, str, str]]:
    """Rows for the benchmark table: the times at each size and their growth against the sizes' ratio."""
    table = []
    grow = sizes[-1] / sizes[0]
    for name, ts in timings(sizes):
        ratio = ts[-1] / max(ts[0], 1e-6)
        verdict = "linear" if ratio <= 2 * grow else "SUPERLINEAR"
        table.append((f"hostile shape `{name}`, {' / '.join(f'{s // 1000} kB' for s in sizes)}",
                      " / ".join(f"{t:.2f} s" for t in ts), f"× {ratio:.1f} for × {grow:.0f} the size: {verdict}"))
    return table


if __name__ == "__main__":
    sizes = [int(x) for x in sys.argv[1].split(",")] if len(sys.argv) > 1 else [10_000, 100_000]
    for row in rows(sizes):
        print("  ".join(row), flush=True)
