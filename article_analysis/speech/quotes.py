"""Direct quotations: their spans, whether they are speech or a quoted term, and who speaks.

Marks are paired within a paragraph: straight ``"`` by alternation, typographic ``“”`` and ``‘’`` by
shape, and a closing ``''`` (two apostrophes, as some wire feeds write it) for either opener; a lone
``’`` between letters is an apostrophe. A quotation left open at the end of its paragraph runs to the
paragraph's end, and the next paragraph, if it opens with a mark, continues it (the news convention
for a quotation over several paragraphs).

A quotation is speech when a speech verb governs it ("Lavrov said", "urged the Taliban"), when it is
a sentence that continues a speaker's words, or when the sentence before it names a speaker
("Prime Minister Elena Varga told parliament:"); a short quotation with no speech verb, or one that
modifies the noun after it ("zombie" firms), is a quoted term, not speech.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ..document import Document
from ..structure.blocks import CAPTION_KINDS, Block
from .cues import COURT_CUE_AFTER_RE, CUE_RE, SOURCE_CUE_RE, alternation, has_sentence_punctuation, mask_abbreviations
from .people import NAME_RE, NICKNAME_AFTER, NICKNAME_BEFORE, People, looks_like_person_name, name_from_run
from .speakers import UNATTRIBUTED, Speaker, appositive_name, classify, leading_subject, subject_before
from .wordlists import FUNCTION_WORDS, TERM_INTRODUCERS

_OPENERS = {'"': ('"', "''"), "“": ("”", '"', "''"), "‘": ("’",), "«": ("»",), "``": ("''",)}
_TERM_INTRO = re.compile(
    rf"(?:{alternation(TERM_INTRODUCERS)}|\bknown\s+\w+ly\s+as|\bscreen(?:s|ed|ing)?)\s*[,:]?\s*$", re.IGNORECASE
)
# The small words a title leaves in lower case ("Ballad of the Salt Road").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "at", "by", "with", "from"}
)
_QUOTED_AS_SAYING = re.compile(
    r"(?P<subject>[^,;:!?\"“”]{1,80}?)\s+(?:is|was|has\s+been|had\s+been)\s+quoted\b"
    r"[^.;:!?\"“”]{0,80}?\bas\s+saying\b"
)
# A verb of describing, its object and "as" before a quotation: "calling it", "described the pair as".
_DESCRIBING = re.compile(
    r"\b(?P<verb>calling|called|describing|described|branding|branded|dubbing|dubbed|labelling|labeling|"
    r"labelled|labeled|terming|termed|likening|likened|hailing|hailed)\s+(?:[\w'’-]+\s+){1,6}?(?:as\s+|to\s+)?$"
    # "dismissed the proposals as", "praised the squad as": a verb of judging takes "as" before the quotation.
    r"|\b(?P<verb2>dismissing|dismissed|dismisses|praising|praised|praises|condemning|condemned|condemns|"
    r"criticising|criticised|criticizing|criticized|denouncing|denounced|slamming|slammed|rejecting|rejected)"
    r"\s+(?:[\w'’-]+\s+){1,6}?as\s+$"
)
# A linking verb before a short quotation makes it a predicate ('the season is "far from over" despite ...'),
# not a modifier of the word after it.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains|remained|seems|seemed|looks|looked)\s+$")
# A post's words after its description: 'shared photos ... with the caption "..."', 'captioned "..."'.
_CAPTION_BEFORE = re.compile(r"\b(?:with\s+the\s+(?:caption|words|message)|captioned)\s*:?\s*$")
_MAX_TERM_WORDS = 4
_MAX_MODIFIER_WORDS = 3
_MAX_OBJECT_WORDS = 6
_MAX_CLAUSE_WORDS = 14
# A clause after the verb, with "that" or without ("told the audience he had written"), or a colon ending it.
_REPORTED_CLAUSE = re.compile(
    r"\bthat\b|:\s*$|\b(?:he|she|they|we|it|I)\s+(?:\w+\s+)?(?:had|has|have|was|were|is|are|would|will|could|"
    r"should|might|did)\b"
)
# Where the next opening mark, or the next mark that may close a quotation opened with each opener, is.
# A name in apposition that ends the sentence after an inverted cue's role phrase: ", Jan Novak."
_APPOSITIVE_AFTER = re.compile(rf",\s*(?P<name>{NAME_RE})(?=\s*(?:[.!?]|$))")
_AFTER_PREPOSITION_AND_ARTICLE = re.compile(r"\b(?:of|about|against|over|on|for|from)\s+(?:a|an|the)\s+$")
_DESCRIPTION = re.compile(r"(?:the|a|an|its|his|her|their)\s", re.IGNORECASE)
_OPENING_MARK = re.compile(r"``|[\"“‘«]|(?<![^\s(\[—–:])'(?=[A-Za-z])")
# British style quotes with straight single marks ('Nobody likes change,' she said). An apostrophe is never an
# opener (it follows a letter) and the opener's close is a mark after the quoted words, not between letters
# ("don't"): after punctuation ('..., but ...,' she said) or a word; a plural possessive ("residents' views")
# only when no other close follows before the next opener.
_ELISIONS = ("em ", "n ", "til ", "cause ", "tis ", "twas ")
_SINGLE_CLOSE = re.compile(r"(?<=\S)'(?![A-Za-z0-9])")
_CLOSING_MARK = {opener: re.compile("|".join(re.escape(c) for c in closers)) for opener, closers in _OPENERS.items()}


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end when left open)
    text: str
    closed: bool
    kind: str = ""  # speech | term
    speaker: str = ""
    speaker_text: str = ""
    attribution: str = ""
    cue: str = ""
    cue_start: int = -1
    block: int = 0
    continues: int = -1  # index of the quotation this one continues (across a paragraph break), or -1
    words: int = 0  # words of the quoted words (the marks excluded)

    @property
    def inner_span(self) -> tuple[int, int]:
        """Offsets of the quoted words without their marks."""
        start = self.start + (2 if self.text.startswith("``") else 1)
        end = self.end
        if self.closed:
            end -= 2 if self.text[start - self.start :].endswith("''") else 1
        return start, max(start, end)

    @property
    def inner(self) -> str:
        """The quoted words without their marks."""
        start, end = self.inner_span
        return self.text[start - self.start : end - self.start]

    @property
    def is_sentence(self) -> bool:
        """Whether the quoted words are a sentence of their own (end in . ! ? or run on, left open)."""
        return not self.closed or bool(re.search(r"[.!?…]\W*$", self.inner.rstrip()))


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after == "s")


def _opener_at(text: str, i: int, end: int) -> str:
    if text.startswith("``", i):
        return "``"
    ch = text[i]
    if ch not in _OPENERS or ch == "'":
        return ""
    if ch == "‘" and i + 1 < end and text[i + 1].isdigit():  # ‘90s
        return ""
    return ch


def _closer_at(text: str, j: int, closers: tuple[str, ...]) -> str:
    for closer in closers:
        if text.startswith(closer, j) and not (closer == "’" and _is_apostrophe(text, j)):
            return closer
    return ""


def _single_close(text: str, i: int, end: int) -> int:
    """Offset of the straight single mark that closes the one opened at ``i``, or -1."""
    if text.startswith(_ELISIONS, i + 1):
        return -1
    limit = _OPENING_MARK.search(text, i + 1, end)
    stop = limit.start() if limit else end
    possessive = -1
    for close in _SINGLE_CLOSE.finditer(text, i + 2, stop):
        j = close.start()
        if text[j - 1] == "s" and re.match(r" [a-z]", text[j + 1 : j + 3]):
            possessive = possessive if possessive >= 0 else j  # "the residents' views": maybe an apostrophe
            continue
        return j
    return possessive


def find_quotation_spans(text: str, blocks: list[Block]) -> list[tuple[int, int, bool, int]]:
    """(start, end, closed, block id) of every quotation, never overlapping, in text order."""
    spans: list[tuple[int, int, bool, int]] = []
    # The block after each: a paragraph that opens with a straight single mark and is left open continues into
    # a next paragraph that opens with one too (British style, a statement over several paragraphs).
    following = {a.id: b for a, b in itertools.pairwise(blocks)}
    for block in blocks:
        i, end = block.start, block.end
        while i < end:
            mark = _OPENING_MARK.search(text, i, end)  # jump to the next mark: no other character opens
            if mark is None:
                break
            i = mark.start()
            if text[i] == "'":
                j = _single_close(text, i, end)
                nxt = following.get(block.id)
                if j >= 0:
                    spans.append((i, j + 1, True, block.id))
                    i = j + 1
                elif (
                    nxt is not None
                    and text.startswith("'", nxt.start)
                    and (not text[block.start : i].strip() or text[block.start : i].rstrip().endswith((":", ",")))
                ):
                    # Opening the paragraph, or after the words that introduce it ("the judge said: '...").
                    spans.append((i, end, False, block.id))  # left open: the next paragraph continues it
                    i = end
                else:
                    i += 1
                continue
            opener = _opener_at(text, i, end)
            if not opener:
                i += 1
                continue
            closers = _OPENERS[opener]
            j = i + len(opener)
            closer = ""
            while j < end:
                candidate = _CLOSING_MARK[opener].search(text, j, end)
                if candidate is None:
                    j = end
                    break
                j = candidate.start()
                closer = _closer_at(text, j, closers)
                if closer:
                    break
                j += 1
            if closer:
                spans.append((i, j + len(closer), True, block.id))
                i = j + len(closer)
                continue
            if opener in ('"', "“", "``"):  # a quotation left open runs to the block's end (news convention)
                spans.append((i, end, False, block.id))
                i = end
                continue
            i += 1
    return _join_paragraphs(text, spans, blocks)


def _join_paragraphs(
    text: str, spans: list[tuple[int, int, bool, int]], blocks: list[Block]
) -> list[tuple[int, int, bool, int]]:
    """A quotation left open at its paragraph's end and the one that opens the next paragraph are one
    quotation over several paragraphs (the news convention)."""
    starts = {b.id: b.start for b in blocks}
    joined: list[tuple[int, int, bool, int]] = []
    for span in spans:
        if joined:
            start, end, closed, block = joined[-1]
            next_block = span[3]
            if not closed and next_block != block and span[0] == starts.get(next_block) and \
                    text[end:span[0]].strip() == "":  # fmt: skip
                joined[-1] = (start, span[1], span[2], block)
                continue
        joined.append(span)
    return joined


def _context(doc: Document, block: Block, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around a quotation, within its block."""
    first = doc.sentence_at(start)
    last = doc.sentence_at(max(start, end - 1))
    left = first.start if first is not None and first.block == block.id else block.start
    last_block = doc.block_at(max(start, end - 1)) or block
    right = last.end if last is not None and last.block == last_block.id else last_block.end
    return min(left, start), max(right, end)


