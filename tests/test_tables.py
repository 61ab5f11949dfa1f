"""Tables that reached the text flattened (one cell per line or per blank-line block, or rows with tabs): read
back as rows, and checked by the ``table`` family (our own figures, in the layout statistics pages use)."""

from __future__ import annotations

from decimal import Decimal

from figaudit.readers.flat_tables import find_tables
from figaudit.readers.text import _split_blocks, parse_text

from shapes import audit, rows


def cells_table(blocks: list[list[str]], sep: str = "\n\n") -> str:
    return sep.join(c for row in blocks for c in row)


HEAD = ["Số trạm y tế", "Năm", "2021", "2022", "2023", "Trạm - Station"]
VALUES = [
    ["Cấp xã - Commune", "210", "214", "220"],
    ["Công lập - Public", "200", "203", "209"],
    ["Ngoài công lập - Non-public", "10", "11", "-"],
    ["Cấp huyện - District", "18", "19", "19"],
    ["Công lập - Public", "18", "19", "19"],
    ["Ngoài công lập - Non-public", "-", "-", "-"],
]
INDEX = [
    ["Chỉ số phát triển (Năm trước = 100) - %"],
    ["Cấp xã - Commune", "102,44", "101,90", "102,80"],
    ["Công lập - Public", "102,56", "101,50", "102,96"],
    ["Ngoài công lập - Non-public", "-", "110,00", "-"],
]


def test_a_table_flattened_one_cell_per_block_is_read_as_rows():
    text = "Niên giám thống kê năm 2023 của huyện.\n\n" + cells_table([HEAD] + VALUES + INDEX) + \
        "\n\nNguồn: Chi cục Thống kê huyện, số liệu năm 2023 do các xã báo cáo."
    [(b0, b1, table)] = find_tables(_split_blocks(text))
    assert [c.text for c in table.columns] == ["2021", "2022", "2023"] and table.corner.text == "Năm"
    data = [r for r in table.rows if len(r) > 1]
    assert len(data) == 9 and [c.text for c in data[0]] == ["Cấp xã - Commune", "210", "214", "220"]
    doc = parse_text(text)
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] != "table" and kinds[-1] == "paragraph" and kinds.count("table") == 1 + 1 + 9 + 1  # head, section
    row = next(b for b in doc.blocks if b.text.startswith("Cấp huyện"))
    assert row.text == "Cấp huyện - District | 18 | 19 | 19" and row.line_at(row.text.index("19")) > row.line


def test_rows_of_a_complementary_pair_add_up_and_the_growth_index_is_recomputed(tmp_path):
    c, d = audit(tmp_path, cells_table([HEAD] + VALUES + INDEX))
    t = rows(d, "table", variant="rows")
    got = {(int(r.stated), int(r.computed)): r.status for r in t.itertuples()}
    # 220 = 209 + none is wrong (the non-public cell says none, 11 the year before): one fail; the index section
    # holds percentages and is never summed
    assert got[(210, 210)] == "pass" and got[(214, 214)] == "pass" and got[(220, 209)] == "fail"
    assert list(t["status"]).count("fail") == 1 and len(t) == 6  # 3 columns × 2 rows; nothing of the index section
    ix = rows(d, "table", variant="index")
    by = {(r.stated, r.status) for r in ix.itertuples()}
    # 214/210 = 101,90 ✓; 220/214 = 102,80 ✓; 203/200 = 101,50 ✓; 209/203 = 102,96 ✓ ; 11/10 = 110,00 ✓
    assert by == {(Decimal("101.9"), "pass"), (Decimal("102.8"), "pass"), (Decimal("101.5"), "pass"),
                  (Decimal("102.96"), "pass"), (Decimal("110"), "pass")}
    # the prose finders never read a table cell
    assert all(rows(d, check).empty for check in ("part_of_whole", "text_breakdown", "percent", "change"))


def test_a_wrong_index_cell_fails(tmp_path):
    index = [INDEX[0], ["Cấp xã - Commune", "102,44", "101,90", "103,80"]] + INDEX[2:]
    _, d = audit(tmp_path, cells_table([HEAD] + VALUES + index))
    ix = rows(d, "table", variant="index")
    bad = ix[ix["status"] == "fail"]
    assert list(bad["stated"]) == [Decimal("103.8")] and float(bad["computed"].iloc[0]) == 102.8037


