"""The analysis as a list of stages: the notebooks and the command line share it.

The document (tokens, blocks, sentences) is computed once. Each stage is a function of the document and
the results of earlier stages that returns new results, and changes nothing it is given:

    people -> quotations attributed -> reported speech -> people with the speakers -> pronouns and
    continuations resolved (quotes, reports) -> time expressions -> hedges, evaluations
    -> mentions (with a gazetteer) -> labels

``run_stages(doc, PIPELINE[:3])`` runs a part of it; :func:`analyze` runs all of it and adds the tables
(:mod:`article_analysis.tables`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from . import background
from .actors.gazetteer import Actor
from .actors.mentions import Mention, find_mentions
from .article import Article
from .document import Document
from .errors import InputError
from .framing.evaluation import find_evaluations
from .framing.hedges import Hedge, find_hedges
from .framing.labels import Label, find_labels
from .framing.topics import TopicLexicon
from .speech.coref import resolve_references
from .speech.people import People, index_people, looks_like_person_name
from .speech.quotes import Quotation, attribute_quotations
from .speech.reported import ReportedSpeech, find_reported_speech
from .structure.blocks import RUNNING_TEXT_KINDS, Block
from .structure.sentences import Sentence
from .tables import Tables
from .timex import TimeExpression, find_time_expressions

#: What a caller may give besides the document: the actor gazetteer and the topic lexicon.
INPUTS = ("gazetteer", "topic_lexicon")


@dataclass(frozen=True)
class Stage:
    """One step: ``run(document, results)`` reads the results named in ``needs`` and returns a mapping of
    the results named in ``gives``."""

    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]
    run: Callable[[Document, Mapping[str, Any]], Mapping[str, Any]]


def _speakers(doc: Document, r: Mapping[str, Any]) -> Mapping[str, Any]:
    # Names the text uses as speakers ("said Luc Moreau") are people too, for the pronouns that follow.
    named = [x.speaker for x in (*r["attributed"], *r["reported"])
             if x.attribution == "named" and looks_like_person_name(x.speaker)]  # fmt: skip
    return {"speakers": r["people"].with_speakers(named)}


def _resolved(doc: Document, r: Mapping[str, Any]) -> Mapping[str, Any]:
    quotes, reports = resolve_references(doc, r["attributed"], r["reported"], r["speakers"])
    return {"quotes": quotes, "reports": reports}


PIPELINE: tuple[Stage, ...] = (
    Stage("people", (), ("people",), lambda doc, r: {"people": index_people(doc)}),
    Stage("quotations", ("people",), ("attributed",),
          lambda doc, r: {"attributed": attribute_quotations(doc, r["people"])}),
    Stage("reported speech", ("attributed", "people"), ("reported",),
          lambda doc, r: {"reported": find_reported_speech(doc, r["attributed"], r["people"])}),
    Stage("speakers", ("attributed", "reported", "people"), ("speakers",), _speakers),
    Stage("references", ("attributed", "reported", "speakers"), ("quotes", "reports"), _resolved),
    Stage("time expressions", (), ("dates",), lambda doc, r: {"dates": find_time_expressions(doc)}),
    Stage("hedges", ("quotes", "reports"), ("hedges",),
          lambda doc, r: {"hedges": find_hedges(doc, r["quotes"], r["reports"])}),
    Stage("evaluations", ("quotes", "reports"), ("evaluations",),
          lambda doc, r: {"evaluations": find_evaluations(doc, r["quotes"], r["reports"])}),
    Stage("mentions", ("gazetteer",), ("mentions",),
          lambda doc, r: {"mentions": find_mentions(doc, r["gazetteer"])}),
    Stage("labels", ("mentions",), ("labels",), lambda doc, r: {"labels": find_labels(doc, r["mentions"])}),
)  # fmt: skip


def run_stages(
    doc: Document, stages: Sequence[Stage] = PIPELINE, *, elsewhere: Mapping[str, Future] | None = None, **inputs: Any
) -> Mapping[str, Any]:
    """Run ``stages`` in order on ``doc`` and return every result by name (read-only).

    ``inputs`` are ``gazetteer`` (a list of :class:`~article_analysis.actors.gazetteer.Actor`) and
    ``topic_lexicon``; a stage that needs an input not given is left out, with the stages after it that
    need its results. A stage that needs a result no earlier stage gives is a mistake in the list.
    ``elsewhere`` holds results being computed by another process (see :mod:`.background`): a stage
    whose results are all there takes them instead of running.
    """
    elsewhere = elsewhere or {}
    unknown = set(inputs) - set(INPUTS)
    if unknown:
        raise TypeError(f"unknown input(s): {', '.join(sorted(unknown))}; the inputs are {', '.join(INPUTS)}")
    results: dict[str, Any] = {name: value for name, value in inputs.items() if value is not None}
    skipped: set[str] = {name for name in INPUTS if name not in results}
    giver = {name: "the caller" for name in results}
    for stage in stages:
        if any(need in skipped for need in stage.needs):
            skipped.update(stage.gives)
            continue
        missing = [need for need in stage.needs if need not in results]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage gives")
        again = [name for name in stage.gives if name in results]
        if again:  # a result, once given, is never replaced: later stages give new names
            raise ValueError(f"stage {stage.name!r} gives {again[0]}, which stage {giver[again[0]]!r} gave already")
        if all(name in elsewhere for name in stage.gives):
            given = {name: elsewhere[name].result() for name in stage.gives}
        else:
            given = stage.run(doc, MappingProxyType(results))
        results.update({name: given[name] for name in stage.gives})
        giver.update({name: stage.name for name in stage.gives})
    return MappingProxyType(results)


@dataclass(frozen=True)
class Analysis:
    """The article, its document, every stage's results and every table (by CSV name)."""

    article: Article
    document: Document
    results: Mapping[str, Any]
    tables: Tables = field(repr=False)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.document.blocks

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.document.sentences

    @property
    def people(self) -> People:
        return self.results["speakers"]

    @property
    def quotes(self) -> tuple[Quotation, ...]:
        return self.results["quotes"]

    @property
    def reports(self) -> tuple[ReportedSpeech, ...]:
        return self.results["reports"]

    @property
    def dates(self) -> tuple[TimeExpression, ...]:
        return self.results["dates"]

    @property
    def hedges(self) -> tuple[Hedge, ...]:
        return self.results["hedges"]

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return self.results.get("mentions", ())

    @property
    def labels(self) -> tuple[Label, ...]:
        return self.results.get("labels", ())