def _cue_after(after: str) -> tuple[str, str, int] | None:
    """``," Lavrov said``, ``," said Lavrov``, ``," according to X``: (speaker phrase, cue, offset in ``after``)."""
    m = re.match(r"\s*,?\s*", after)
    rest_at = m.end() if m else 0
    rest = after[rest_at:]
    masked = mask_abbreviations(rest)
    quoted = _QUOTED_AS_SAYING.match(masked)
    if quoted:  # "Mahrez is quoted by the club's website as saying."
        return rest[: quoted.end("subject")].strip(), "quoted as saying", rest_at
    inverted = re.match(rf"({CUE_RE.pattern}|{SOURCE_CUE_RE.pattern})\s+([^,;:!?\"“”()]{{1,80}})", masked)
    if inverted:
        phrase = rest[inverted.start(2) : inverted.end(2)]
        phrase = re.split(r"\.(?:\s|$)", mask_abbreviations(phrase) + " ")[0]
        phrase = rest[inverted.start(2) : inverted.start(2) + len(phrase)].strip()
        # "said the head of the regional fire service, Jan Novak.": the name after the role speaks.
        tail = _APPOSITIVE_AFTER.match(rest, inverted.end(2))
        if tail and appositive_name(f"{phrase}, {tail.group('name')}"):
            phrase = f"{phrase}, {tail.group('name')}"
        elif tail and _DESCRIPTION.match(phrase) and looks_like_person_name(name_from_run(tail.group("name"))):
            # "asked the market's Iyaloja, Alhaja Sikirat Ogunleye.": a description (even with a local
            # title the word lists lack), then the person's name in apposition, who speaks.
            phrase = tail.group("name")
        return phrase, inverted.group(1), rest_at
    court = COURT_CUE_AFTER_RE.match(masked)
    if court and not CUE_RE.search(masked, 0, court.end("phrase")):  # '"...," Justice Ngozi Eze held.'
        return rest[: court.end("phrase")].strip(), court.group("cue"), rest_at + court.start("cue")
    for cue in CUE_RE.finditer(rest):
        head = rest[: cue.start()]
        if has_sentence_punctuation(head) or len(head.split()) > 14:
            break
        phrase = subject_before(head)
        if phrase:
            return phrase, cue.group(0), rest_at + cue.start()
    return None