def test_one_cell_per_line_and_tab_separated_rows():
    lines = "Năm\n2021\n2022\n2023\n" + "\n".join(c for row in VALUES for c in row)
    assert len(find_tables(_split_blocks("Bảng 1. Trạm y tế\n\n" + lines))) == 1
    tabbed = "Năm\t2021\t2022\t2023\n" + "\n".join("\t".join(row) for row in VALUES)
    [(_, _, t)] = find_tables(_split_blocks(tabbed))
    assert len([r for r in t.rows if len(r) > 1]) == 6 and t.rows[2][3].text == "-"


def test_prose_with_numbers_is_no_table():
    text = ("Năm 2023, toàn huyện có 220 trạm y tế.\n\nTrong đó 209 trạm công lập.\n\n"
            "Kết quả:\n\n12\n\nNội dung khác của báo cáo.\n\n- Cấp xã 30 cuộc;\n\n- Cấp huyện 12 cuộc.")
    assert find_tables(_split_blocks(text)) == []


def test_rows_with_cells_separated_by_spaces():
    text = "Năm 2021 2022 2023\n\n" + "\n\n".join(" ".join(row) for row in VALUES) + "\n\nNguồn: Chi cục Thống kê."
    [(_, _, t)] = find_tables(_split_blocks(text))
    assert [c.text for c in t.columns] == ["2021", "2022", "2023"]
    assert [c.text for c in t.rows[2]] == ["Ngoài công lập - Non-public", "10", "11", "-"]
    one_block = "\n".join(" ".join(row) for row in VALUES)
    assert len(find_tables(_split_blocks(one_block))) == 1


def test_a_total_row_split_by_sections(tmp_path):
    """``Tổng số`` then ``Phân theo giới tính`` (Nam, Nữ: certain) and ``Phân theo khu vực`` (three groups: read from
    the layout, a mismatch warns)."""
    table = [["Dân số trung bình", "Năm", "2022", "2023"], ["Tổng số - Total", "1.250", "1.262"],
             ["Phân theo giới tính - By sex"], ["Nam - Male", "620", "625"], ["Nữ - Female", "630", "636"],
             ["Phân theo vùng - By region"], ["Vùng núi", "300", "305"], ["Vùng trung du", "450", "452"],
             ["Vùng đồng bằng", "500", "505"]]
    _, d = audit(tmp_path, cells_table(table))
    t = rows(d, "table")
    got = {(int(r.stated), int(r.computed), r.status) for r in t.itertuples()}
    # 625 + 636 = 1.261 ≠ 1.262 fails (a pair); the regions add up in 2022 and are 1.262 in 2023
    assert got == {(1250, 1250, "pass"), (1262, 1261, "fail"), (1262, 1262, "pass")}


def test_a_structure_section_adds_up_to_a_hundred(tmp_path):
    table = [["Lao động", "Năm", "2022", "2023"], ["Tổng số", "800", "810"], ["Phân theo giới tính"],
             ["Nam", "410", "415"], ["Nữ", "390", "395"], ["Cơ cấu (%)"], ["Tổng số", "100", "100"],
             ["Phân theo giới tính"], ["Nam", "51,3", "51,2"], ["Nữ", "48,8", "48,8"]]
    _, d = audit(tmp_path, cells_table(table))
    t = rows(d, "table")
    shares = t[t["stated"] == 100]
    # 51,3 + 48,8 = 100,1: within the rounding of two shares (± 0,1); 51,2 + 48,8 = 100
    assert len(shares) == 2 and set(shares["status"]) == {"pass"}
    assert set(t[t["stated"] != 100]["status"]) == {"pass"}


def test_a_numbered_table_of_units_with_total_and_sex_columns(tmp_path):
    """An ordinal column (TT) joins its row label; ``Tổng số | Nam | Nữ`` columns add up in every row (certain), and
    a ``Tổng cộng`` row under the units is their sum (read from the layout: warns)."""
    table = [["TT", "Đơn vị", "Tổng số", "Nam", "Nữ"], ["1", "Huyện An Lạc", "420", "200", "220"],
             ["2", "Huyện Bình Phú", "380", "190", "191"], ["3", "Thị xã Cẩm Hà", "300", "150", "150"],
             ["Tổng cộng", "1.100", "540", "561"]]
    _, d = audit(tmp_path, cells_table(table))
    cols = rows(d, "table", variant="columns")
    got = {(int(r.stated), int(r.computed), r.status) for r in cols.itertuples()}
    # 380 ≠ 190 + 191 fails; the total row 1.100 = 540 + 561 is 1.101: fails too
    assert got == {(420, 420, "pass"), (380, 381, "fail"), (300, 300, "pass"), (1100, 1101, "fail")}
    above = rows(d, "table")
    above = above[above["variant"].str.startswith("above")]
    assert {(int(r.stated), int(r.computed), r.status) for r in above.itertuples()} == \
        {(1100, 1100, "pass"), (540, 540, "pass"), (561, 561, "pass")}


