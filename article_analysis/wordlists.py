"""Every word list the analyzer uses, in one place.

All of it is generic English and newsroom convention; nothing names a person, place or event of one
particular article (those belong in a curated gazetteer). Each list says what it is for; the rules
that use them live in the modules by task (structure, speech, timex, actors, framing).
"""

from __future__ import annotations

# --- Structure: photo credits and hand-over lines -------------------------------------------------

#: Photo agencies and credit words that end a caption ("AP Photo/Name", "Getty", "AFP via Getty").
PHOTO_AGENCIES = (
    "AP", "AFP", "Getty", "Getty Images", "Reuters", "EPA", "EPA-EFE", "Shutterstock", "Alamy", "Bloomberg",
    "Xinhua", "TASS", "Sputnik", "Anadolu", "Pool", "iStock", "NurPhoto", "SOPA Images", "LightRocket", "Sipa",
    "Zuma", "ZUMA Press", "PA Images", "Corbis",
)  # fmt: skip
#: Phrases of a line that hands the reader over to appended copy ("For more reporting ..., see below:").
HANDOVER_PHRASES = (
    "see below", "read more below", "read below", "continue below", "continues below", "below:",
    "more reporting from", "more reporting by", "reporting from the", "the following report",
    "the following story", "the following article",
)  # fmt: skip
#: Phrases of a line that credits copy ("... contributed to this report").
ATTRIBUTION_PHRASES = (
    "contributed to this report", "contributed to this story", "contributed to this article",
    "additional reporting by", "with reporting by", "this story was updated", "this story has been updated",
    "this article was updated", "this article has been updated", "this report was updated",
    "this story was corrected", "this article was corrected", "this story has been corrected",
)  # fmt: skip
#: News agencies named in datelines: "PARIS, May 3 (Reuters) -", "NAIROBI, Kenya (AP) —".
DATELINE_AGENCIES = (
    "AP", "Reuters", "AFP", "UPI", "Bloomberg", "dpa", "EFE", "ANSA", "Xinhua", "TASS", "Interfax", "PTI", "IANS",
    "ANI", "CNN", "BBC", "Kyodo", "Yonhap", "Anadolu", "CP", "AAP", "PA",
)  # fmt: skip

# --- Abbreviations that end with a full stop but not a sentence ------------------------------------

#: Lower-cased, without the dot. Used wherever a "." must not be read as a sentence end.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt",
    "maj", "cpl", "pvt", "supt", "insp", "det", "rev", "fr", "sr", "jr", "st", "mt", "ft", "hon", "pres",
    "atty", "amb", "sec", "dept", "corp", "inc", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vs", "v",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "est", "approx", "fig", "op", "ed",
})  # fmt: skip

# --- Speech --------------------------------------------------------------------------------------

#: Verbs that report speech wherever they occur (lower case: "States" in "United States" is no verb;
#: present forms that are also common nouns, such as "reports" or "claims", are left out).
STRONG_CUES = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "urged", "urges", "warned", "warns",
    "announced", "announces", "declared", "declares", "stated", "explained", "explains",
    "insisted", "insists", "claimed", "argued", "argues", "asked", "asks", "vowed", "vows",
    "pledged", "pledges", "promised", "reported", "wrote", "writes", "tweeted", "posted",
    "commended", "commends", "praised", "praises", "replied", "replies", "responded", "responds",
    "confirmed", "confirms", "denied", "denies", "acknowledged", "acknowledges", "admitted", "admits",
    "recalled", "recalls", "complained", "complains", "criticized", "criticised", "criticizes",
    "welcomed", "welcomes", "called on", "calls on", "called for", "calls for", "voiced",
    "expressed", "expresses", "suggested", "suggests", "predicted", "predicts", "cautioned",
    "conceded", "concedes", "countered", "counters", "observed", "remarked", "shouted", "yelled",
    "whispered", "testified", "recounted", "recounts", "quipped", "joked", "boasted", "lamented",
    "laments", "agreed", "agrees", "disagreed", "continued", "continues", "concluded", "pointed out",
    "points out", "reiterated", "reiterates", "answered", "assured", "pleaded", "projected", "estimated",
    "wondered", "mused", "screamed", "cried", "quoted",
)  # fmt: skip
#: A source cue without a verb: ``"...," according to X`` gives a quotation its speaker. It is not
#: reported speech ("according to Russian law" names a source, not a speaker).
SOURCE_CUES = ("according to",)
#: Verbs that report speech only when a clause follows ("maintained [that] X are essential"),
#: not with a plain object ("maintained regular contacts").
WEAK_CUES = ("maintained", "maintains", "believes", "believed", "thinks", "thought", "hoped", "hopes")
#: Participles that continue the speech of the clause they hang on ("..., adding that ...").
PARTICIPLE_CUES = (
    "adding", "saying", "noting", "stressing", "emphasizing", "emphasising", "warning", "urging",
    "voicing", "calling on", "calling for", "insisting", "arguing", "explaining",
)  # fmt: skip
#: Auxiliaries after which a clause (not an object) follows a weak cue.
CLAUSE_VERBS = ("is", "are", "was", "were", "will", "would", "must", "should", "can", "could", "may", "might",
                "has been", "have been", "had been")  # fmt: skip