_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those)\s+$", re.IGNORECASE)


def _cue_before(before: str) -> tuple[str, str, int] | None:
    """``Lavrov said, "`` or ``urged the Taliban "``: (speaker phrase, cue, cue offset in ``before``); or
    ``According to NASA representatives, ... that "``: the source named after "according to"."""
    for cue in reversed(list(CUE_RE.finditer(before))):
        if _ADJECTIVE_BEFORE.search(before, 0, cue.start()):
            continue  # "the recalled batters", "a stated aim": a participle as an adjective, no speech verb
        between = before[cue.end() :]
        # A "that" clause may run longer before its partial quotation ("said in a statement that Ferris had been").
        # So may a post's description before the colon that introduces it ("posted a photo ... with the caption:").
        longest = _MAX_CLAUSE_WORDS if _REPORTED_CLAUSE.search(between) else _MAX_OBJECT_WORDS
        if has_sentence_punctuation(between, '.;!?"“”') or len(between.split()) > longest:
            continue
        return subject_before(before[: cue.start()]), cue.group(0), cue.start()
    source = SOURCE_CUE_RE.search(before)
    if source and not has_sentence_punctuation(before[source.end() :], '.;!?"“”'):
        phrase = before[source.end() :].split(",")[0].strip()
        if 0 < len(phrase.split()) <= 8:
            return phrase, "according to", source.start()
    return None


