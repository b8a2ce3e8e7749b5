"""The full tables of the data pages: every row of every curated dataset, with reader-facing column
names and values, links between datasets, and anchors other pages link to (``#claim-c01``,
``#event-kabul-falls``, ``#src-tass2021combat``).

Rendered by the ``datatable`` directive at build time; DataTables makes them sortable and searchable
in the browser, offline. Without JavaScript they are plain tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape, unescape

from .book import Book, load_book
from .chapters.history import claims_with_sources
from .chapters.provenance import version_label
from .curated.checks import split_keys
from .tables import (
    badge,
    changes_text,
    fold,
    readable_note,
    readable_time,
    significance_mark,
    slug,
    source_links,
    table_html,
)
from .vocab import (
    ACTOR_KIND_LABELS,
    CHANGE_LABELS,
    COVERAGE_LABELS,
    HISTORY_STAGE_LABELS,
    INTRODUCED_LABELS,
    RELATION_LABELS,
    SOURCE_TYPE_LABELS,
    TIMELINE_CATEGORY_LABELS,
)


def _events(keys: str) -> str:
    """Links to timeline rows, named by their id read as words ("kabul-falls" → "kabul falls")."""
    return ", ".join(
        f'<a href="data_timeline.html#event-{escape(slug(k))}">{escape(k.replace("-", " "))}</a>'
        for k in split_keys(keys)
    )


def _labels(book: Book) -> dict[str, str]:
    versions = book.data["versions"]
    return dict(zip(versions["id"], versions["label"], strict=True))


def _claim_link(claim: str) -> str:
    return f'<a href="data_claims.html#claim-{escape(slug(claim))}">{escape(claim)}</a>'


def _lines(*parts: tuple[str, str]) -> str:
    """Several short values in one cell, each on its own line under its name ("Read: 2 Dec 2026"): a table
    of many columns folded into fewer, so it fits a desktop column (issue 22). Values are ready HTML; an
    empty value or "–" is left out."""
    return "<br>".join(f"{escape(name)}: {value}" if name else value for name, value in parts if value and value != "–")


def _curly(text: str) -> str:
    """Straight double quotes as a reader's opening and closing quotes. Chromium may break a line after a
    straight quote that opens a word ('"(none)'); never after an opening quote mark (Unicode's line-break rule
    LB15a)."""
    return re.sub(r'"', "”", re.sub(r'(^|[\s(/])"', r"\1“", text))


def _datatable(html: str, name: str, page_length: int) -> str:
    """Mark a rendered table for DataTables (the init script looks for ``table.aa-datatable``)."""
    return html.replace(
        '<table class="aa-table">',
        f'<table class="aa-table aa-datatable" id="dt-{name}" data-page-length="{page_length}">',
        1,
    )


def timeline(book: Book) -> str:
    rows = [
        {
            "id": r.id,
            "date": r.date + (f" – {r.end_date}" if r.end_date else ""),
            "event": r.event + ("" if r.verified == "yes" else " (unverified)"),
            "category": TIMELINE_CATEGORY_LABELS[r.category],
            "sources": source_links(r.sources),
            "note": r.note,
        }
        for r in book.data["timeline"].itertuples()
    ]
    return table_html(
        rows,
        {"date": "Date", "event": "What happened", "category": "Category", "sources": "Sources", "note": "Note"},
        "Timeline: every event, with its sources",
        raw=("sources",),
        row_id="id",
        id_prefix="event-",
        wide=True,
    )


def moscow_format(book: Book) -> str:
    rows = [
        {
            "meeting": (f"Round {r.round}: " if r.round and not r.label.startswith("Round") else "")
            + f"{r.label}, {readable_time(r.date)}, {r.place}",
            "participant": book.actor_names[r.participant],
            "status": r.status.replace("_", " "),
            "delegation": r.delegation,
            "sources": source_links(r.sources),
            "note": r.note,
        }
        for r in book.data["moscow_format"].itertuples()
    ]
    return table_html(
        rows,
        {
            "meeting": "Meeting",
            "participant": "Participant",
            "status": "Status",
            "delegation": "Delegation",
            "sources": "Sources",
            "note": "Note",
        },
        "The Moscow format: every meeting and participant",
        raw=("sources",),
        wide=True,
    )


def claims(book: Book) -> str:
    table = claims_with_sources(book)
    rows = []
    for r in table.itertuples():
        grade = badge(r.verdict)
        if r.significance:
            grade += " " + significance_mark(r.significance)
        grade += f"<br>{escape(r.count_label)}"
        if r.own_side_only:
            grade += "<br><strong>no independent record: the party's own (primary) record only</strong>"
        where = INTRODUCED_LABELS.get(r.introduced_by, "")
        rows.append(
            {
                "id": r.id,
                "claim": f"{escape(r.id)}<br>{escape(r.kind)}",
                "verdict": grade,
                "quote": r.quote,
                "checked": r.claim,
                "note": r.note + (f" Where the problem comes from: {where}." if where else ""),
                "sources": source_links(r.sources) + (f"<br>Timeline: {_events(r.timeline)}" if r.timeline else ""),
            }
        )
    return table_html(
        rows,
        {
            "claim": "Claim",
            "verdict": "Verdict",
            "quote": "The article says",
            "checked": "The claim checked",
            "note": "Why",
            "sources": "Sources",
        },
        "Every claim checked",
        raw=("claim", "verdict", "sources"),
        row_id="id",
        id_prefix="claim-",
        wide=True,
    )


def claim_sources(book: Book) -> str:
    """Every source's stance on every part of every claim, with the words that show it."""
    typed = book.data["sources"]
    rows = [
        {
            "claim": _claim_link(r.claim),
            "part": r.part,
            "source": source_links(r.source)
            + f"<br>{escape(typed[r.source].producer)}"
            + (f"<br>words of: {escape(r.voice)}" if r.voice else "")
            + (f"<br>spoken by: {escape(r.said_by)}" if r.said_by else ""),
            "stance": r.stance + (f" ({escape(r.differs)})" if r.differs else ""),
            "anchor": f"“{r.anchor}”" if r.anchor else "",
            "note": r.note,
        }
        for r in book.data["claim_sources"].itertuples()
    ]
    return table_html(
        rows,
        {
            "claim": "Claim",
            "part": "Part of the claim",
            "source": "Source (producer; whose words, where not the producer's; who spoke, as the source says)",
            "stance": "Stance (what differs)",
            "anchor": "The source's words",
            "note": "Note",
        },
        "Each source's stance on each part of each claim",
        raw=("claim", "source"),
        wide=True,
    )