def analyze(
    article: Article, actors: list[Actor] | None = None, topics: TopicLexicon | None = None, workers: int | None = None
) -> Analysis:
    """Run every stage on ``article``; general for any English news text.

    With a gazetteer (``actors``, from :func:`article_analysis.actors.gazetteer.load_gazetteer`) the
    actor tables are added: ``mentions``, ``actors``, ``cooccurrence`` and ``labels``. With a topic
    lexicon (:func:`article_analysis.framing.topics.load_topics`), ``topics``. ``workers``: processes a
    long text may use (default: the cores available, or ``ARTICLE_ANALYSIS_WORKERS``); the analysis is
    the same whatever their number.
    """
    doc = Document.from_text(article.text, article.published, workers)
    if not any(b.words for b in doc.blocks if b.kind in RUNNING_TEXT_KINDS):
        raise InputError(article.path or "<text>", "has no paragraphs of text (no words outside punctuation)")
    elsewhere = background.start(doc) if background.worth_it(doc, workers) else {}
    stages_elsewhere = {name: elsewhere[name] for name in background.RESULTS if name in elsewhere}
    tables_elsewhere = {name: elsewhere[name] for name in background.TABLES if name in elsewhere}
    results = run_stages(doc, PIPELINE, elsewhere=stages_elsewhere, gazetteer=actors, topic_lexicon=topics)
    return Analysis(article, doc, results, Tables(doc, results, tables_elsewhere))
