"""The audit page: HTML sections and charts, built from the findings.

Everything that comes from the report (quotes, footnotes, units, labels,
file names) goes through :func:`esc` — a report is untrusted input.  Labels
come from :mod:`figaudit.messages`.  Charts are matplotlib figures rendered to
inline SVG with fixed metadata and hash salt, so reruns are byte-identical and
the page needs no external file.
"""

from __future__ import annotations

import html
import io
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from pathlib import Path

import pandas as pd

from figaudit.findings import STATUSES, counts, read_detail
from figaudit.messages import MESSAGES, t
from figaudit.numbers import fmt_vi
from figaudit.tables import read_csv

#: Charts keep their text as SVG text (3.5× smaller and faster than glyph paths, selectable);
#: margins are set from label lengths instead of a second "tight" layout pass.
CHART_RC = {"svg.fonttype": "none", "svg.hashsalt": "figaudit", "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans"]}  # bundled with matplotlib: no findfont warnings


def esc(value) -> str:
    """Escape anything for HTML text or attribute context."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def fmt_num(value, lang: str) -> str:
    if value is None or value == "":
        return ""
    d = Decimal(str(value))
    d = d.quantize(Decimal("0.01")).normalize() if d != d.to_integral_value() else d.to_integral_value()
    s = fmt_vi(d)
    if lang == "en":
        s = s.replace(".", "\x00").replace(",", ".").replace("\x00", ",")
    return s


def highlight(text: str, tokens: list[str]) -> str:
    """Escape ``text`` and wrap each whole-number occurrence of ``tokens`` in <mark>."""
    if not text:
        return ""
    spans: list[tuple[int, int]] = []
    for tok in sorted({t_ for t_ in tokens if t_}, key=len, reverse=True):
        # whole numbers only: "20" must not light up inside "20/01/2018" or "2.020"
        for m in re.finditer(rf"(?<![\d.,/]){re.escape(tok)}(?![\d/]|[.,]\d)", text):
            if all(m.end() <= s or m.start() >= e for s, e in spans):
                spans.append(m.span())
    spans.sort()
    out, pos = [], 0
    for s, e in spans:
        out.append(esc(text[pos:s]))
        out.append(f"<mark>{esc(text[s:e])}</mark>")
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out)


@dataclass
class Audit:
    detail: pd.DataFrame
    figures: pd.DataFrame
    blocks: pd.DataFrame
    document: dict
    validation: dict
    lang: str = "vi"
    provenance: dict = field(default_factory=dict)
    clean: Path | None = None

    @classmethod
    def load(cls, clean: Path, out: Path, lang: str = "vi", provenance: dict | None = None) -> "Audit":
        t("page_title", lang, title="")  # validates lang
        return cls(
            detail=read_detail(out / "findings_detail.csv"),
            figures=read_csv(clean / "figures.csv", dtype=str),
            blocks=read_csv(clean / "blocks.csv", dtype=str),
            document=json.loads((clean / "document.json").read_text(encoding="utf-8")),
            validation=json.loads((out / "validation.json").read_text(encoding="utf-8")),
            lang=lang, provenance=provenance or {}, clean=clean,
        )

    # -- helpers ---------------------------------------------------------
    def _t(self, key: str, **kw) -> str:
        return t(key, self.lang, **kw)

    def _n(self, v) -> str:
        return fmt_num(v, self.lang)

    def _loc(self, line) -> str:
        """Where a finding is: a line of a text file, a paragraph of a .docx, a page and paragraph of a .pdf."""
        kind = self.document.get("location_kind", "line")
        if kind == "line":
            return self._t("line_ref", line=line)
        page, para = (self.document.get("locations", {}).get(str(line)) or [0, line])
        if kind == "page" and page:
            return self._t("page_ref", page=page, para=para)
        return self._t("para_ref", para=line)

    def _badge(self, status: str) -> str:
        return f'<span class="badge {esc(status)}">{esc(self._t("status_" + status))}</span>'

    def _note(self, row) -> str:
        if not row["note"]:
            return ""
        args = self._args(row)
        for k in ("implied_prior", "implied_written", "implied_lo", "implied_hi", "current"):
            if args.get(k):
                args[k] = self._n(args[k])
        args.setdefault("computed", self._n(row["computed"]))
        try:
            return self._t(row["note"], **args)
        except KeyError:
            return self._t(row["note"])

    @cached_property
    def _fig_text(self) -> dict[str, str]:
        return dict(zip(self.figures["id"], self.figures["text"]))

    def _figure_texts(self, row) -> list[str]:
        return [self._fig_text[i] for i in str(row["figures"]).split() if i in self._fig_text]

    def _arith(self, row) -> str:
        expr = esc(row["expression"])
        if row["stated"] is None or row["status"] == "unverifiable" or row["check"] in ("citation", "hedge"):
            return expr
        parts = [expr]
        parts.append(f'{esc(self._t("stated"))}: <b>{esc(self._n(row["stated"]))}</b>')
        if row["difference"] not in (None, Decimal(0)):
            parts.append(f'{esc(self._t("difference"))}: {esc(self._n(row["difference"]))}')
        return " / ".join(p for p in parts if p)

    def _args(self, row) -> dict:
        args = json.loads(row["note_args"]) if row["note_args"] else {}
        if str(args.get("inferred", "")).startswith("inferred_"):
            rest = {k: v for k, v in args.items() if k != "inferred"}
            args["inferred"] = self._t(args["inferred"], **rest)  # how a relation was read, in the page's language
        return {k: (", ".join(map(str, v)) if isinstance(v, list) else v) for k, v in args.items()}

    def _why(self, row) -> str:
        """A plain sentence saying what is wrong (most specific message first)."""
        check, status, variant = row["check"], row["status"], row.get("variant", "")
        if check == "footnote_breakdown" and "≤" in str(row["expression"]):
            variant = "subset"
        from figaudit.messages import MESSAGES

        key = next(k for k in (f"why_{check}_{variant}_{status}", f"why_{check}_{status}", f"why_generic_{status}")
                   if k in MESSAGES)
        if row.get("note") == "binding_inferred" and status == "warn":
            key = "why_inferred_warn"  # a relation read from the figures' places: say so, not "by truncation"
        kw = {"footnote": row["footnote"] or "", "computed": self._n(row["computed"]), "stated": self._n(row["stated"]),
              "unit": row["unit"], "difference": self._n(row["difference"]), "note": self._note(row)}
        kw.update({k: v for k, v in self._args(row).items() if k not in kw})
        try:
            return self._t(key, **kw)
        except (KeyError, IndexError):
            return self._t(f"why_generic_{status}", **kw)

    def family_name(self, check: str) -> str:
        return self._t("family_" + check)

    def _about(self, check: str) -> str:
        """What the family checks, as a tooltip on its name (families without a description get none)."""
        key = "about_" + check
        return f' title="{esc(self._t(key))}"' if key in MESSAGES else ""

    # -- sections --------------------------------------------------------
    def title(self) -> str:
        return self.document.get("title") or self._t("untitled")

    def counts(self) -> dict[str, int]:
        return counts(self.detail)

    def header_html(self) -> str:
        c = self.counts()
        if c["fail"]:
            verdict, cls = self._t("verdict_fail", n=c["fail"]), "fail"
        elif c["warn"]:
            verdict, cls = self._t("verdict_warn", n=c["warn"]), "warn"
        else:
            verdict, cls = self._t("verdict_pass"), "pass"
        year = self.document.get("year") or self._t("year_unknown")
        badges = " ".join(f'{self._badge(s)} <b>{c[s]}</b>' for s in STATUSES)
        fam = self.detail.groupby(["check", "status"]).size().unstack(fill_value=0)
        rows = "".join(
            f"<tr><td{self._about(chk)}>{esc(self.family_name(chk))}</td>" + "".join(f"<td class=num>{int(fam.loc[chk].get(s, 0))}</td>" for s in STATUSES) + "</tr>"
            for chk in fam.index)
        head = "".join(f"<th>{self._badge(s)}</th>" for s in STATUSES)
        warnings = "".join(f"<li>{esc(w)}</li>" for w in self.document.get("warnings", []))
        warn_html = f'<div class="warnings"><b>{esc(self._t("warnings"))}</b><ul>{warnings}</ul></div>' if warnings else ""
        return (
            f'<header class="audit-head"><h1>{esc(self._t("page_title", title=self.title()))}</h1>'
            f'<p class="meta">{esc(self._t("report_year"))}: <b>{esc(year)}</b> · {esc(self._t("source_file"))}: <code>{esc(self.document.get("source", ""))}</code></p>'
            f'<p class="verdict {cls}">{esc(verdict)}</p>'
            f'<p class="counts">{esc(self._t("by_status"))}: {badges}</p>'
            f'<table class="families"><caption>{esc(self._t("by_family"))}</caption><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>'
            f"{warn_html}</header>"
        )

    def _finding_card(self, row) -> str:
        toks = self._figure_texts(row)
        quote = highlight(row["quote"], toks)
        fn_html = ""
        if row["footnote_text"] and row["check"] != "footnote_integrity":
            fn_html = (f'<blockquote class="footnote"><span class="ref">{esc(self._t("footnote_ref", n=row["footnote"]))}</span> '
                       f'{highlight(row["footnote_text"], toks)}</blockquote>')
        note = self._note(row)
        return (
            f'<article class="finding {esc(row["status"])}" id="{esc(row["check_id"])}">'
            f'<h3>{self._badge(row["status"])} {esc(self.family_name(row["check"]))} · '
            f'<span class="ref">{esc(self._loc(row["line"]))}</span></h3>'
            f'<p class="why">{esc(self._why(row))}</p>'
            + (f'<blockquote class="quote">{quote}</blockquote>' if quote else "")
            + fn_html
            + (f'<p class="arith">{self._arith(row)}</p>' if row["expression"] else "")
            + (f'<p class="note">{esc(note)}</p>' if note and row["check"] != "footnote_integrity" else "")
            + f'<p class="id"><code>{esc(row["check_id"])}</code></p></article>'
        )

    def discrepancies_html(self) -> str:
        d = self.detail
        bad = pd.concat([d[d["status"] == "fail"], d[d["status"] == "warn"]])
        body = "".join(self._finding_card(r) for _, r in bad.iterrows()) or f'<p class="ok">{esc(self._t("no_discrepancies"))}</p>'
        return f'<section class="discrepancies"><h2>{esc(self._t("discrepancies"))}</h2>{body}</section>'

    def families_html(self) -> str:
        out = [f'<section class="families-detail"><h2>{esc(self._t("families"))}</h2>']
        order = {s: i for i, s in enumerate(STATUSES)}
        for check, rows in self.detail.groupby("check", sort=True):
            rows = rows.assign(_o=rows["status"].map(order)).sort_values(["_o", "line", "check_id"], kind="stable")
            summary = " ".join(f'{self._badge(s)} {int((rows["status"] == s).sum())}' for s in STATUSES)
            trs = []
            for _, r in rows.iterrows():
                note = self._note(r)
                fn = esc(r["footnote"]) if r["footnote"] else ""
                trs.append(
                    f'<tr class="{esc(r["status"])}"><td>{self._badge(r["status"])}</td>'
                    f'<td class="quote">{highlight(r["quote"], self._figure_texts(r))}</td>'
                    f'<td class="arith">{self._arith(r)}</td><td class=num>{esc(self._loc(r["line"]))}</td><td class=num>{fn}</td>'
                    f'<td>{esc(note)}</td></tr>')
            head = "".join(f"<th>{esc(self._t(k))}</th>" for k in ("col_status", "col_claim", "col_arith", "col_line", "col_footnote", "col_note"))
            out.append(
                f'<h3>{esc(self.family_name(check))}</h3><p>{summary}</p>'
                f'<details><summary>{esc(self._t("show_all_rows", n=len(rows)))}</summary>'
                f'<table class="findings"><thead><tr>{head}</tr></thead><tbody>{"".join(trs)}</tbody></table></details>')
        out.append("</section>")
        return "".join(out)

    def coverage_html(self) -> str:
        digits = sum(len(re.findall(r"\d+", str(txt))) for txt in self.blocks["text"])
        in_check = set()
        for ids in self.detail["figures"]:
            in_check.update(str(ids).split())
        kinds = self.figures["kind"].value_counts().sort_index()
        rows = "".join(f"<tr><td>{esc(self._t('kind_' + k))} <small><code>{esc(k)}</code></small></td><td class=num>{int(n)}</td></tr>"
                       for k, n in kinds.items())
        return (
            f'<section class="coverage"><h2>{esc(self._t("coverage"))}</h2>'
            f'<p>{esc(self._t("coverage_text", digits=digits, figures=len(self.figures), in_check=len(in_check)))}</p>'
            f'<table class="kinds"><thead><tr><th>{esc(self._t("kind"))}</th><th>{esc(self._t("count"))}</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></section>"
        )

    def prior_html(self) -> str:
        """The change claims checked against last year's report, both sentences side by side, and the info lists."""
        d = self.detail[self.detail["check"] == "prior_change"]
        info_path = self.clean / "prior_info.csv" if self.clean else None
        info = read_csv(info_path, dtype=str) if info_path and info_path.exists() else pd.DataFrame()
        if d.empty and info.empty:
            return ""
        prior_name = self.document.get("prior") or ""
        head = "".join(f"<th>{esc(self._t(k))}</th>" for k in ("col_status", "col_claim", "col_prior_sentence", "col_arith", "col_line"))
        trs = []
        for _, r in d.iterrows():
            prior_q = " | ".join(json.loads(r["note_args"]).get("prior_sentences", [])) if r["note_args"] else ""
            if not prior_q:
                prior_q = self._note(r)
            trs.append(f'<tr class="{esc(r["status"])}"><td>{self._badge(r["status"])}</td>'
                       f'<td class="quote">{highlight(r["quote"], self._figure_texts(r))}</td>'
                       f'<td class="quote">{esc(prior_q)}</td><td class="arith">{self._arith(r)}</td>'
                       f'<td class=num>{esc(self._loc(r["line"]))}</td></tr>')
        parts = [f'<section class="prior"><h2>{esc(self._t("prior_section"))}</h2>'
                 f'<p>{esc(self._t("prior_source", name=prior_name))}</p>']
        if trs:
            parts.append(f'<table class="findings"><thead><tr>{head}</tr></thead><tbody>{"".join(trs)}</tbody></table>')
        for kind in ("no_stated_change", "no_longer_mentioned"):
            rows = info[info["kind"] == kind] if not info.empty else info
            if rows is None or rows.empty:
                continue
            h = "".join(f"<th>{esc(self._t(k))}</th>" for k in ("col_indicator", "col_prior", "col_current", "col_change"))
            body = "".join(f'<tr><td class="quote">{esc(x["label"])}</td><td class=num>{esc(self._n(x["prior"]))}</td>'
                           f'<td class=num>{esc(self._n(x["current"]) if x["current"] else "")}</td>'
                           f'<td class=num>{esc(self._n(x["change"]) if x["change"] else "")}</td></tr>' for _, x in rows.iterrows())
            parts.append(f'<h3>{esc(self._t("prior_" + kind))}</h3><details><summary>{esc(self._t("show_all_rows", n=len(rows)))}</summary>'
                         f'<table class="findings"><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table></details>')
        parts.append("</section>")
        return "".join(parts)

    def chart_prior(self) -> str | None:
        """Current against prior-year values for the matched indicators (prior = 100 %)."""
        import matplotlib
        from matplotlib.figure import Figure

        matplotlib.rcParams.update(CHART_RC)
        d = self.detail[(self.detail["check"] == "prior_change") & (self.detail["status"] != "unverifiable")]
        rows = []
        for _, r in d.iterrows():
            a = self._args(r)
            if a.get("prior") and float(a["prior"]):
                cur, prv = float(a["current"]), float(a["prior"])
                rows.append((f'{a.get("current_text", "")} {a.get("unit", "")}'.strip(), cur / prv * 100,
                             f'{self._n(a["prior"])} → {self._n(a["current"])}', r["status"]))
        if not rows:
            return None
        fig = Figure(figsize=(8, 0.32 * len(rows) + 1.1))
        ax = fig.add_subplot()
        ys = list(range(len(rows)))
        colors = {"pass": "#59a14f", "warn": "#edc948", "fail": "#e15759"}
        bars = ax.barh(ys, [r[1] for r in rows], height=0.6, color=[colors.get(r[3], "#bab0ac") for r in rows])
        ax.bar_label(bars, labels=[r[2] for r in rows], padding=3, fontsize=7)
        ax.axvline(100, color="black", linewidth=1.5)
        ax.set_yticks(ys, labels=[r[0] for r in rows], fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, max(150.0, max(r[1] for r in rows) * 1.3))
        ax.set_xlabel(self._t("chart_prior_axis"))
        ax.spines[["top", "right"]].set_visible(False)
        self._margins(fig, [r[0] for r in rows], 8)
        return self._svg(fig, self._t("chart_prior"))

    def citations_html(self) -> str:
        path = self.clean / "citations.csv" if self.clean else None
        if path is None or not path.exists():
            return ""
        cites = read_csv(path, dtype=str)
        if cites.empty:
            return ""
        head = "".join(f"<th>{esc(self._t(k))}</th>" for k in ("col_document", "col_type", "col_date", "col_line"))
        rows = "".join(f"<tr><td>{esc(r['text'])}</td><td>{esc(r['type'])}</td><td>{esc(r['date'])}</td>"
                       f"<td class=num>{esc(self._loc(r['line']))}</td></tr>" for _, r in cites.iterrows())
        return (f'<section class="citations"><h2>{esc(self._t("citations"))}</h2><details><summary>'
                f'{esc(self._t("show_all_rows", n=len(cites)))}</summary><table class="findings"><thead><tr>{head}</tr>'
                f"</thead><tbody>{rows}</tbody></table></details></section>")

    def provenance_html(self) -> str:
        p = self.provenance
        items = [
            ("prov_input", p.get("input", self.document.get("source", ""))),
            ("prov_sha256", p.get("sha256", "")),
            ("prov_encoding", self.document.get("encoding", "")),
            ("report_year", self.document.get("year") or self._t("year_unknown")),
            ("prov_parameters", json.dumps(p.get("parameters", {}), ensure_ascii=False, sort_keys=True)),
            ("prov_version", p.get("figaudit", "")),
            ("prov_commit", p.get("commit", "")),
            ("prov_started", p.get("started", "")),
            ("prov_libraries", ", ".join(f"{k} {v}" for k, v in sorted(p.get("libraries", {}).items()))),
        ]
        rows = "".join(f"<tr><th>{esc(self._t(k))}</th><td><code>{esc(v)}</code></td></tr>" for k, v in items)
        suites = []
        for s in self.validation.get("suites", []):
            for r in s["results"]:
                suites.append(
                    f'<tr><td>{esc(s["suite"])}</td><td>{esc(r["rule"])} <small>({esc(r["expectation_type"])})</small></td>'
                    f'<td class=num>{esc(r["evaluated_rows"])}</td><td class=num>{len(r["unexpected_ids"])}</td>'
                    f'<td>{esc(self._t("yes") if r["success"] else self._t("no"))}</td></tr>')
        head = "".join(f"<th>{esc(self._t(k))}</th>" for k in ("suite", "rule", "rows_checked", "flagged", "success"))
        return (
            f'<section class="provenance"><h2>{esc(self._t("provenance"))}</h2><table class="prov">{rows}</table>'
            f'<h3>{esc(self._t("suite_results"))}</h3><details><summary>{esc(self._t("show_all_rows", n=len(suites)))}</summary>'
            f'<table class="suites"><thead><tr>{head}</tr></thead><tbody>{"".join(suites)}</tbody></table></details></section>'
        )

    # -- charts ----------------------------------------------------------
    def chart_caption(self, which: str, heading: bool = True) -> str:
        head = f'<h2>{esc(self._t("charts"))}</h2>' if heading else ""
        return f'{head}<p class="caption">{esc(self._t("chart_" + which))}</p>'

    def chart_breakdowns(self) -> str | None:
        """Each footnote breakdown as a bar stacked by level, scaled to its stated total (100 % = agreement)."""
        rows = self.detail[(self.detail["check"] == "footnote_breakdown") & (self.detail["parts"] != "")
                           & (self.detail["stated"].notna())]
        if rows.empty:
            return None
        import matplotlib
        from matplotlib.figure import Figure

        matplotlib.rcParams.update(CHART_RC)
        labels, series = [], []
        for _, r in rows.iterrows():
            parts = [p.split("=", 1) for p in str(r["parts"]).split("; ") if "=" in p]
            stated = float(r["stated"])
            labels.append(f'{self._t("footnote_ref", n=r["footnote"])}: {self._n(r["stated"])} {r["unit"]}')
            series.append(([(lab.strip().lower(), float(v)) for lab, v in parts], stated, r["status"]))
        levels: list[str] = []
        for parts, _, _ in series:
            for lab, _ in parts:
                if lab not in levels:
                    levels.append(lab)
        rank = {"tỉnh": 0, "huyện": 1, "cơ sở": 2, "xã": 3}
        levels.sort(key=lambda lab: min((v for k, v in rank.items() if k in lab), default=9))
        fig = Figure(figsize=(8, 0.42 * len(series) + 1.3))
        ax = fig.add_subplot()
        colors = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#bab0ac"]
        for li, lev in enumerate(levels):
            lefts, widths = [], []
            for parts, stated, _ in series:
                names = [lab for lab, _ in parts]
                scale = 100.0 / stated if stated else 0.0
                lefts.append(sum(v for _, v in parts[: names.index(lev)]) * scale if lev in names else 0.0)
                widths.append(dict(parts).get(lev, 0.0) * scale)
            bars = ax.barh(range(len(series)), widths, left=lefts, color=colors[li % len(colors)], label=lev)
            ax.bar_label(bars, labels=[self._n(dict(p).get(lev)) if lev in dict(p) else "" for p, _, _ in series],
                         label_type="center", fontsize=7, color="white")
        for i, (parts, stated, status) in enumerate(series):
            total = sum(v for _, v in parts) * 100.0 / stated if stated else 0.0
            if status == "fail":
                ax.annotate(f"{total:.1f} %", (total, i), xytext=(4, 0), textcoords="offset points", va="center",
                            fontsize=8, color="#b3261e", fontweight="bold")
        ax.axvline(100, color="black", linewidth=1.5)
        ax.set_yticks(range(len(series)), labels=labels)
        ax.invert_yaxis()
        ax.set_xlim(0, max(110.0, max((sum(v for _, v in p) * 100.0 / s) for p, s, _ in series if s) + 8))
        ax.set_xlabel(self._t("chart_share_of_stated"))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=min(len(levels), 5), fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        self._margins(fig, labels, 10, legend_below=True)
        return self._svg(fig, self._t("chart_breakdowns"))

    @staticmethod
    def _margins(fig, labels: list[str], fontsize: float, legend_below: bool = False) -> None:
        """Room for the y labels and the x label, without a second layout pass."""
        width_in = fig.get_size_inches()[0]
        label_in = max((len(x) for x in labels), default=10) * fontsize * 0.55 / 72 + 0.25
        height_in = fig.get_size_inches()[1]
        bottom_in = 0.55 + (0.35 if legend_below else 0)
        fig.subplots_adjust(left=min(0.6, label_in / width_in), right=0.97, top=1 - 0.15 / height_in,
                            bottom=min(0.5, bottom_in / height_in))

    def _svg(self, fig, alt: str = "") -> str:
        """The chart as one <img> holding an SVG data URI: self-contained, and cheap for nbconvert's HTML pass."""
        import base64

        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        svg = re.sub(r"<metadata>.*?</metadata>", "", buf.getvalue(), flags=re.S)
        data = base64.b64encode(svg[svg.index("<svg"):].encode("utf-8")).decode("ascii")
        return f'<div class="chart"><img alt="{esc(alt)}" src="data:image/svg+xml;base64,{data}"></div>'

    def chart_relations(self) -> str | None:
        """Stated versus computed for every checked numeric relation, as the relative gap (0 = agreement)."""
        import matplotlib
        from matplotlib.figure import Figure

        matplotlib.rcParams.update(CHART_RC)
        d = self.detail[(self.detail["status"] != "unverifiable") & self.detail["stated"].notna()
                        & self.detail["computed"].notna() & ~self.detail["check"].isin(["citation", "hedge", "footnote_integrity", "part_of_whole"])
                        & ~self.detail["variant"].isin(["ratio", "direction", "grim"])]
        d = d[d["stated"].map(lambda v: v != 0)]
        if d.empty:
            return None
        gaps = [float((c - s_) / s_ * 100) for s_, c in zip(d["stated"], d["computed"])]
        colors = {"pass": "#1a7f37", "warn": "#9a6700", "fail": "#b3261e"}
        labels = [f'{self.family_name(c)} · {self._loc(ln)}' for c, ln in zip(d["check"], d["line"])]
        fig = Figure(figsize=(8, 0.28 * len(d) + 1.2))
        ax = fig.add_subplot()
        ax.axvline(0, color="black", linewidth=1)
        ax.scatter(gaps, range(len(d)), c=[colors.get(st, "grey") for st in d["status"]], s=22, zorder=3)
        ax.set_yticks(range(len(d)), labels=labels, fontsize=7)
        ax.invert_yaxis()
        lim = max(5.0, max(abs(g) for g in gaps) * 1.15)
        ax.set_xlim(-lim, lim)
        ax.set_xlabel(self._t("chart_gap"))
        ax.spines[["top", "right"]].set_visible(False)
        self._margins(fig, labels, 7)
        return self._svg(fig, self._t("chart_relations"))

    def chart_changes(self) -> str | None:
        """The prior-year value implied by each stated change, as a % of this year's value (100 % = this year)."""
        import matplotlib
        from matplotlib.figure import Figure

        matplotlib.rcParams.update(CHART_RC)
        d = self.detail[self.detail["check"] == "change"]
        rows = []
        for _, r in d.iterrows():
            a = self._args(r)
            if a.get("implied_prior") not in (None, "") and a.get("current") and float(a["current"]):
                cur, prior = float(a["current"]), float(a["implied_prior"])
                label = f'{a.get("current_text", "")} {a.get("unit", "")}'.strip()
                rows.append((label, prior / cur * 100, f'{self._n(a["implied_prior"])} → {self._n(a["current"])}'))
        if not rows:
            return None
        fig = Figure(figsize=(8, 0.32 * len(rows) + 1.1))
        ax = fig.add_subplot()
        ys = list(range(len(rows)))
        bars = ax.barh(ys, [r[1] for r in rows], height=0.6, color="#bab0ac", label=self._t("chart_implied_prior"))
        ax.bar_label(bars, labels=[r[2] for r in rows], padding=3, fontsize=7)
        ax.axvline(100, color="#4e79a7", linewidth=2, label=self._t("chart_this_year"))
        ax.set_yticks(ys, labels=[r[0] for r in rows], fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, max(130.0, max(r[1] for r in rows) * 1.35))
        ax.set_xlabel(self._t("chart_prior_share"))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        self._margins(fig, [r[0] for r in rows], 8, legend_below=True)
        return self._svg(fig, self._t("chart_changes"))
