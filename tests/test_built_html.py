"""The built book: every TOC page exists, every image has alt text, nothing loads from outside."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.book

EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", re.IGNORECASE)
CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)


def toc_files(root: Path) -> list[str]:
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        for chapter in part.get("chapters", []):
            files.append(chapter["file"])
            files.extend(section["file"] for section in chapter.get("sections", []))
    return files


class _Collector(HTMLParser):
    """Collect every loadable reference (not plain <a> links, which load nothing) and every <img>."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.images: list[dict[str, str | None]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "img":
            self.images.append(a)
        for attr in ("src", "srcset", "data-src", "poster"):
            if tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "input") and a.get(attr):
                self.refs.append((tag, attr, a[attr] or ""))
        if tag == "link" and a.get("href"):
            self.refs.append((tag, "href", a["href"] or ""))
        if tag == "object" and a.get("data"):
            self.refs.append((tag, "data", a["data"] or ""))
        if a.get("style"):
            self.styles.append(a["style"] or "")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def _pages(html_dir: Path) -> list[Path]:
    return sorted(html_dir.rglob("*.html"))


def test_every_toc_page_was_built(root: Path, html_dir: Path) -> None:
    missing = [f for f in toc_files(root) if not (html_dir / f"{f}.html").is_file()]
    assert not missing, f"TOC pages not built: {missing}"


def test_every_image_has_alt_text(html_dir: Path) -> None:
    bad = []
    for page in _pages(html_dir):
        collector = _Collector()
        collector.feed(page.read_text(encoding="utf-8"))
        for image in collector.images:
            if not (image.get("alt") or "").strip():
                bad.append(f"{page.relative_to(html_dir)}: {image.get('src')}")
    assert not bad, "images without alt text:\n" + "\n".join(bad)


def test_no_page_loads_anything_from_outside(html_dir: Path) -> None:
    bad = []
    for page in _pages(html_dir):
        collector = _Collector()
        collector.feed(page.read_text(encoding="utf-8"))
        for tag, attr, value in collector.refs:
            candidates = [part.strip().split(" ")[0] for part in value.split(",")] if attr == "srcset" else [value]
            bad += [f"{page.relative_to(html_dir)}: <{tag} {attr}={v}>" for v in candidates if EXTERNAL.match(v)]
        for css in collector.styles:
            bad += [f"{page.relative_to(html_dir)}: inline url({u})" for u in CSS_URL.findall(css) if EXTERNAL.match(u)]
    assert not bad, "external references:\n" + "\n".join(bad)


def test_no_stylesheet_loads_anything_from_outside(html_dir: Path) -> None:
    bad = []
    for sheet in sorted(html_dir.rglob("*.css")):
        css = sheet.read_text(encoding="utf-8", errors="replace")
        for ref in CSS_URL.findall(css) + CSS_IMPORT.findall(css):
            if EXTERNAL.match(ref):
                bad.append(f"{sheet.relative_to(html_dir)}: {ref}")
    assert not bad, "stylesheets with external references:\n" + "\n".join(bad)


def test_collector_catches_external_references() -> None:
    """The checks above can fail: a page with each kind of external reference is caught."""
    collector = _Collector()
    collector.feed(
        '<script src="https://cdn.example/x.js"></script><link href="//fonts.example/css">'
        '<img src="http://a/b.png" alt=""><iframe src="https://thebe.example"></iframe>'
        '<div style="background:url(https://x/y.png)"></div><a href="https://ok.example">ok</a>'
    )
    external = [v for _, _, v in collector.refs if EXTERNAL.match(v)]
    assert len(external) == 4
    assert any(EXTERNAL.match(u) for s in collector.styles for u in CSS_URL.findall(s))
    assert not (collector.images[0].get("alt") or "").strip()


# --- The reader layer --------------------------------------------------------------------------------

CITATION = re.compile(r'\[<a class="reference internal" href="[^"]*references\.html#[^"]*"[^>]*>([^<]+)</a>\]')


def test_every_dataset_can_be_downloaded_from_its_data_page(root: Path, html_dir: Path) -> None:
    files = [p.name for p in sorted((root / "data").glob("*.*"))] + ["references.bib"]
    pages = "".join(p.read_text(encoding="utf-8") for p in (html_dir / "chapters").glob("data_*.html"))
    links = re.findall(r'class="reference download internal" download="" href="\.\./(_downloads/[^"]+)"', pages)
    offered = {Path(link).name: html_dir / link for link in links}
    assert set(files) <= set(offered), f"data files without a download link: {sorted(set(files) - set(offered))}"
    for name in files:
        source = root / ("references.bib" if name == "references.bib" else f"data/{name}")
        assert offered[name].read_bytes() == source.read_bytes(), f"{name}: the download differs from the file"


def test_reader_pages_show_no_code_toggles(html_dir: Path) -> None:
    toggles = [p.name for p in (html_dir / "chapters").glob("*.html") if "Show code cell" in p.read_text("utf-8")]
    assert not toggles, f"pages with code toggles: {toggles}"


def test_words_never_break_inside_in_the_stylesheet(root: Path) -> None:
    css = (root / "chapters" / "_static" / "report.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert not re.search(r"overflow-wrap:\s*anywhere|word-break:\s*break-(all|word)", rules)


def test_one_citation_scheme_the_key_everywhere(root: Path, html_dir: Path) -> None:
    """Prose citations show the BibTeX key, as the tables do; each key resolves to an entry."""
    from article_report.curated.sources import load_bibliography

    keys = set(load_bibliography(root / "references.bib").entries)
    labels = [label for p in (html_dir / "chapters").glob("*.html") for label in CITATION.findall(p.read_text("utf-8"))]
    assert len(labels) > 20
    assert set(labels) <= keys, f"citation labels that are not keys: {sorted(set(labels) - keys)[:10]}"


def test_no_placeholder_or_missing_value_reaches_a_page(html_dir: Path) -> None:
    bad = []
    for page in (html_dir / "chapters").glob("*.html"):
        text = re.sub(r"<script.*?</script>|<style.*?</style>", "", page.read_text("utf-8"), flags=re.S)
        for pattern in (r">\s*nan\s*<", r">\s*None\s*<", r"\{glue:", r"\{fact\}", r"\{cite:"):
            if re.search(pattern, text):
                bad.append(f"{page.name}: {pattern}")
    assert not bad, bad


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("id", "name"):
            if a.get(name):
                self.ids.add(a[name] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")


def test_every_internal_link_lands_on_a_page_and_an_anchor(html_dir: Path) -> None:
    """Links between pages (claim rows, events, sources, figures, chapters) point at what exists."""
    pages = {p: _Anchors() for p in _pages(html_dir) if "_static" not in p.parts}
    for page, parser in pages.items():
        parser.feed(page.read_text(encoding="utf-8"))
    bad = []
    for page, parser in pages.items():
        for href in parser.links:
            if EXTERNAL.match(href) or href.startswith(("mailto:", "javascript:", "data:")):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                bad.append(f"{page.relative_to(html_dir)} -> {href}: no such file")
            elif fragment and target.suffix == ".html" and target in pages and fragment not in pages[target].ids:
                bad.append(f"{page.relative_to(html_dir)} -> {href}: no such anchor")
    assert not bad, f"{len(bad)} broken links:\n" + "\n".join(bad[:20])