def _modifies_next_word(text: str, start: int, end: int) -> bool:
    """The quotation is followed by a content word it modifies: ``"zombie" firms``; not when a comma
    closes it (``"day to day," coach Steve Sarkisian said``)."""
    if re.search(r",\W*$", text[start:end]):
        return False
    following = re.match(r"\s+([a-z][a-z'-]*)\b", text[end : end + 40])
    if not following:
        return False
    word = following.group(1)
    return word not in FUNCTION_WORDS and not CUE_RE.fullmatch(word)


def names_a_thing(doc: Document, q: Quotation) -> bool:
    """Whether a quotation names a thing rather than quoting words: a title, a nickname, a work after its
    kind, a coined phrase after "of a" or one that modifies the noun after it ("zombie" firms). Such a
    quotation stays a term inside a speaker's reported clause; any other there is that speaker's words."""
    text = doc.text
    sentence = doc.sentence_at(q.start)
    before = text[sentence.start if sentence is not None else max(0, q.start - 200) : q.start]
    short = q.words <= _MAX_MODIFIER_WORDS and not q.is_sentence
    if _title_cased(q.inner) or _titled_work(before, q) or _is_nickname(text, q.start, q.end):
        return True
    if short and _AFTER_PREPOSITION_AND_ARTICLE.search(before):
        return True
    return short and _modifies_next_word(text, q.start, q.end) and not _COPULA_BEFORE.search(before)


