"""The book's Sphinx extension: its tables and the annotated article, rendered at build time from the
same code the chapters use, and three fixes to the generated HTML.

- ``datatable`` directive: one of the tables defined in :mod:`article_report.datapages`, as an HTML
  table that DataTables (the bundle shipped in the itables package, copied into the build, loaded by
  ``_static/datatables-init.js``) makes sortable and searchable, offline.
- ``annotated-article`` directive: the whole article with switchable layers (:mod:`.annotated`).
- ``reference-group`` directive: one group of the bibliography (:mod:`.reference_groups`), folded in a
  ``<details>`` whose summary gives the group's name and count; ``_static/folds.js`` opens the group a
  citation link points into.
- ``claimreview-jsonld`` directive: every claim as schema.org ClaimReview, embedded as a JSON-LD script
  (:mod:`.exports.claimreview`); ``cite-this-report``: the citation, from CITATION.cff (:mod:`.citation`).
- At the start of every build, ``claimreview.json`` and ``annotations.jsonld`` are written into
  ``_build/generated/`` from the curated data (:mod:`.exports`), for the data pages' download links.
- A bibliography style that labels every source with its BibTeX key, so prose citations
  ([tass2021combat]) and table cells (tass2021combat) use one scheme, and sorts it by key.
- docutils writes a bibliography as ``<div role="list" class="citation-list">`` whose children carry
  ``role="doc-biblioentry"``, which ARIA does not allow inside a list (axe: aria-required-children).
  The list role is dropped; each entry keeps its own role.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from pybtex.plugin import register_plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.sorting import BaseSortingStyle
from sphinxcontrib.bibtex.directives import BibliographyDirective

_BROKEN = '<div role="list" class="citation-list">'
_MENDED = '<div class="citation-list">'


class KeyLabelStyle(BaseLabelStyle):
    """Label each bibliography entry with its key: one readable label in prose and tables."""

    def format_labels(self, sorted_entries):
        for entry in sorted_entries:
            yield entry.key


class KeySortingStyle(BaseSortingStyle):
    """Sort the bibliography by key: a reader looks an entry up by the key the prose shows."""

    def sorting_key(self, entry):
        return entry.key.lower()


class KeyStyle(PlainStyle):
    default_label_style = "key"
    default_sorting_style = "key"


class DataTable(Directive):
    """``.. datatable:: NAME``: the data page table named NAME (see :data:`article_report.datapages.TABLES`);
    ``:folded:`` folds it under a line with its caption and row count."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {"page-length": directives.positive_int, "folded": directives.flag}

    def run(self) -> list[nodes.Node]:
        from .datapages import render

        env = self.state.document.settings.env
        length = self.options.get("page-length", 25)
        html = render(self.arguments[0], page_length=length, folded="folded" in self.options)
        for dependency in _data_files():
            env.note_dependency(str(dependency))
        return [nodes.raw("", html, format="html")]


class DataColumns(Directive):
    """``.. datacolumns:: NAME``: the data dictionary of a dataset (see :func:`article_report.datapages.columns`)."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from .datapages import columns

        for dependency in _data_files():
            self.state.document.settings.env.note_dependency(str(dependency))
        return [nodes.raw("", columns(self.arguments[0]), format="html")]


class ArticleMetadata(Directive):
    """``.. article-metadata::``: the article's metadata (see :func:`article_report.datapages.article_metadata`)."""

    def run(self) -> list[nodes.Node]:
        from .datapages import article_metadata

        for dependency in _data_files():
            self.state.document.settings.env.note_dependency(str(dependency))
        return [nodes.raw("", article_metadata(), format="html")]


class Vocabulary(Directive):
    """``.. vocabulary:: NAME``: a vocabulary's terms and meanings (see :func:`article_report.datapages.vocabulary`);
    ``:folded: WHAT IT HOLDS`` folds a long one under that line and its number of terms."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {"folded": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        from .datapages import vocabulary
        from .tables import fold

        html = vocabulary(self.arguments[0])
        if "folded" in self.options:
            html = fold(html, f"{self.options['folded']} ({html.count('<dt>')})")
        return [nodes.raw("", html, format="html")]


class AnnotatedArticle(Directive):
    """``.. annotated-article::``: the whole article with its layers."""

    def run(self) -> list[nodes.Node]:
        from .annotated import render

        env = self.state.document.settings.env
        for dependency in _data_files():
            env.note_dependency(str(dependency))
        return [nodes.raw("", render(), format="html")]


class ClaimReviewJsonLd(Directive):
    """``.. claimreview-jsonld::``: every claim as schema.org ClaimReview, in a JSON-LD script element."""

    def run(self) -> list[nodes.Node]:
        from .book import load_book
        from .exports.claimreview import claim_reviews, script_tag

        for dependency in _data_files():
            self.state.document.settings.env.note_dependency(str(dependency))
        return [nodes.raw("", script_tag(claim_reviews(load_book())), format="html")]


class CiteThisReport(Directive):
    """``.. cite-this-report::``: the report's citation, rendered from CITATION.cff."""

    def run(self) -> list[nodes.Node]:
        from .citation import citation_html, citation_path

        self.state.document.settings.env.note_dependency(str(citation_path()))
        return [nodes.raw("", citation_html(), format="html")]