def claim_history(book: Book) -> str:
    rows = [
        {
            "claim": _claim_link(r.claim),
            "date": r.date,
            "stage": HISTORY_STAGE_LABELS[r.stage],
            "before": r.verdict_before or "–",
            "after": r.verdict_after,
            "reason": r.reason,
        }
        for r in book.data["claim_history"].itertuples()
    ]
    return table_html(
        rows,
        {
            "claim": "Claim",
            "date": "Date",
            "stage": "Stage",
            "before": "Verdict before",
            "after": "Verdict after",
            "reason": "What changed and why",
        },
        "The history of every verdict",
        raw=("claim",),
        wide=True,
    )


def sources(book: Book) -> str:
    bibliography = book.data["bibliography"]
    typed = book.data["sources"]
    rows = []
    for key, entry in sorted(bibliography.entries.items()):
        fields = entry.fields
        source = typed[key]
        title = str(fields.get("title", "")).replace("{", "").replace("}", "").replace("\\", "")
        url = str(fields.get("url", ""))
        whose = "independent" if source.affiliation == "independent" else f"state: {source.state}"
        note = f"Copy of {source.copy_of}. " if source.copy_of else ""
        rows.append(
            {
                "key": key,
                "type": SOURCE_TYPE_LABELS[source.type],
                "producer": f"{source.producer} ({whose})",
                "title": ", ".join(part for part in (title, str(fields.get("date", fields.get("year", "")))) if part),
                "copy": f'<a href="{escape(url, quote=True)}">address</a>' if url else "",
                "note": note + source.note,
            }
        )
    return table_html(
        rows,
        {
            "key": "Key (as cited)",
            "type": "Type",
            "producer": "Produced by",
            "title": "Title and date",
            "copy": "Copy read",
            "note": "Copy of; why a mirror is kept",
        },
        "Every source, its type and whose it is",
        raw=("copy",),
        row_id="key",
        id_prefix="src-",
        wide=True,
    )