#: Words before a speech verb that make it passive or subordinate ("when asked"): not a report.
NOT_A_REPORT_BEFORE = ("when", "if", "was", "were", "been", "being", "is", "are", "be", "unless", "once")
#: Words right before a quotation that make it a name or term, not speech ("the so-called ...").
TERM_INTRODUCERS = (
    "so-called", "called", "dubbed", "named", "known as", "termed", "labelled", "labeled", "the word",
    "the term", "the phrase", "titled", "entitled", "the film", "the book", "the song", "the album",
    "the show", "the series", "the novel", "the play", "the hashtag", "the slogan", "nicknamed",
)  # fmt: skip
#: Function words after which a short quotation continues the running sentence (so it is not a
#: noun modifier like "zombie" firms): "described it as "constructive" and ...".
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "to", "of", "in", "on", "at", "for", "with",
    "as", "by", "from", "into", "onto", "about", "than", "that", "which", "who", "whom", "whose", "when",
    "where", "while", "if", "because", "although", "though", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
    "might", "must", "not", "no", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "this", "these", "those", "there", "here", "then", "also", "even", "only", "just",
    "after", "before", "since", "until", "over", "under", "against", "between", "among", "during",
})  # fmt: skip

#: Nouns that name an office or role; a capitalised run that holds one is a title, not a name.
ROLE_WORDS = (
    "minister", "president", "vice president", "prime minister", "premier", "envoy", "ambassador",
    "diplomat", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor", "king", "queen",
    "prince", "princess", "general", "commander", "chief", "head", "leader", "director", "senator",
    "governor", "mayor", "chairman", "chairwoman", "chair", "chairperson", "representative", "negotiator",
    "lawmaker", "legislator", "congressman", "congresswoman", "councilman", "councilwoman", "councillor",
    "councilor", "council member", "official", "officer", "adviser", "advisor", "emir", "sheikh", "mullah",
    "ayatollah", "pope", "judge", "justice", "prosecutor", "attorney", "lawyer", "editor", "correspondent",
    "analyst", "economist", "strategist", "executive", "founder", "co-founder", "owner", "manager", "coach",
    "captain", "striker", "midfielder", "defender", "goalkeeper", "forward", "guard", "quarterback",
    "pitcher", "player", "engineer", "scientist", "researcher", "professor", "teacher", "principal",
    "superintendent", "sheriff", "detective", "inspector", "constable", "commissioner", "delegate",
    "treasurer", "auditor", "controller", "partner", "president-elect", "nurse", "doctor", "physician",
    "surgeon", "farmer", "resident", "activist", "organizer", "organiser", "candidate", "nominee",
    "speaker", "whip", "clerk", "administrator", "regulator", "trader", "investor", "banker", "broker",
    "worker", "student", "pilot", "firefighter", "ceo", "cfo", "coo", "cto", "winger", "fullback",
    "centre-back", "center-back", "shortstop", "catcher", "receiver", "linebacker", "defenseman", "goalie",
    "jockey", "driver", "rider", "swimmer", "sprinter", "boxer", "photographer", "astronomer", "architect",
    "chemist", "biologist", "physicist", "epidemiologist", "historian", "author", "writer", "novelist",
    "actor", "actress", "singer", "artist", "designer", "consultant", "entrepreneur", "businessman",
    "businesswoman", "scholar", "fellow", "lecturer", "dean", "provost", "rector", "bishop", "cardinal",
    "rabbi", "imam", "pastor", "priest", "reverend", "sergeant", "lieutenant", "colonel", "major", "admiral",
    "marshal", "trooper", "deputy", "warden", "spokesperson", "attorney general", "solicitor", "barrister",
    "coroner", "paramedic", "veteran", "landlord", "tenant", "homeowner", "shopkeeper", "vendor", "chef",
)  # fmt: skip
#: Words that may open a title but are not its head ("Deputy", "Foreign", "Majority").
TITLE_MODIFIERS = (
    "foreign", "prime", "deputy", "vice", "acting", "interim", "special", "presidential", "chief", "senior",
    "junior", "assistant", "associate", "executive", "financial", "operating", "technology", "majority",
    "minority", "state", "federal", "national", "regional", "county", "city", "district", "general",
    "attorney", "defense", "defence", "interior", "finance", "health", "labor", "labour", "trade", "energy",
    "education", "justice", "home", "press", "managing", "first", "former", "then", "new", "outgoing",
    "incoming", "top", "lead", "head", "union", "party", "team", "club", "supreme", "high", "grand",
)  # fmt: skip
#: Honorifics and short titles before a name; the value is the gender they mark ("" when none).
HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "madam": "f", "dr": "", "prof": "", "sen": "", "rep": "", "gov": "", "gen": "", "lt": "", "col": "",
    "capt": "", "adm": "", "sgt": "", "maj": "", "rev": "", "fr": "m", "sister": "f", "brother": "m",
    "president": "", "mayor": "", "coach": "", "judge": "", "justice": "", "officer": "", "detective": "",
    "chancellor": "", "senator": "", "governor": "", "general": "", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "sheikh": "m", "emir": "m", "mullah": "m", "ayatollah": "m", "pope": "m",
}  # fmt: skip
#: Role nouns that mark gender, for matching "he"/"she" to a person.
GENDERED_NOUNS = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "congressman": "m",
    "congresswoman": "f", "councilman": "m", "councilwoman": "f", "businessman": "m", "businesswoman": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "father": "m", "mother": "f", "son": "m",
    "daughter": "f", "husband": "m", "wife": "f", "brother": "m", "sister": "f", "man": "m", "woman": "f",
    "boy": "m", "girl": "f", "widow": "f", "widower": "m", "actress": "f", "grandmother": "f",
    "grandfather": "m", "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f",
}  # fmt: skip
#: Roles that name the same office in different words.
ROLE_SYNONYMS = {
    "top diplomat": "foreign minister",
    "chief diplomat": "foreign minister",
    "foreign secretary": "foreign minister",
    "head of state": "president",
    "premier": "prime minister",
    "head of government": "prime minister",
    "chief executive officer": "chief executive",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
}
#: Lower-case particles inside personal names ("Erik van Dijkstra", "Abu Bakr al-Baghdadi").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das",
                            "ten", "ter", "bin", "ibn", "al", "el", "la", "le", "abu", "bint", "y"})  # fmt: skip