def _describing_speaker(before: str, people: People) -> tuple[Speaker, str, int] | None:
    """A partial quotation after a verb of describing ("calling it", "described the ruling as"): the
    speaker is the subject of the clause (a participle's is the main clause's), with the verb and its
    offset in ``before``."""
    match = _DESCRIBING.search(before)
    if match is None:
        return None
    verb = match.group("verb") or match.group("verb2")
    phrase = "" if verb.endswith("ing") else subject_before(before[: match.start()])
    if not phrase:
        phrase = leading_subject(before[: match.start()])
    if not phrase:
        return None
    speaker = classify(phrase, people)
    return (speaker, verb, match.start()) if speaker.name or speaker.attribution == "pronoun" else None


# A work named after its kind, in apposition or directly: 'her memoir, "Order, Order"', 'the documentary "Son of X"'.
_WORK_BEFORE = re.compile(
    r"\b(?:memoir|memoirs|autobiography|biography|book|novel|film|documentary|album|song|single|play|series|"
    r"podcast|poem|essay|exhibition|musical|opera|programme|program|column)\s*,?\s*$",
    re.IGNORECASE,
)


def _titled_work(before: str, q: Quotation) -> bool:
    """The quotation is a title or a term: after "so-called", "dubbed" ..., or after the kind of work it names.
    A title opens with a capital: 'had written the book "for the staff who ..."' quotes the writer's words."""
    work = _WORK_BEFORE.search(before)
    if work and q.inner.lstrip(" \"“‘'`")[:1].islower():
        return False
    return bool(work or _TERM_INTRO.search(before))


def _title_cased(words: str) -> bool:
    """A title or a name in quotation marks: every word but the small ones capitalised, two at least, with no
    punctuation of a sentence ('"Ballad of the Salt Road"', '"the White House of Idumota Ridge"')."""
    if re.search(r"[.!?;:]", words.strip().rstrip(",")):
        return False
    tokens = words.strip().rstrip(",").split()
    if not 2 <= len(tokens) <= 10:
        return False
    capitalised = [t for t in tokens if t[:1].isupper()]
    return len(capitalised) >= 2 and all(t[:1].isupper() or t.lower() in _TITLE_SMALL_WORDS for t in tokens)


def _is_nickname(text: str, start: int, end: int) -> bool:
    """A quoted nickname inside a name, between a first name and a surname (``Tunde "Bulldozer" Adeyemi``)."""
    if not text[end - 2 : end - 1].isalnum():
        return False  # ‘Piece by Piece,’ Judge Says: a quotation that ends with its own comma is not inside a name
    return bool(NICKNAME_BEFORE.search(text, max(0, start - 40), start) and NICKNAME_AFTER.match(text, end))


def _speaker_from_previous_sentence(doc: Document, people: People, start: int) -> tuple[Speaker, str, int] | None:
    """A quotation with no speech verb of its own, after a sentence that names the speaker: one that
    ends with a colon and holds a speech verb ("Varga told parliament:"), a speaker's label ending in
    a colon ("Jeremy Corbyn, Labour Party leader:"), or one whose subject is a person the text names
    ("Coach Dan Whitfield was blunt after the loss.")."""
    here = doc.sentence_at(start)
    if here is None or doc.text[here.start : start].strip():
        return None  # the quotation does not open its sentence
    previous = doc.previous_sentence(here)
    if previous is None or previous.kind not in ("paragraph",):
        return None
    sentence = doc.text[previous.start : previous.end]
    if sentence.rstrip().endswith(":"):
        label = sentence.rstrip().rstrip(":")
        cue = _cue_before(label)
        if cue is not None and re.search(r"\b(?:who|which|that)\s+$", label[: cue[2]]):
            cue = None  # "Mark Francois, a Conservative lawmaker who called for May to resign:" is a label
        if cue is not None and cue[0]:
            return classify(cue[0], people), cue[1], previous.start + cue[2]
        if cue is None and len(label.split()) <= 20 and not re.search(r"[\"“”]", label):
            head = re.split(r",", mask_abbreviations(label))[0]
            speaker = classify(label[: len(head)], people)
            if speaker.name:
                return speaker, "", -1
    if '"' in sentence or "“" in sentence:
        return None
    person = people.mentioned_at(previous.start, previous.start + 60)
    if person:
        lead = sentence[: sentence.find(person.split()[-1]) + len(person.split()[-1])]
        subordinate = re.match(r"\s*(?:[Ww]hen|[Ii]f|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Ss]ince)\b", lead)
        if not re.search(r"[,;:]", mask_abbreviations(lead)) and not subordinate:
            return Speaker(lead.strip(), person, "named", True), "", -1
    return None