def actors(book: Book) -> str:
    rows = []
    for a in book.gazetteer:
        names = [("other names", a.aliases), ("adjectives", a.demonyms), ("stand-ins", a.metonyms), ("roles", a.roles)]
        rows.append(
            {
                "name": f"{a.name} ({ACTOR_KIND_LABELS[a.kind]})",
                "affiliation": book.actor_names.get(a.affiliation, ""),
                "mentions": int(book.actor_counts.get(a.id, 0)),
                "names": "; ".join(f"{label}: {', '.join(values)}" for label, values in names if values),
                "sources": source_links(";".join(a.source)),
                "note": a.note,
            }
        )
    return table_html(
        rows,
        {
            "name": "Actor",
            "affiliation": "Belongs to",
            "mentions": "Mentions",
            "names": "Names it goes by",
            "sources": "Sources",
            "note": "Note",
        },
        "The gazetteer: every actor and the names it goes by",
        raw=("sources",),
        wide=True,
    )


def _read(r) -> str:
    """When the copy was read and whether it was found again: "2 Dec 2026, found again"."""
    from .vocab import FOUND_AGAIN_LABELS

    return f"{readable_time(r.read_on)}, {FOUND_AGAIN_LABELS[r.found_again]}"


def versions(book: Book) -> str:
    table = book.data["versions"]
    labels = _labels(book)
    rows = [
        {
            "id": r.id,
            "label": r.label,
            "kind": _lines(
                ("", escape(RELATION_LABELS[r.relation])), ("based on", escape(version_label(r.based_on, table)))
            ),
            "published": _lines(
                ("", escape(readable_time(r.published))),
                ("dated by", escape(readable_note(r.time_evidence, labels)) if r.time_evidence else ""),
            ),
            "headline": r.headline,
            "source": _lines(
                ("", source_links(r.source)),
                ("read", escape(_read(r))),
                ("stored part", escape(r.stored)),
                ("anchor phrase", f"“{escape(r.anchor)}”" if r.anchor else ""),
            ),
            "note": _lines(("copy edited by", escape(r.edited_by or "")), ("", escape(readable_note(r.note, labels)))),
            "second": r.second_reading,
        }
        for r in table.itertuples()
    ]
    return table_html(
        rows,
        {
            "label": "Text",
            "kind": "Kind",
            "published": "Published (what dates it)",
            "headline": "Headline",
            "source": "Copy read (when; stored part; anchor phrase)",
            "note": "Note",
            "second": "Second reading",
        },
        "The texts of the chain",
        raw=("kind", "published", "source", "note"),
        row_id="id",
        id_prefix="text-",
        wide=True,
    )


def chain(book: Book) -> str:
    from .vocab import CHAIN_RELATION_LABELS

    versions = book.data["versions"]
    rows = [
        {
            "text": version_label(r.text, versions),
            "relation": CHAIN_RELATION_LABELS[r.relation],
            "of": version_label(r.of, versions),
            "confidence": r.confidence,
            "evidence": r.evidence,
            "sources": source_links(r.sources),
            "second": r.second_reading,
        }
        for r in book.data["chain"].itertuples()
    ]
    return table_html(
        rows,
        {
            "text": "Text",
            "relation": "How it relates",
            "of": "To",
            "confidence": "How sure",
            "evidence": "What the copies show",
            "sources": "Copies read",
            "second": "Second reading",
        },
        "The links between the texts",
        raw=("sources",),
        wide=True,
    )