#: Personal pronouns and what they can refer to.
PRONOUNS = {"he": "person", "she": "person", "i": "person", "it": "organisation", "they": "group", "we": "group"}
PRONOUN_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f", "him": "m", "hers": "f", "himself": "m",
                  "herself": "f"}  # fmt: skip
#: Relative pronouns: a speaker written as one of these is the noun phrase it refers back to.
RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
#: Words between a subject and its verb that are not part of the subject ("Russia has reportedly said").
AUXILIARIES = (
    "has", "have", "had", "also", "then", "later", "again", "once", "would", "will", "did", "does", "do",
    "earlier", "previously", "repeatedly", "reportedly", "publicly", "separately", "further", "already",
    "still", "often", "never", "always", "recently", "initially", "first", "finally", "had",
)  # fmt: skip
#: Leading words that are not part of a speaker's noun phrase.
LEADING_STOPWORDS = ("the", "a", "an", "but", "and", "so", "yet", "while", "as", "then", "however")
#: Head nouns of a group speaker ("officials", "Russian officials", "residents").
GROUP_HEADS = (
    "officials", "sources", "diplomats", "experts", "analysts", "authorities", "leaders", "members",
    "representatives", "observers", "critics", "residents", "witnesses", "people", "officers", "spokespeople",
    "activists", "lawmakers", "delegates", "workers", "employees", "protesters", "protestors", "voters",
    "investors", "economists", "scientists", "researchers", "doctors", "nurses", "teachers", "parents",
    "students", "police", "prosecutors", "organizers", "organisers", "negotiators", "officers", "fans",
    "villagers", "survivors", "relatives", "families", "neighbors", "neighbours", "farmers", "traders",
    "lawyers", "attorneys", "judges", "supporters", "opponents", "senators", "ministers", "executives",
    "analysts", "strategists", "players", "coaches", "managers", "engineers", "owners", "citizens", "users",
)  # fmt: skip
#: Head nouns of an organisation ("the company", "Northwind Airlines", "the Interior Ministry").
ORGANISATION_HEADS = (
    "company", "firm", "bank", "agency", "ministry", "department", "government", "council", "committee",
    "commission", "board", "court", "office", "union", "group", "party", "team", "club", "airline",
    "airlines", "corp", "corporation", "inc", "ltd", "plc", "association", "federation", "organization",
    "organisation", "institute", "university", "hospital", "police", "army", "military", "administration",
    "authority", "service", "embassy", "foundation", "fund", "network", "league", "parliament", "senate",
    "congress", "kremlin", "white house", "pentagon", "press", "news", "times", "post", "media", "radio",
    "television", "tv", "newspaper", "broadcaster", "channel", "inc.", "co", "co.", "llc", "group", "holdings",
    "capital", "partners", "systems", "technologies", "motors", "energy", "oil", "petroleum", "health", "labs",
)  # fmt: skip