def _subject_speaker(doc: Document, people: People, start: int) -> Speaker | None:
    """The person a sentence is about when it quotes a few of their words without a speech verb
    ("Sarkisian ... called the quarterback "week to week""; "he stood before him a "chastened man"")."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return None
    subject = leading_subject(doc.text[sentence.start : start])
    if not subject:
        return None
    speaker = classify(subject, people)
    if speaker.attribution in ("pronoun", "group") and (speaker.is_person or speaker.attribution == "group"):
        return speaker
    if speaker.attribution == "named" and speaker.is_person and people.is_person(speaker.name):
        return speaker
    return None


def _lower_title_case_cues(text: str) -> str:
    """A headline in title case writes "Judge Says": lower-case the speech verbs so the cue rules see them."""
    return re.sub(r"\b[A-ZÀ-ÖØ-Þ][a-z]+\b", lambda m: m.group(0).lower()
                  if CUE_RE.fullmatch(m.group(0).lower()) else m.group(0), text)  # fmt: skip


def _next_sentence_cue(doc: Document, block: Block, end: int) -> str:
    """``"...," / Wigenton said.`` cut into two sentences: a short next sentence in the same paragraph
    that holds a speech verb and no quotation completes the quotation's attribution."""
    here = doc.sentence_at(max(0, end - 1))
    following = doc.sentence_at(here.end + 1) if here is not None else None
    if following is None:
        following = doc.first_sentence_from(end, block)
    if following is None or following.block != block.id or doc.text[end : following.start].strip():
        return ""
    sentence = doc.text[following.start : following.end]
    if len(sentence.split()) <= 14 and CUE_RE.search(sentence) and not re.search(r"[\"“”]", sentence):
        return " " + sentence
    return ""


def _previous_paragraph_speech(quotes: list[Quotation], doc: Document, block: Block) -> int:
    """Index of the speech quotation that ends the paragraph just before ``block``, or -1."""
    previous = doc.block_before(block)
    if previous is None or previous.kind != "paragraph":
        return -1
    for i in range(len(quotes) - 1, -1, -1):
        q = quotes[i]
        if q.start < previous.start:
            return -1  # quotations are in text order: none earlier lies in that paragraph
        if q.block == previous.id or previous.start <= q.start < previous.end:
            tail = doc.text[q.end : previous.end]
            if q.kind == "speech" and len(tail.split()) <= 12 and not re.search(r"[.!?]\s+\S", tail):
                return i
            return -1
    return -1