def _rewrite_rows(book: Book, name: str) -> list[dict[str, object]]:
    from .vocab import CHANGED_BY_LABELS

    table = book.data[name]
    versions = book.data["versions"]
    labels = _labels(book)
    return [
        {
            "text": r.text if isinstance(r.text, str) and r.text else "(AP paragraph not carried)",
            "source": version_label(r.version, versions) + (f" ¶{r.paragraph}" if r.paragraph else ""),
            "change": _lines(
                ("", escape(changes_text(r.codes, CHANGE_LABELS))), ("by", escape(CHANGED_BY_LABELS[r.by]))
            ),
            "evidence": _curly(r.evidence) if r.evidence else "–",
            "keys": _lines(
                ("", source_links(r.source) or "–"),
                ("anchor phrase", f"“{escape(r.anchor)}”" if r.anchor else ""),
                ("read", escape(_read(r))),
            ),
            "note": _lines(("how sure", escape(r.confidence)), ("", escape(readable_note(r.note, labels)))),
            "second": r.second_reading,
        }
        for r in table.itertuples()
    ]


def _rewrite_table(book: Book, name: str, source_heading: str, caption: str) -> str:
    columns = {"text": "Newsweek's sentence", "source": source_heading, "change": "Change (by whom)",
               "evidence": "The words that differ", "keys": "Copy read (anchor phrase; when)",
               "note": "Note (how sure)", "second": "Second reading"}  # fmt: skip
    raw = ("change", "keys", "note")
    return table_html(_rewrite_rows(book, name), columns, caption, raw=raw, wide=True)


def rewrite(book: Book) -> str:
    return _rewrite_table(book, "rewrite", "Source", "Every sentence of the article and its source")


def respin(book: Book) -> str:
    return _rewrite_table(book, "respin", "Re-spin", "The re-spin of Newsweek's text")


def coverage(book: Book) -> str:
    table = book.data["coverage"]
    versions = book.data["versions"]
    rows = [
        {
            "fact": r.label,
            "kind": r.kind,
            "text": version_label(r.version, versions),
            "status": COVERAGE_LABELS[r.status],
            "evidence": r.evidence,
            "source": source_links(r.source),
            "read": _read(r),
            "second": r.second_reading,
        }
        for r in table.itertuples()
    ]
    return table_html(
        rows,
        {
            "fact": "Fact or voice",
            "kind": "Kind",
            "text": "Text",
            "status": "Carried?",
            "evidence": "Anchor phrase",
            "source": "Copy read",
            "read": "Read",
            "second": "Second reading",
        },
        "Which text carried which fact and voice",
        raw=("source",),
        wide=True,
    )


def second_reading(book: Book) -> str:
    """Every proposal of the second readers, and every change a rule made, with its resolution."""
    from .vocab import CHANGE_KIND_LABELS, RESOLUTION_LABELS

    rows = [
        {
            "key": f"{r.table}: {r.key}",
            "reader": r.reader,
            # Codes joined by ";" read as one word: spaced, a long list wraps between them.
            "proposal": r.proposal.replace(";", "; ").replace(";  ", "; "),
            "decision": _lines(
                ("", escape(RESOLUTION_LABELS[r.decision])),
                ("changed", escape(", ".join(CHANGE_KIND_LABELS[k] for k in split_keys(r.kinds)))),
            ),
            "reason": r.reason,
            "sources": source_links(r.sources) or "–",
        }
        for r in book.data["second_reading"].itertuples()
    ]
    return table_html(
        rows,
        {
            "key": "Table: row",
            "reader": "Proposed by",
            "proposal": "Proposal",
            "decision": "Decision (what changed)",
            "reason": "Why",
            "sources": "Copies checked",
        },
        "The second reading: every proposal and its resolution",
        raw=("decision", "sources"),
        wide=True,
    )