#: Collective nouns for a state's people or rulers: "Afghan authorities", "Russian officials" label a party.
PARTY_NOUNS = (
    "authorities", "officials", "government", "leadership", "leaders", "rulers", "regime", "factions", "parties",
    "representatives", "forces", "troops", "military", "militants", "fighters", "diplomats", "delegation",
    "people", "citizens", "side", "administration", "opposition", "insurgents", "movement",
)  # fmt: skip

# --- Time ----------------------------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
                       "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: Seasons as months of the northern hemisphere (meteorological seasons).
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
#: A capitalised word after a weekday that makes it part of a name ("Sunday Times"), not a date.
WEEKDAY_NAME_FOLLOWERS = ("Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Mail", "Independent",
                          "Observer", "Star", "Sport", "School", "Service", "Group", "League", "Club", "Night Live",
                          "Morning Herald", "Bloody")  # fmt: skip
#: Words that make the clause around a time expression speak of the future (strong: a verb form).
FUTURE_AUXILIARIES = ("will", "shall", "would", "could", "might", "may", "must", "should", "ll", "wo")
FUTURE_PHRASES = (
    "going to", "due to", "set to", "expected to", "scheduled to", "scheduled for", "slated to", "slated for",
    "planned for", "plans to", "plan to", "aims to", "aim to", "poised to", "about to", "is to", "are to",
    "set for", "due on", "due in", "from now", "planned to", "wanted to", "intended to", "hoped to", "aimed to",
    "was to", "were to", "was due", "were due", "was set to", "were set to", "was scheduled", "were scheduled",
    "was expected to", "were expected to",
)  # fmt: skip
#: Present-tense verbs of schedules: "the trial begins Monday" speaks of the coming Monday.
SCHEDULE_VERBS = (
    "begins", "begin", "starts", "start", "opens", "open", "ends", "end", "closes", "close", "resumes", "resume",
    "meets", "meet", "arrives", "arrive", "departs", "leaves", "kicks off", "kick off", "takes effect",
    "take effect", "expires", "expire", "runs", "launches", "goes", "returns", "plays", "faces", "hosts",
    "visits", "travels", "heads", "reopens", "reopen", "convenes", "convene", "falls", "lands", "play", "face",
    "host", "visit", "travel", "return", "head", "takes place", "take place", "comes", "come", "kicks", "opens",
)  # fmt: skip
#: Weak signals, used only when no verb decides: the direction they point to.
WEAK_FUTURE = ("next", "coming", "upcoming", "until", "till", "by", "later", "ahead", "forthcoming")
WEAK_PAST = ("ago", "earlier", "last", "previously", "recently", "since", "former", "past", "already")
#: Holidays with a fixed date (month, day), by name as written.
FIXED_HOLIDAYS = {
    "New Year's Day": (1, 1),
    "New Year’s Day": (1, 1),
    "Valentine's Day": (2, 14),
    "Valentine’s Day": (2, 14),
    "Fourth of July": (7, 4),
    "Independence Day": (7, 4),
    "Halloween": (10, 31),
    "Veterans Day": (11, 11),
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Christmas": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
    "New Year’s Eve": (12, 31),
}
#: Holidays on the n-th weekday of a month: (month, weekday 0=Monday, n; -1 for the last).
WEEKDAY_HOLIDAYS = {"Thanksgiving": (11, 3, 4), "Labor Day": (9, 0, 1), "Memorial Day": (5, 0, -1),
                    "Martin Luther King Jr. Day": (1, 0, 3), "Presidents Day": (2, 0, 3)}  # fmt: skip
