"""Word lists of the speech rules: speech verbs, titles and roles, pronouns, speaker heads.

All of it is generic English and newsroom convention; nothing names a person, place or event of one
particular article (those belong in a curated gazetteer)."""

from __future__ import annotations

#: News agencies named in datelines: "PARIS, May 3 (Reuters) -", "NAIROBI, Kenya (AP) —".
DATELINE_AGENCIES = (
    "AP", "Reuters", "AFP", "UPI", "Bloomberg", "dpa", "EFE", "ANSA", "Xinhua", "TASS", "Interfax", "PTI", "IANS",
    "ANI", "CNN", "BBC", "Kyodo", "Yonhap", "Anadolu", "CP", "AAP", "PA",
)  # fmt: skip

#: Lower-cased, without the dot. Used wherever a "." must not be read as a sentence end.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt",
    "maj", "cpl", "pvt", "supt", "insp", "det", "rev", "brig", "fr", "sr", "jr", "st", "mt", "ft", "hon", "pres",
    "atty", "amb", "sec", "dept", "corp", "inc", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vs", "v",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "est", "approx", "fig", "op", "ed",
})  # fmt: skip

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

#: A source cue without a verb: ``"...," according to X`` gives a quotation its speaker; without a quotation
#: it reports speech ("According to police, the driver fled"), unless it names a rule (NOT_SOURCES).
SOURCE_CUES = ("according to",)

#: What "according to" may name that speaks nothing: a rule or a plan ("according to Russian law", "according
#: to the schedule"); any other source it names (a person, a body, a filing, a report) is reported speech.
NOT_SOURCES = frozenset({
    "law", "laws", "legislation", "rule", "rules", "regulation", "regulations", "constitution", "statute",
    "statutes", "tradition", "traditions", "custom", "customs", "plan", "plans", "schedule", "timetable",
    "script", "protocol", "procedure", "procedures", "guidelines", "scripture", "legend", "myth",
})  # fmt: skip

#: Verbs that report speech only when a clause follows ("maintained [that] X are essential"),
#: not with a plain object ("maintained regular contacts").
WEAK_CUES = ("maintained", "maintains", "believes", "believed", "thinks", "thought", "hoped", "hopes")

#: Verbs of the courts that report speech only with a "that" clause ("the judge held that", "counsel
#: submitted that", Indian and Commonwealth court reporting), or when they close a quotation ('"...,"
#: Justice Eze held.'): "held a briefing", "submitted its reply" are not speech.
COURT_CUES = ("held", "holds", "ruled", "rules", "submitted", "submits", "contended", "contends", "averred",
              # What a complaint, lawsuit or indictment sets out ("the complaint alleges that", US court reporting);
              # "the alleged fraud" has no "that" clause.
              "alleges", "alleged")  # fmt: skip

#: Participles that continue the speech of the clause they hang on ("..., adding that ...").
PARTICIPLE_CUES = (
    "adding", "saying", "noting", "stressing", "emphasizing", "emphasising", "warning", "urging",
    "voicing", "calling on", "calling for", "insisting", "arguing", "explaining",
)  # fmt: skip

#: Auxiliaries after which a clause (not an object) follows a weak cue.
CLAUSE_VERBS = ("is", "are", "was", "were", "will", "would", "must", "should", "can", "could", "may", "might",
                "has been", "have been", "had been")  # fmt: skip