def topics(book: Book) -> str:
    import csv

    from article_analysis.framing.topics import load_topics

    from .chapters.framing import TOPIC_LABELS
    from .paths import data_path

    load_topics(data_path("topics.csv"))  # validated as the analysis reads it
    with open(data_path("topics.csv"), encoding="utf-8", newline="") as handle:
        rows = [
            {"topic": TOPIC_LABELS.get(r["topic"], r["topic"]), "term": r["term"], "note": r["note"]}
            for r in csv.DictReader(handle)
        ]
    del book
    return table_html(
        rows, {"topic": "Topic", "term": "Term (* matches any ending)", "note": "Why"}, "The topic lexicon"
    )


TABLES: dict[str, Callable[[Book], str]] = {
    "timeline": timeline,
    "moscow_format": moscow_format,
    "claims": claims,
    "claim_sources": claim_sources,
    "claim_history": claim_history,
    "sources": sources,
    "actors": actors,
    "versions": versions,
    "chain": chain,
    "rewrite": rewrite,
    "respin": respin,
    "coverage": coverage,
    "second_reading": second_reading,
    "topics": topics,
}


def vocabulary(name: str) -> str:
    """A vocabulary of the book as a definition list, from its one definition in
    :mod:`article_report.vocab`: ``verdicts`` (each as its badge), ``significance``, ``changes``, ``codebook`` (the
    re-write's codes with an example each), ``confidence``."""
    from .vocab import CHANGE_MEANINGS, SIGNIFICANCE_MEANINGS, VERDICT_MEANINGS

    if name == "verdicts":
        items = [(badge(v), meaning) for v, meaning in VERDICT_MEANINGS.items()]
    elif name == "significance":
        items = [(significance_mark(s), meaning) for s, meaning in SIGNIFICANCE_MEANINGS.items()]
    elif name == "changes":
        items = [(escape(CHANGE_LABELS[c]), meaning) for c, meaning in CHANGE_MEANINGS.items()]
    elif name == "codebook":  # the re-write's code book: definition, one example, whether belief changes
        from .vocab import BELIEF_CHANGES, CHANGE_EXAMPLES

        items = [
            (
                f"{escape(CHANGE_LABELS[c])} <code>{escape(c)}</code>",
                f"{meaning}. Example: {CHANGE_EXAMPLES[c]}."
                + (" Changes what a reader believes." if c in BELIEF_CHANGES else ""),
            )
            for c, meaning in CHANGE_MEANINGS.items()
        ]
    elif name == "confidence":
        from .vocab import CONFIDENCE_MEANINGS

        items = [(escape(c), meaning) for c, meaning in CONFIDENCE_MEANINGS.items()]
    elif name == "coverage":
        from .vocab import COVERAGE_MEANINGS

        items = [(escape(COVERAGE_LABELS[s]), meaning) for s, meaning in COVERAGE_MEANINGS.items()]
    elif name == "stored":
        from .vocab import STORED_MEANINGS

        items = [(escape(s), meaning) for s, meaning in STORED_MEANINGS.items()]
    elif name == "found_again":
        from .vocab import FOUND_AGAIN_LABELS, FOUND_AGAIN_MEANINGS

        items = [(escape(FOUND_AGAIN_LABELS[v]), meaning) for v, meaning in FOUND_AGAIN_MEANINGS.items()]
    elif name == "rating":  # the book's scale for ClaimReview's ratingValue, with the verdicts at each place
        from .exports.claimreview import scale_html

        return scale_html()
    elif name == "coding_rules":
        from .vocab import CODING_RULES

        items = [(escape(rule), meaning) for rule, meaning in CODING_RULES.items()]
    elif name in ("frame_functions", "lead_cues", "source_types", "frames"):
        items = _framing_vocabulary(name)
    else:
        raise ValueError(
            f"no vocabulary named {name!r}; known: verdicts, significance, changes, codebook, confidence, coverage, "
            "stored, found_again, coding_rules, rating, frame_functions, frames, lead_cues, source_types"
        )
    body = "".join(f"<dt>{term}</dt><dd>{escape(meaning)}</dd>" for term, meaning in items)
    return f'<dl class="aa-vocabulary aa-vocabulary-{escape(name)}">{body}</dl>'