#: Irregular past-tense verbs (regular ones end in -ed).
IRREGULAR_PAST = frozenset({
    "was", "were", "had", "did", "said", "told", "took", "began", "met", "went", "came", "left", "made", "held",
    "won", "lost", "fell", "rose", "saw", "gave", "found", "got", "became", "brought", "bought", "built",
    "chose", "drove", "flew", "grew", "knew", "led", "ran", "sold", "sent", "spent", "stood", "struck", "swore",
    "thought", "threw", "understood", "woke", "wore", "wrote", "spoke", "broke", "caught", "fought", "paid",
    "kept", "felt", "heard", "meant", "sat", "shot", "slept", "taught", "tore", "hung", "lay", "lent", "overtook",
    "withdrew", "undertook", "forgave", "drew", "dealt", "sought", "fled", "froze", "hid", "rode", "rang",
    "sang", "sank", "shook", "slid", "stole", "stuck", "swam", "swept", "swung", "bore", "beat", "bit", "bled",
    "bred", "clung", "crept", "dug", "fed", "forbade", "forgot", "ground", "arose", "awoke",
})  # fmt: skip
#: Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED = frozenset({"need", "needed", "feed", "speed", "seed", "red", "bed", "shed", "bled", "embed", "indeed",
                         "proceed", "succeed", "exceed", "agreed", "weed", "greed", "creed", "breed", "deed",
                         "steed", "tweed", "hundred", "sacred", "naked", "wicked", "kindred"})  # fmt: skip
#: Plural count nouns after a bare four-digit number that make it a count, not a year ("2000 people").
COUNT_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "residents", "workers", "jobs", "students", "voters", "cases",
    "deaths", "homes", "houses", "cars", "vehicles", "tons", "tonnes", "miles", "kilometers", "kilometres",
    "meters", "metres", "feet", "dollars", "euros", "pounds", "rubles", "points", "votes", "members", "fans",
    "tickets", "units", "copies", "barrels", "acres", "hectares", "refugees", "migrants", "children", "men",
    "women", "patients", "employees", "staff", "officers", "police", "flights", "passengers", "prisoners",
})  # fmt: skip

# --- Framing: distancing and evaluative words (package data files, documented row by row) ---------


def _lexicon(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon CSV shipped with the package (``article_analysis/lexicons/NAME``)."""
    import csv
    import io
    from importlib.resources import files

    text = files("article_analysis").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


#: Words and phrases that distance a writer from what they report, by device (lexicons/hedges.csv).
HEDGES: dict[str, str] = {row["term"]: row["device"] for row in _lexicon("hedges.csv")}
HEDGE_DEVICES = ("distancing_adverb", "distancing_label", "attribution", "modal", "epistemic_adverb",
                 "epistemic_verb", "conditional", "scare_quotes")  # fmt: skip
#: The distancing devices proper (not modals or conditionals): "hedge added" in a re-write means these.
HEDGE_TERMS = tuple(t for t, d in HEDGES.items() if d in ("distancing_adverb", "distancing_label", "attribution"))
#: Evaluative words: a sentence that uses one without attributing it is the writer's own judgement.
EVALUATIVE_TERMS = tuple(row["term"] for row in _lexicon("evaluative.csv"))
