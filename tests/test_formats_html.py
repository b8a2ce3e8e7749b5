"""The formats in the built book: the claims page carries every claim as ClaimReview JSON-LD, the data pages offer
datapackage.json, claimreview.json, annotations.jsonld and CITATION.cff (the files themselves), and the landing page
ends with the citation."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.book

LD_JSON = re.compile(r'<script type="application/ld\+json" id="claimreview">(.*?)</script>', re.S)
DOWNLOAD = re.compile(r'class="reference download internal" download="" href="\.\./(_downloads/[^"]+)"')


def _claim_ids(root: Path) -> list[str]:
    text = (root / "data" / "claims.csv").read_text(encoding="utf-8")
    return [r["id"] for r in csv.DictReader(io.StringIO(text))]


def test_the_claims_page_carries_every_claim_as_claimreview(root: Path, html_dir: Path) -> None:
    page = (html_dir / "chapters" / "data_claims.html").read_text(encoding="utf-8")
    scripts = LD_JSON.findall(page)
    assert len(scripts) == 1, "one ClaimReview script on the claims page"
    reviews = json.loads(scripts[0])
    assert {r["@type"] for r in reviews} == {"ClaimReview"}
    ids = [r["url"].rsplit("#claim-", 1)[1] for r in reviews]
    assert sorted(ids) == sorted(_claim_ids(root)) and len(ids) == 45
    for claim in ids:  # every url lands on the claim's row of this page
        assert f'id="claim-{claim}"' in page, claim


def test_the_downloads_are_the_files(root: Path, html_dir: Path) -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in (html_dir / "chapters").glob("data_*.html"))
    pages += (html_dir / "chapters" / "intro.html").read_text(encoding="utf-8")
    offered = {Path(link).name: html_dir / link for link in DOWNLOAD.findall(pages)}
    expected = {
        "datapackage.json": root / "datapackage.json",
        "CITATION.cff": root / "CITATION.cff",
        "claimreview.json": root / "_build" / "generated" / "claimreview.json",
        "annotations.jsonld": root / "_build" / "generated" / "annotations.jsonld",
    }
    for name, source in expected.items():
        assert name in offered, f"{name} is not offered on a data page"
        assert offered[name].read_bytes() == source.read_bytes(), f"{name}: the download differs from the file"
    embedded = json.loads(LD_JSON.findall((html_dir / "chapters" / "data_claims.html").read_text(encoding="utf-8"))[0])
    assert embedded == json.loads(offered["claimreview.json"].read_text(encoding="utf-8"))


def test_the_landing_page_ends_with_the_citation(html_dir: Path) -> None:
    page = (html_dir / "chapters" / "intro.html").read_text(encoding="utf-8")
    main = page[page.index('<article class="bd-article">') : page.index("</article>")]
    sections = re.findall(r"<h2>(.*?)<a", main)
    assert sections[-1] == "Cite this report", sections
    assert 'class="aa-cite"' in main and "The article-analysis project" in main