def article_metadata() -> str:
    """The article's metadata (data/article.yml) as a table: what the loader checks the text against."""
    import yaml

    from .paths import data_path

    labels = {"outlet": "Outlet", "headline": "Headline", "published": "Published", "url": "Address",
              "wire_service": "Wire service", "wire_reporter": "Wire reporter", "rights": "Rights",
              "sha256": "SHA-256 of data/article.txt", "source_file": "Supplied as"}  # fmt: skip
    meta = yaml.safe_load(data_path("article.yml").read_text(encoding="utf-8"))
    # "entry", not "value": a value column keeps its figures on one line, and a headline is no figure.
    rows = [{"field": labels.get(k, k), "entry": str(v)} for k, v in meta.items()]
    return table_html(rows, {"field": "Field", "entry": "Value"}, "data/article.yml: the article's metadata")


def _column_text(field: dict, keys: dict[str, str]) -> str:
    """What a column holds, from its Table Schema field: the description, then what the schema enforces."""
    constraints = field.get("constraints", {})
    said = [field.get("description", "")]
    if "enum" in constraints and not all(f"{v}:" in said[0] for v in constraints["enum"]):
        said.append("one of: " + ", ".join(constraints["enum"]))
    elif "patternMeaning" in field:
        said.append("form: " + field["patternMeaning"])
    if field.get("type", "string") != "string":
        said.append(f"type: {field['type']}")
    if constraints.get("required"):
        said.append("required")
    if field["name"] in keys:
        said.append(keys[field["name"]])
    return "; ".join(s for s in said if s)


