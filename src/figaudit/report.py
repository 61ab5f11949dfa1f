"""The audit page: HTML sections and charts, built from the findings.

Everything that comes from the report (quotes, footnotes, units, labels,
file names) goes through :func:`esc` — a report is untrusted input.  Labels
come from :mod:`figaudit.messages`.  Charts are matplotlib figures rendered to
inline SVG with fixed metadata and hash salt, so reruns are byte-identical and
the page needs no external file.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from pathlib import Path

import pandas as pd

from figaudit.charts import Charts
from figaudit.findings import STATUSES, counts, read_detail
from figaudit.messages import MESSAGES, t
from figaudit.numbers import fmt_vi
from figaudit.relations import page_order
from figaudit.tables import read_csv

#: Charts keep their text as SVG text (3.5× smaller and faster than glyph paths, selectable);
#: margins are set from label lengths instead of a second "tight" layout pass.

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
class Audit(Charts):
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
            for chk in page_order(fam.index))
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
        groups = dict(list(self.detail.groupby("check", sort=True)))
        for check in page_order(groups):
            rows = groups[check]
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

    def chart_caption(self, which: str, heading: bool = True) -> str:
        head = f'<h2>{esc(self._t("charts"))}</h2>' if heading else ""
        return f'{head}<p class="caption">{esc(self._t("chart_" + which))}</p>'
