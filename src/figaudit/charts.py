"""The audit's charts (matplotlib, drawn to self-contained SVG data URIs).

:class:`Charts` is mixed into :class:`figaudit.report.Audit`: each ``chart_<name>`` reads the audit's findings
(``self.detail``) and words (``self._t``, ``self._n``) and returns one ``<div class="chart">`` or ``None`` when
there is nothing to draw.  ``figaudit.batch.report_sections`` asks for them by name (their captions are the page's: ``Audit.chart_caption``).
"""

from __future__ import annotations

import html
import io
import re

CHART_RC = {"svg.fonttype": "none", "svg.hashsalt": "figaudit", "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans"]}  # bundled with matplotlib: no findfont warnings


class Charts:
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
        return f'<div class="chart"><img alt="{html.escape(alt, quote=True)}" src="data:image/svg+xml;base64,{data}"></div>'

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