def attribute_quotations(doc: Document, people: People) -> tuple[Quotation, ...]:
    """Find every quotation and attribute the speech ones to a speaker, in text order.

    Pronouns and continuations are resolved afterwards, across quotations and reported speech together
    (see :func:`article_analysis.speech.coref.resolve_references`).
    """
    text = doc.text
    by_id = {b.id: b for b in doc.blocks}
    quotes: list[Quotation] = []
    for start, end, closed, block_id in find_quotation_spans(text, doc.blocks):
        block = by_id[block_id]
        c_start, c_end = _context(doc, block, start, end)
        before, after = text[c_start:start], text[end:c_end]
        if block.kind == "headline":
            before, after = _lower_title_case_cues(before), _lower_title_case_cues(after)
        if not after.strip() and closed and not before.strip():
            # Only a quotation that opens its sentence: a partial one inside a sentence ("called the pods
            # "a stopgap."") is not attributed by the next sentence ("Delgado said the city would ...").
            after = _next_sentence_cue(doc, block, end)
        q = Quotation(start, end, text[start:end], closed, block=block_id)
        q = replace(q, words=doc.words_in(*q.inner_span))
        previous = quotes[-1] if quotes else None
        opens_paragraph = not text[block.start : start].strip()
        short = q.words <= _MAX_MODIFIER_WORDS and not q.is_sentence
        # called it a "reset" plan: a quoted word that modifies the noun after it stays a term.
        describing = bool(_DESCRIBING.search(before)) and not (short and _modifies_next_word(text, start, end))
        if describing:
            pass  # described the offer as "insulting": the words of whoever described it (below)
        elif short and _AFTER_PREPOSITION_AND_ARTICLE.search(before):
            # warned of a "mortgage cliff": a coined phrase inside a noun phrase names a thing; the verb
            # is reported speech of its own.
            quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, -1))
            continue
        elif _titled_work(before, q) or (
            short and (_modifies_next_word(text, start, end) or _is_nickname(text, start, end))
        ):
            quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, -1))
            continue
        described = _describing_speaker(before, people) if describing else None
        if described is not None:  # calling it "a gift to landlords": the clause's subject speaks
            speaker, cue, at = described
            quotes.append(_with(q, "speech", speaker, cue, c_start + at, -1))
            continue
        found = _cue_before(before)
        cue_offset = c_start + found[2] if found else -1
        caption = _CAPTION_BEFORE.search(before) if found is None else None
        if caption is not None and leading_subject(before):
            # 'the deputy, NAME, shared photos ... with the caption "..."': the words of whoever posted them.
            found, cue_offset = (leading_subject(before), "caption", caption.start()), c_start + caption.start()
        if found is None:
            found = _cue_after(after)
            cue_offset = end + found[2] if found else -1
        if found is not None:
            phrase, cue, _ = found
            if not phrase and cue_offset >= 0:  # "Turnbull told colleagues ..., but said": the sentence's subject
                sentence = doc.sentence_at(cue_offset)
                phrase = leading_subject(text[sentence.start : cue_offset]) if sentence else ""
            speaker = classify(phrase, people) if phrase else UNATTRIBUTED
            quotes.append(_with(q, "speech", speaker, cue, cue_offset, -1))
            continue
        if not q.is_sentence and _title_cased(q.inner):
            # 'closes with "Ballad of the Salt Road"', 'a mansion known as "the White House of ..."': no speech
            # verb governs a title or a name.
            quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, -1))
            continue
        same_block_speech = previous is not None and previous.block == block_id and previous.kind == "speech"
        if same_block_speech and (q.is_sentence or q.words > _MAX_TERM_WORDS):
            quotes.append(_with(q, "speech", Speaker("", "", "continuation", True), "", -1, len(quotes) - 1))
            continue
        if q.words <= _MAX_TERM_WORDS and not q.is_sentence:
            subject = _subject_speaker(doc, people, start)
            if subject is not None:  # the pronoun or name opens the sentence: resolve it from there
                sentence = doc.sentence_at(start)
                at = text.find(subject.text, sentence.start, start) if sentence else -1
                quotes.append(_with(q, "speech", subject, "", at, -1))
            else:
                quotes.append(_with(q, "term", Speaker("", "", "", False), "", -1, -1))
            continue
        earlier = _speaker_from_previous_sentence(doc, people, start) if block.kind not in CAPTION_KINDS else None
        if earlier is not None:
            speaker, cue, cue_start = earlier
            quotes.append(_with(q, "speech", speaker, cue, cue_start, -1))
            continue
        carried = _previous_paragraph_speech(quotes, doc, block) if opens_paragraph else -1
        if carried >= 0:  # a paragraph of quotation after one that ends with the same speaker's quotation
            quotes.append(_with(q, "speech", Speaker("", "", "continuation", True), "", -1, carried))
            continue
        quotes.append(_with(q, "speech", UNATTRIBUTED, "", -1, -1))
    return tuple(quotes)


def _with(q: Quotation, kind: str, speaker: Speaker, cue: str, cue_start: int, continues: int) -> Quotation:
    return replace(
        q, kind=kind, speaker=speaker.name, speaker_text=speaker.text, attribution=speaker.attribution,
        cue=" ".join(cue.lower().split()), cue_start=cue_start, continues=continues,
    )  # fmt: skip
