"""Word lists of the time rules: calendar names, numbers, holidays and the words that mark tense."""

from __future__ import annotations

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

#: Present-tense verbs of expecting: "Forecasters expect a cool change on Saturday" speaks of what is still to come.
EXPECTING = ("expect", "expects", "forecast", "forecasts", "predict", "predicts", "anticipate", "anticipates")

#: An infinitive of postponement after a decision ("voted to delay the project until March") points forward
#: what follows it (not what comes before: "voted on Tuesday to delay" is last Tuesday).
POSTPONING = ("to delay", "to postpone", "to defer", "to adjourn", "to push back", "to suspend", "to extend")

#: Present-tense verbs of schedules: "the trial begins Monday" speaks of the coming Monday.
SCHEDULE_VERBS = (
    "begins", "begin", "starts", "start", "opens", "open", "ends", "end", "closes", "close", "resumes", "resume",
    "meets", "meet", "arrives", "arrive", "departs", "leaves", "kicks off", "kick off", "takes effect",
    "take effect", "expires", "expire", "runs", "launches", "goes", "returns", "plays", "faces", "hosts",
    "visits", "travels", "heads", "reopens", "reopen", "convenes", "convene", "falls", "lands", "play", "face",
    "host", "visit", "travel", "return", "head", "takes place", "take place", "comes", "come", "kicks",
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

#: Events a sentence can look forward to, dated by a weekday ("ahead of Saturday's match").
UPCOMING_EVENTS = (
    "final", "finals", "semifinal", "semi-final", "quarterfinal", "quarter-final", "match", "game", "race", "fixture",
    "derby", "clash", "showdown", "opener", "tie", "vote", "election", "runoff", "referendum", "hearing", "trial",
    "sentencing", "summit", "meeting", "talks", "debate", "deadline", "launch", "ceremony", "inauguration",
    "premiere", "concert", "rally", "visit", "auction", "strike", "parade", "festival", "kickoff", "kick-off",
)  # fmt: skip

#: What a number joined to a word by a hyphen counts or measures: "2000-year-old", "a 2021-page report" (no year).
HYPHENATED_MEASURES = (
    "year", "month", "week", "day", "hour", "minute", "second", "page", "seat", "mile", "kilometre", "kilometer",
    "km", "metre", "meter", "foot", "feet", "yard", "acre", "hectare", "square", "ton", "tonne", "pound", "kg",
    "strong", "member", "man", "person", "room", "bed", "point", "percent", "dollar", "euro", "word", "piece",
    "unit", "home", "house", "mph", "litre", "liter", "gallon",
)  # fmt: skip