def test_rows_on_lines_of_one_block_with_titles_and_school_year_heads(tmp_path):
    """No blank line anywhere: the title lines, a head row of school years, a section line and rows whose cells are
    separated by spaces, all in one block."""
    text = ("241\nSố giáo viên phổ thông\nNumber of teachers of general education\n"
            "Năm học - School year 2020-2021 2021-2022 2022-2023 2023-2024\n"
            "Người - Person\n"
            "TỔNG SỐ - TOTAL 9.410 9.585 9.702 9.820\n"
            "Tiểu học - Primary 4.120 4.205 4.260 4.301\n"
            "Trung học cơ sở - Lower secondary 3.150 3.210 3.262 3.310\n"
            "Trung học phổ thông - Upper secondary 2.140 2.170 2.180 2.209\n")
    doc = parse_text(text)
    kinds = [(b.kind, b.text.split(" | ")[0]) for b in doc.blocks]
    assert kinds[:3] == [("header", "241"), ("header", "Số giáo viên phổ thông"),
                         ("header", "Number of teachers of general education")]
    assert [k for k, _ in kinds[3:]] == ["table"] * 6
    assert doc.blocks[3].text.split(" | ")[1:] == ["2020-2021", "2021-2022", "2022-2023", "2023-2024"]
    _, d = audit(tmp_path, text.replace("9.702", "9.712"))  # 4.260 + 3.262 + 2.180 = 9.702, not 9.712
    tb = rows(d, "table")
    sums = tb[tb["expression"].str.count(r"\+") == 2]
    assert sorted(sums["status"]) == ["fail", "pass", "pass", "pass"] or sorted(sums["status"]) == ["pass", "pass", "pass", "warn"]


def test_prose_lines_in_one_block_stay_prose():
    text = ("Năm 2024, toàn tỉnh tiếp nhận 420 đơn, giải quyết 380 đơn.\n"
            "Số vụ tai nạn giao thông giảm 12 vụ, số người chết giảm 5 người.\n"
            "Thu ngân sách đạt 5.200 tỷ đồng, bằng 104% dự toán.\n")
    doc = parse_text(text)
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_a_pipe_table_of_one_value_column_under_a_lead_line_with_a_total_row(tmp_path):
    text = ("Kết quả xây dựng mô hình năm 2024, phân theo cấp công nhận:\n"
            "| Cấp công nhận | Số mô hình |\n|---|---|\n| Cấp tỉnh | 48 |\n| Cấp huyện | 310 |\n| Cấp xã | 902 |\n"
            "| Tổng | 1.270 |\n")
    doc = parse_text(text)
    assert [b.kind for b in doc.blocks] == ["paragraph"] + ["table"] * 5
    _, d = audit(tmp_path, text)
    tb = rows(d, "table")
    # 48 + 310 + 902 = 1.260, not 1.270: the "Tổng" row under the rows it totals (read from place: a warning)
    assert list(tb["status"]) == ["warn"] and Decimal(str(tb["computed"].iloc[0])) == Decimal(1260)


def test_a_word_starting_like_a_total_is_no_total_row():
    from figaudit.relations.table import _TOTAL_ROW
    assert [bool(_TOTAL_ROW.match(x)) for x in ("Tổng", "Cộng", "Tổng cộng", "Cộng đồng dân cư", "Tổng thu ngân sách")] \
        == [True, True, True, False, False]