#: Words before a speech verb that make it passive or subordinate ("when asked"): not a report.
#: After an article the verb form is an adjective ("an estimated $300 million", "the accused").
NOT_A_REPORT_BEFORE = ("when", "if", "was", "were", "been", "being", "is", "are", "be", "unless", "once", "a", "an",
                       "the")  # fmt: skip

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
    "marshal", "trooper", "deputy", "warden", "attorney general", "solicitor", "barrister", "brigadier",
    "coroner", "paramedic", "veteran", "landlord", "tenant", "homeowner", "shopkeeper", "vendor", "chef",
    "neighbor", "neighbour", "witness", "bystander", "passenger",
    # Courts of the Commonwealth (South Africa, India, Nigeria, Kenya: magistrates' courts, advocates and
    # counsel at the bar) and sport's "skipper", the captain in UK and Australian style.
    "magistrate", "advocate", "counsel", "skipper",
    # How a local story introduces the people in it, lower case before the name as occupational and descriptive
    # titles are (AP Stylebook, "titles"): "parent Luis Ortega", "voter Ana Diaz", "shopper Kim Lee".
    "parent", "voter", "shopper", "commuter", "customer", "patient", "spectator", "motorist", "pedestrian",
    "volunteer", "caregiver", "retiree", "protester", "protestor", "survivor",
    # Occupations a science or weather story writes before a name in the same way ("forecaster Thandi Mokoena").
    "forecaster", "meteorologist", "climatologist", "seismologist", "hydrologist", "geologist", "virologist",
    "pollster",
    # Local-government and election roles before a name ("Supervisor Tom Hadley", "challenger Marcus Delaney").
    "supervisor", "alderman", "alderwoman", "selectman", "trustee", "challenger", "incumbent",
    # Members of a parliament or assembly before their name, as the UK, Irish, Indian and Canadian press write
    # them ("Wexford MP", "Local MLA", "MEP"; BBC and Guardian style guides: MP, MSP, MEP, MLA; MPP in Ontario).
    "mp", "mep", "msp", "mla", "mpp", "registrar",
    # Ireland's head of government and deputy (Bunreacht na hÉireann, Article 28: Taoiseach, Tánaiste),
    # written before a name in Irish copy ("Tánaiste Micheál Martin").
    "taoiseach", "tánaiste", "tanaiste",
    # Sport: positions as the games' laws and leagues name them (MCC Laws of Cricket: batter, bowler,
    # wicket-keeper; World Rugby's laws: fly-half, scrum-half, flanker; football's full-back and wing-back; the
    # NFL's running back and tight end; baseball's infielder, outfielder and relief pitcher), and the standing a
    # sports page gives a player before the name ("Rookie NAME", "Teenager NAME", "Debutant NAME"). Words that
    # are common in other senses (prop, lock, hooker, centre, wing, closer, starter) are left out.
    "runner", "marathoner", "athlete", "cyclist", "golfer",
    "rookie", "debutant", "newcomer", "teenager", "youngster", "substitute", "batter", "batsman", "batswoman",
    "bowler", "spinner", "seamer", "paceman", "all-rounder", "wicket-keeper", "wicketkeeper", "keeper",
    "fly-half", "scrum-half", "flanker", "full-back", "wing-back", "playmaker", "running back", "tight end",
    "infielder", "outfielder", "reliever", "netminder",
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
    "capt": "", "adm": "", "sgt": "", "maj": "", "rev": "", "brig": "", "fr": "m", "sister": "f", "brother": "m",
    "president": "", "mayor": "", "coach": "", "judge": "", "justice": "", "officer": "", "detective": "",
    "chancellor": "", "senator": "", "governor": "", "general": "", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "sheikh": "m", "emir": "m", "mullah": "m", "ayatollah": "m", "pope": "m",
    # West African honorifics of those who have made the hajj (Nigerian press: "Alhaji", "Alhaja", "Hajia").
    "alhaji": "m", "alhaja": "f", "hajia": "f",
    # Police ranks as UK and Australian forces abbreviate them, without full stops ("Det Sen Const",
    # "Det Sgt", "Snr Const", "Insp", "Supt", "DCI").
    "det": "", "const": "", "cst": "", "snr": "", "insp": "", "supt": "", "commr": "", "dci": "",
    # "Cr", councillor, before a name in Australian and New Zealand local-government copy ("Cr Jan Ellis").
    "cr": "",
    # "Comrade", the title trade unionists and party members carry before a name in Nigerian, Ghanaian and
    # South African copy ("Comrade Joe Ajaero", NLC president).
    "comrade": "",
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
    # The minister of finance under other names: Kenya's "Treasury Cabinet Secretary" (its ministers are cabinet
    # secretaries), the US "Treasury Secretary", the UK "Chancellor of the Exchequer".
    "treasury cabinet secretary": "finance minister",
    "cabinet secretary for the national treasury": "finance minister",
    "treasury secretary": "finance minister",
    "chancellor of the exchequer": "finance minister",
    # The captain of a side under its other name in UK, Australian, South African and Indian sports copy.
    "skipper": "captain",
}

#: Abbreviated titles and the role each stands for ("Gov. Ann Ruiz ... the governor said").
ABBREVIATED_TITLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "maj": "major", "adm": "admiral", "prof": "professor",
    "supt": "superintendent", "insp": "inspector", "det": "detective", "cmdr": "commander", "atty": "attorney",
    "amb": "ambassador", "pres": "president", "rev": "reverend", "dr": "doctor", "const": "constable",
    "cst": "constable", "snr": "senior", "commr": "commissioner", "dci": "detective chief inspector",
    "cr": "councillor",
    # Brigadier: the rank South African police spokespeople hold ("Brig. NAME"), and an army rank elsewhere.
    "brig": "brigadier",
}  # fmt: skip

#: Portfolios that follow "of"/"for" in an office's title ("Commissioner for the Environment", "Director of
#: Public Health", "Minister of Foreign Affairs"): the words before the holder's name, not part of it.
PORTFOLIO_WORDS = frozenset({
    # Westminster parliaments' "Leader of the Opposition", "Leader of the House" (UK, India, Australia, Canada).
    "opposition", "house",
    "environment", "health", "public", "affairs", "foreign", "home", "works", "housing", "transport", "agriculture",
    "water", "resources", "information", "communications", "culture", "sport", "sports", "tourism", "security",
    "planning", "development", "finance", "education", "justice", "interior", "trade", "labour", "labor",
    "energy", "defence", "defense", "local", "government", "budget", "economy", "economic", "women", "youth",
    "children", "lands", "mines", "police", "prosecutions", "state", "treasury", "industry", "commerce",
    "infrastructure", "arts", "science", "technology", "social", "welfare", "services", "revenue",
    "immigration", "fisheries", "forestry", "natural", "urban", "rural", "regional", "national", "internal",
    "external", "international", "relations", "power", "roads", "highways", "aviation", "petroleum", "oil",
    "gas", "environmental", "climate", "family", "families", "care", "employment", "digital", "veterans",
    "and", "the", "of", "for", "to", "in", "at",
})  # fmt: skip

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
    "still", "often", "never", "always", "recently", "initially", "first", "finally",
)  # fmt: skip

