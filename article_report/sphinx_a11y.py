"""A small Sphinx extension that mends two accessibility faults in the generated HTML.

docutils writes a bibliography as ``<div role="list" class="citation-list">`` whose children carry
``role="doc-biblioentry"``, which ARIA does not allow inside a list (axe-core: aria-required-children,
critical). The list role is dropped; each entry keeps its own role, which screen readers announce.
"""

from __future__ import annotations

from typing import Any

_BROKEN = '<div role="list" class="citation-list">'
_MENDED = '<div class="citation-list">'


def _mend(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    body = context.get("body")
    if isinstance(body, str) and _BROKEN in body:
        context["body"] = body.replace(_BROKEN, _MENDED)


def setup(app: Any) -> dict[str, Any]:
    app.connect("html-page-context", _mend)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