class fold(nodes.General, nodes.Element):
    """A folded block: ``<details>`` with a ``<summary>`` (the summary is the node's ``summary`` attribute)."""


def _visit_fold(self: Any, node: fold) -> None:
    ids = f' id="{node["ids"][0]}"' if node["ids"] else ""
    self.body.append(f'<details class="{" ".join(node["classes"])}"{ids}><summary>{escape(node["summary"])}</summary>')


def _depart_fold(self: Any, node: fold) -> None:
    self.body.append("</details>")


class ReferenceGroup(BibliographyDirective):
    """``.. reference-group:: NAME``: the bibliography's entries of group NAME (see
    :mod:`article_report.reference_groups`), folded under a line with the group's title and count."""

    required_arguments = 1
    optional_arguments = 0
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        from .curated.sources import load_sources
        from .paths import project_root
        from .reference_groups import filter_expression, members, title

        name = self.arguments[0]
        bib = project_root() / "references.bib"
        self.env.note_dependency(str(bib))
        keys = members(load_sources(bib), name)
        if not keys:
            return []
        self.arguments = []  # the bibliography's own argument names bib files: all of them
        self.options = {"filter": filter_expression(keys)}
        folded = fold(summary=f"{title(name)} ({len(keys)})", classes=["aa-fold", "aa-refgroup"], ids=[f"refs-{name}"])
        folded += super().run()
        return [folded]


def _write_exports(app: Any) -> None:
    """Write the generated downloads before any page is read (the download role needs the files to exist)."""
    from .exports import write_all

    write_all(Path(app.srcdir))


def fact_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{fact}`name```: a number or phrase computed by the chapters (the same value a notebook glues)."""
    from .chapters import all_facts

    facts = all_facts()
    if text not in facts:
        message = inliner.reporter.error(f"unknown fact {text!r}", line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    return [nodes.inline(rawtext, str(facts[text]), classes=["aa-fact"])], []


def _data_files() -> list[Path]:
    from .paths import project_root

    root = project_root()
    return [*sorted((root / "data").glob("*.*")), root / "references.bib", root / "datapackage.json"]


def _mend(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    body = context.get("body")
    if isinstance(body, str) and _BROKEN in body:
        context["body"] = body.replace(_BROKEN, _MENDED)


def _copy_datatables(app: Any, exception: Exception | None) -> None:
    """Copy the DataTables bundle of the itables package into the build (not into the static path the
    theme injects into every page: it is an ES module, loaded only where a data table is)."""
    if exception is not None or app.builder.format != "html":
        return
    import itables

    source = Path(itables.__file__).parent / "html"
    target = Path(app.outdir) / "_static" / "vendor"
    target.mkdir(parents=True, exist_ok=True)
    for name in ("dt_bundle.js", "dt_bundle.css"):
        shutil.copyfile(source / name, target / name)


def setup(app: Any) -> dict[str, Any]:
    register_plugin("pybtex.style.labels", "key", KeyLabelStyle, force=True)
    register_plugin("pybtex.style.sorting", "key", KeySortingStyle, force=True)
    register_plugin("pybtex.style.formatting", "keylabel", KeyStyle, force=True)
    app.add_directive("datatable", DataTable)
    app.add_directive("datacolumns", DataColumns)
    app.add_directive("article-metadata", ArticleMetadata)
    app.add_directive("vocabulary", Vocabulary)
    app.add_role("fact", fact_role)
    app.add_directive("annotated-article", AnnotatedArticle)
    app.add_directive("claimreview-jsonld", ClaimReviewJsonLd)
    app.add_directive("cite-this-report", CiteThisReport)
    app.add_node(fold, html=(_visit_fold, _depart_fold))
    app.add_directive("reference-group", ReferenceGroup)
    app.connect("builder-inited", _write_exports)
    app.connect("html-page-context", _mend)
    app.connect("build-finished", _copy_datatables)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "2"}