#: Nouns and adjectives in -ly that end a speaker's phrase ("Lawyers for the family said", "the state assembly
#: said"): no adverb between subject and verb. Common English words in -ly that are not adverbs (as any
#: dictionary gives them: nouns such as family, assembly, supply, rally; adjectives such as elderly, friendly).
NOT_ADVERBS_IN_LY = frozenset({
    "family", "assembly", "supply", "rally", "ally", "monopoly", "anomaly", "reply", "tally", "bully", "folly",
    "elderly", "friendly", "lonely", "lovely", "costly", "deadly", "early", "weekly", "monthly", "daily", "yearly",
    "quarterly", "italy", "sicily", "july",
})  # fmt: skip

#: Sentence adverbs and connectives that open a sentence before its subject ("Meanwhile, a spokeswoman
#: ... said"): never a speaker, whatever follows their comma.
DISCOURSE_ADVERBS = frozenset({
    "meanwhile", "meantime", "however", "separately", "still", "instead", "nonetheless", "nevertheless",
    "moreover", "furthermore", "also", "later", "earlier", "previously", "elsewhere", "yesterday", "today",
    "tonight", "now", "then", "finally", "additionally", "overall", "similarly", "likewise", "indeed", "thus",
    "afterwards", "afterward", "otherwise", "conversely", "regardless", "ultimately", "initially", "currently",
    "recently", "besides", "hence", "therefore", "consequently", "accordingly", "first", "second", "third",
    "next", "again", "too", "so", "yet", "but", "and", "in addition", "in turn", "in response", "by contrast",
    "in contrast", "on the other hand", "at the same time", "for now", "for example", "for instance",
    "of course", "in fact", "in the meantime", "at the time", "since then", "last week", "last year",
})  # fmt: skip

#: Head nouns of a group speaker ("officials", "Russian officials", "residents").
GROUP_HEADS = (
    "officials", "sources", "diplomats", "experts", "analysts", "authorities", "leaders", "members",
    "representatives", "observers", "critics", "residents", "witnesses", "people", "officers", "spokespeople",
    "activists", "lawmakers", "delegates", "workers", "employees", "protesters", "protestors", "voters",
    "investors", "economists", "scientists", "researchers", "doctors", "nurses", "teachers", "parents",
    "students", "police", "prosecutors", "organizers", "organisers", "negotiators", "fans",
    "villagers", "survivors", "relatives", "families", "neighbors", "neighbours", "farmers", "traders",
    "lawyers", "attorneys", "judges", "supporters", "opponents", "senators", "ministers", "executives",
    "strategists", "players", "coaches", "managers", "engineers", "owners", "citizens", "users",
)  # fmt: skip

#: Head nouns of an organisation ("the company", "Northwind Airlines", "the Interior Ministry").
ORGANISATION_HEADS = (
    "company", "firm", "bank", "agency", "ministry", "department", "government", "council", "committee",
    "commission", "board", "court", "office", "union", "group", "party", "team", "club", "airline",
    "airlines", "corp", "corporation", "inc", "ltd", "plc", "association", "federation", "organization",
    "organisation", "institute", "university", "hospital", "police", "army", "military", "administration",
    "authority", "service", "embassy", "foundation", "fund", "network", "league", "parliament", "senate",
    "congress", "kremlin", "white house", "pentagon", "press", "news", "times", "post", "media", "radio",
    "television", "tv", "newspaper", "broadcaster", "channel", "inc.", "co", "co.", "llc", "holdings",
    "capital", "partners", "systems", "technologies", "motors", "energy", "oil", "petroleum", "health", "labs",
    "unit", "district", "directorate", "bureau", "services",
    # Bodies whose names end or open with what they are ("Coalition for Epidemic Readiness", "Wellcome Trust").
    "coalition", "alliance", "trust", "society", "forum", "initiative", "movement", "campaign", "centre", "center",
    "guild", "syndicate", "chamber", "confederation", "tribunal",
)  # fmt: skip

#: Kinds of company that a sentence may open with before the company's name ("Brokerage Dalal Street Research
#: said"), capitalised only as its first word: no part of the name.
ORGANISATION_DESCRIPTORS = (
    "Brokerage", "Broker", "Lender", "Insurer", "Carmaker", "Automaker", "Drugmaker", "Chipmaker", "Retailer",
    "Miner", "Conglomerate", "Airline", "Regulator", "Brewer", "Developer", "Builder", "Shipper",
)  # fmt: skip