def columns(name: str) -> str:
    """The data dictionary of a dataset, with its row count, rendered from its Table Schema in datapackage.json: the
    same schema the loader validates against and a re-user downloads."""
    import csv

    from .curated import package
    from .paths import project_root

    if name not in package.tables():
        raise ValueError(f"no dataset named {name!r}; known: {', '.join(package.tables())}")
    entry = package.resource(name)
    schema = entry["schema"]
    primary = schema.get("primaryKey", [])
    primary = [primary] if isinstance(primary, str) else primary
    others = {f: ", ".join(p for p in primary if p != f) for f in primary}
    keys = {f: "the key of a row" + (f" (with {others[f]})" if others[f] else "") for f in primary}
    for fk in schema.get("foreignKeys", []):
        (field,) = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
        target = fk["reference"]["resource"] or name
        keys[field] = f"an id of {package.resource(target)['path'].split('/')[-1]}"
    path = project_root() / entry["path"]
    with open(path, encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    table = table_html(
        [{"column": f["name"], "meaning": _column_text(f, keys)} for f in schema["fields"]],
        {"column": "Column", "meaning": "What it holds"},
        f"{entry['path']}: {rows} rows; its columns, from datapackage.json",
    )
    # Folded: a phone reader scrolls past a dictionary of 10-18 columns to reach the data (issue 22).
    return fold(table, f"The columns of {entry['path']} ({len(schema['fields'])}), what each holds")


def render(name: str, page_length: int = 25, folded: bool = False) -> str:
    """The table ``name`` for a data page, ready for DataTables; ``folded``, under a line with its caption and
    row count (a page with several long tables stays short on a phone; the table is searchable once open)."""
    if name not in TABLES:
        raise ValueError(f"no data table named {name!r}; known: {', '.join(TABLES)}")
    html = _datatable(TABLES[name](load_book()), name, page_length)
    if not folded:
        return html
    caption = re.search(r"<caption>(.*?)</caption>", html)
    rows = html.count("<tr") - 1  # the head's row is not a data row
    return fold(html, f"{unescape(caption[1]) if caption else name}: {rows} rows")


# --- The framing chapter's tables (data/frame_functions.csv, statements.csv, sources_people.csv,
# sponsorship.csv, framing_changes.csv), validated by their loaders against datapackage.json.


#: The framing chapter's tables: their columns come from datapackage.json like every other table's.
FRAMING_TABLES = (
    "frame_functions",
    "statements",
    "sources_people",
    "sponsorship",
    "framing_changes",
    "mention_readings",
    "detector_checks",
    "framing_second_reading",
)


def _framing_vocabulary(name: str) -> list[tuple[str, str]]:
    """The framing chapter's code book: the four functions, the frames, the lead rule's cue words, source types."""
    from .curated import framing as f

    if name == "frame_functions":
        return [(escape(f.FUNCTION_LABELS[k]), meaning) for k, meaning in f.FUNCTION_MEANINGS.items()]
    if name == "frames":
        return [(escape(label), f"coded {k}") for k, label in f.FRAME_LABELS.items()]
    if name == "lead_cues":
        return [
            (
                escape(f.LEAD_LABELS[k]),
                escape(", ".join(cues) + (f" ({f.LEAD_CUE_SENSES[k]})" if k in f.LEAD_CUE_SENSES else "")),
            )
            for k, cues in f.LEAD_CUES.items()
        ]
    return [(escape(label), f"coded {k}") for k, label in f.SOURCE_TYPE_LABELS.items()]


#: The column that holds a framing table's minor columns, one value a line (so that it fits a desktop column).
MERGED = "start-end"
#: Minor columns folded into the span's cell: what a reader reads beside the words, not apart from them.
_MINOR = ("detector", "finding")


def _fewer_columns(rows: list[dict[str, str]], columns: list[str]) -> tuple[list[dict[str, str]], dict[str, str]]:
    """A framing table's offsets (and its minor columns) in one cell, one value a line, under the schema's names
    ("start-end: 723-767<br>finding: missed"): nine columns do not fit a desktop column (issue 22)."""
    if not {"start", "end"} <= set(columns):
        return rows, {k: k for k in columns}
    minor = [c for c in columns if c in _MINOR]
    merged = [
        {MERGED: _lines(("", escape(f"{r['start']}-{r['end']}")), *((c, escape(r[c])) for c in minor)),
         **{k: v for k, v in r.items() if k not in ("start", "end", *minor)}}
        for r in rows
    ]  # fmt: skip
    kept = [c for c in columns if c not in ("start", "end", *minor)]
    at = len([c for c in columns[: columns.index("start")] if c in kept])
    heading = ", ".join([MERGED, *minor])
    order = [*kept[:at], MERGED, *kept[at:]]
    return merged, {k: heading if k == MERGED else k for k in order}


def _framing_table(name: str) -> Callable[[Book], str]:
    def render_table(book: Book) -> str:
        from .chapters import framing
        from .curated import package

        columns = package.field_names(name)
        if name == "framing_changes":
            table = framing.changes(book)
        elif name == "framing_second_reading":
            table = framing.decisions(book)
        else:
            table = framing.framing_data(book)[name]
        rows = [{k: str(r[k]) for k in columns} for _, r in table.iterrows()]
        return table_html(*_fewer_columns(rows, columns), package.resource(name)["path"], raw=(MERGED,))

    return render_table


TABLES.update({name: _framing_table(name) for name in FRAMING_TABLES})

__all__ = ["TABLES", "columns", "render"]