def test_a_change_column_between_two_year_columns(tmp_path):
    """``Tăng/giảm (%)``: relative; ``Tăng (+), giảm (-)``: absolute, and points for a row of rates."""
    pipes = ("Tình hình doanh nghiệp năm 2024:\n\n"
             "| Chỉ tiêu | Năm 2024 | Năm 2023 | Tăng/giảm (%) |\n|---|---|---|---|\n"
             "| Doanh nghiệp thành lập mới | 940 | 860 | +9,3 |\n| Vốn đăng ký (tỷ đồng) | 11.200 | 12.950 | -13,5 |\n"
             "| Doanh nghiệp giải thể | 150 | 136 | +12,9 |\n")
    cells_ = ("Chỉ tiêu\nNăm 2024\nNăm 2023\nTăng (+), giảm (-)\n"
              "Số vụ xảy ra\n402\n451\n-49\nSố vụ làm rõ\n350\n372\n-22\nTỷ lệ làm rõ (%)\n87,1\n82,5\n+4,6\n"
              "Số đối tượng bị bắt\n610\n655\n-42\n")
    _, d = audit(tmp_path, pipes + "\n\n" + cells_)
    tb = rows(d, "table")
    got = {(v, Decimal(str(s))): st for v, s, st in zip(tb["variant"], tb["stated"], tb["status"])}
    # 80/860 = 9,30 %; −1.750/12.950 = −13,51 %; 14/136 = 10,29 % ≠ 12,9; −49; −22; 4,6 points; 610 − 655 = −45 ≠ −42
    assert got == {("change_relative", Decimal("9.3")): "pass", ("change_relative", Decimal("-13.5")): "pass",
                   ("change_relative", Decimal("12.9")): "fail", ("change_difference", Decimal(-49)): "pass",
                   ("change_difference", Decimal(-22)): "pass", ("change_difference", Decimal("4.6")): "pass",
                   ("change_difference", Decimal(-42)): "fail"}


def test_a_rate_column_is_read_as_the_ratio_the_rows_bear_out(tmp_path):
    text = ("Kết quả xét tốt nghiệp theo huyện:\n\n"
            "| Huyện | Số học sinh dự xét | Số tốt nghiệp | Tỷ lệ (%) |\n|---|---|---|---|\n"
            "| Huyện Đông | 1.200 | 1.188 | 99,00 |\n| Huyện Tây | 950 | 931 | 98,00 |\n"
            "| Huyện Nam | 800 | 776 | 97,00 |\n| Huyện Bắc | 640 | 620 | 98,78 |\n| Toàn tỉnh | 3.590 | 3.515 | 97,91 |\n")
    c, d = audit(tmp_path, text)
    r = rows(d, "table", variant="rate_ratio")
    got = {(Decimal(str(s)), st) for s, st in zip(r["stated"], r["status"])}
    # 620 / 640 = 96,88 %, not 98,78: the one row the column's reading (tốt nghiệp / dự xét) does not fit fails
    assert got == {(Decimal("99"), "pass"), (Decimal("98"), "pass"), (Decimal("97"), "pass"),
                   (Decimal("98.78"), "fail"), (Decimal("97.91"), "pass")}


def test_a_share_column_of_the_total_row_and_a_column_no_reading_fits(tmp_path):
    text = ("Cơ cấu lao động theo ngành:\n\n"
            "Ngành\tSố lao động (người)\tCơ cấu (%)\n"
            "Nông nghiệp\t42.000\t35,0\nCông nghiệp\t36.000\t30,0\nDịch vụ\t42.000\t35,0\nTổng số\t120.000\t100,0\n\n"
            "Tỷ lệ đi học theo xã:\n\n"
            "Xã\tSố trẻ\tSố đi học\tTỷ lệ (%)\n"
            "Xã A\t500\t480\t91,2\nXã B\t420\t400\t88,0\nXã C\t300\t290\t90,5\n")
    c, d = audit(tmp_path, text)
    share = rows(d, "table", variant="rate_share")
    assert sorted(share["stated"]) == [30, 35, 35] and set(share["status"]) == {"pass"}
    # the second table's rates are neither 480/500 (96 %) nor any other reading: nothing is said of them
    assert rows(d, "table", variant="rate_ratio").empty


def test_a_head_line_with_tabs_over_rows_read_by_their_spaces(tmp_path):
    text = ("Lao động đi làm việc ở nước ngoài theo thị trường\n\n"
            "Thị trường\tNăm 2023 (người)\tNăm 2024 (người)\tNăm 2024 so với năm 2023 (%)\n"
            "Nhật Bản\t1.200\t1.350\t112,5\nHàn Quốc\t400\t380\t95,0\nĐài Loan\t500\t560\t121,0\nTổng số\t2.100\t2.290\t109,0\n")
    c, d = audit(tmp_path, text)
    ix = rows(d, "table", variant="change_index")
    got = {Decimal(str(s)): st for s, st in zip(ix["stated"], ix["status"])}
    # 560 / 500 = 112 %, not 121; 2.290 / 2.100 = 109,05 → 109,0 ✓
    assert got == {Decimal("112.5"): "pass", Decimal("95"): "pass", Decimal("121"): "fail", Decimal("109"): "pass"}
