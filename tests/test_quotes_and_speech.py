"""Quotations (speech or term, speaker, attribution) and reported speech, on small synthetic texts."""

from __future__ import annotations

from article_analysis import analyze
from article_analysis.article import Article


def run(text: str):
    return analyze(Article(text=text, published=__import__("datetime").date(2021, 10, 20)))


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    return [(q.inner, q.kind, q.speaker, q.attribution) for q in run(text).quotes]


INTRO = "Foreign Minister Anna Berg met envoys. President Omar Diaz spoke too.\n\n"


def test_named_speaker_after_the_quotation() -> None:
    assert quotes(INTRO + '"We are ready to help," Berg said.')[0] == (
        "We are ready to help,", "speech", "Anna Berg", "named",
    )  # fmt: skip


def test_inverted_said_clause() -> None:
    assert quotes(INTRO + '"We are ready to help," said Diaz.')[0][2:] == ("Omar Diaz", "named")


def test_split_quotation_around_its_said_clause() -> None:
    found = quotes(INTRO + '"We are ready," Berg said, "and we will send aid next week."')
    assert [(kind, speaker) for _, kind, speaker, _ in found] == [
        ("speech", "Anna Berg"),
        ("speech", "Anna Berg"),
    ]


def test_partial_quotation_inside_a_sentence() -> None:
    found = quotes(INTRO + 'Berg urged the delegates "not to allow any delay in the delivery of aid."')
    assert found == [("not to allow any delay in the delivery of aid.", "speech", "Anna Berg", "named")]


def test_quoted_names_are_terms_and_a_group_s_words_are_its_speech() -> None:
    found = quotes('The so-called "Moscow format" met again. Critics call it a "talking shop" of envoys.')
    # A name introduced by "so-called" is a term; a few words of a group that opens the sentence are
    # that group's (a partial quotation), as a reader would attribute them.
    assert [(kind, speaker) for _, kind, speaker, _ in found] == [("term", ""), ("speech", "critics")]


def test_role_title_identifies_a_person_named_elsewhere() -> None:
    text = INTRO + 'The country\'s top diplomat urged calm, saying "there is no need for panic at all."'
    found = run(text).quotes
    assert (found[0].speaker, found[0].attribution) == ("Anna Berg", "role")


def test_role_that_fits_two_people_stays_unresolved() -> None:
    text = (
        "Foreign Minister Anna Berg and Defence Minister Lev Orlov met.\n\n"
        'The minister said "this is a very good day for all of us."'
    )
    q = run(text).quotes[0]
    # Two ministers fit "the minister": no guess; the speaker stays the phrase, as written inside a sentence.
    assert (q.speaker, q.attribution) == ("the minister", "role-unresolved")


def test_pronoun_refers_back_to_the_last_named_speaker() -> None:
    text = INTRO + '"Aid is coming soon," Diaz said.\n\nHe added: "We will not wait for anyone else."'
    last = run(text).quotes[-1]
    assert (last.speaker, last.attribution) == ("Omar Diaz", "pronoun")


def test_pronoun_with_no_earlier_speaker_is_not_guessed() -> None:
    q = run('He said: "We will not wait for anyone else to act."').quotes[0]
    assert (q.speaker, q.attribution) == ("", "pronoun")


def test_unattributed_quotation() -> None:
    q = run('The report ended with a line: "Nothing will be the same again after this week."').quotes[0]
    assert q.kind == "speech" and q.attribution == "unattributed" and q.speaker == ""


def test_continuation_in_the_same_paragraph() -> None:
    text = INTRO + '"Aid is coming," Berg said. "We will send it by plane before the winter sets in."'
    last = run(text).quotes[-1]
    assert (last.speaker, last.attribution) == ("Anna Berg", "continuation")


def test_typographic_quotes_and_apostrophes() -> None:
    text = INTRO + "“We’re ready to help the country’s people,” Berg said. The ‘troika’ met."
    found = run(text).quotes
    assert [q.inner for q in found] == ["We’re ready to help the country’s people,", "troika"]
    assert [q.kind for q in found] == ["speech", "term"]


def test_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    found = run(INTRO + '"This is a quotation that continues into the next paragraph, Berg said.').quotes
    assert not found[0].closed and found[0].text.endswith("paragraph, Berg said.")


def test_reported_speech_speakers_and_cues() -> None:
    text = INTRO + (
        "Last week, President Omar Diaz noted that there was no rush, but emphasized the need for talks.\n\n"
        "Officials said the aid would arrive soon, the agency reported.\n\n"
        "When asked about the delay, the ministry has maintained its plans are unchanged.\n\n"
        "The embassy has maintained regular contacts with the group since August."
    )
    rows = [(r.speaker, r.attribution, r.cue) for r in run(text).reports]
    assert ("Omar Diaz", "named", "noted") in rows
    assert ("Omar Diaz", "named", "emphasized") in rows  # the second verb shares the subject
    assert ("officials", "group", "said") in rows  # as written mid-sentence
    assert ("agency", "group", "reported") not in rows and any(cue == "reported" for *_, cue in rows)
    assert not any(cue == "asked" for *_, cue in rows)  # passive "when asked" reports nothing
    maintained = [r for r in rows if r[2] == "maintained"]
    assert len(maintained) == 1  # "maintained regular contacts" is not speech


def test_pronoun_in_reported_speech_and_participle() -> None:
    text = INTRO + '"We will help," Berg said.\n\nAt the same time, he stressed the risks, adding that talks go on.'
    rows = [(r.speaker, r.attribution, r.cue) for r in run(text).reports]
    assert rows == [("Anna Berg", "pronoun", "stressed"), ("Anna Berg", "pronoun", "adding")]


def test_direct_quotation_cue_is_not_repeated_as_reported_speech() -> None:
    analysis = run(INTRO + 'Berg said, "forming an inclusive government" is necessary.')
    assert len(analysis.quotes) == 1 and analysis.reports == ()


def test_title_without_a_name_does_not_crash() -> None:
    # Found by hypothesis: a speaker phrase that is only a title leaves no name to expand.
    q = run('"We will certainly not wait for anything at all," Minister said.').quotes[0]
    assert (q.kind, q.speaker, q.attribution) == ("speech", "Minister", "role-unresolved")


def test_a_named_person_leading_a_group_does_not_speak_alone() -> None:
    text = INTRO + "Diaz and other officials stressed the risks and noted that talks go on."
    rows = [(r.speaker, r.attribution, r.cue) for r in run(text).reports]
    assert rows == [("Diaz and other officials", "group", "stressed"), ("Diaz and other officials", "group", "noted")]


def reports(text: str) -> list[tuple[str, str, str]]:
    return [(r.cue, r.speaker, r.content) for r in run(text).reports]


def test_a_role_refers_back_to_the_person_an_abbreviated_title_named() -> None:
    found = run('Gov. Ann Ruiz signed the budget.\n\n"Every school stays open," the governor said.').quotes
    assert (found[0].speaker, found[0].attribution) == ("Ann Ruiz", "role")


def test_the_name_after_a_long_title_chain_is_the_speaker() -> None:
    found = quotes('"The port will reopen," Port Authority of Mombasa spokesman Musa Bello said.')
    assert found[0][2:] == ("Musa Bello", "named")
    found = quotes('In a note, analyst Priya Rao and her team wrote: "Rates will stay high."')
    assert found[0][2] == "Priya Rao"


def test_reported_speech_with_the_speaker_after_the_verb() -> None:
    assert reports("The bill will pass this week, said Senate Majority Whip Dana Ortiz.") == [
        ("said", "Dana Ortiz", "The bill will pass this week")
    ]
    assert reports("Prices will rise, said officials.") == [("said", "officials", "Prices will rise")]
    # A clause after the verb is what was said, not who said it.
    assert reports("Hanafi, a deputy prime minister, said the talks were useful.")[0][1] == "Hanafi"


def test_a_description_of_a_named_person_resolves_to_them() -> None:
    text = (
        "Finance Minister Njeri Wambui presented the budget.\n\nKenya's finance minister said the deficit would narrow."
    )
    assert reports(text)[0][1] == "Njeri Wambui"


def test_a_name_in_apposition_after_an_inverted_role_speaks() -> None:
    found = quotes('"Nobody was hurt," said the head of the regional fire service, Jan Novak.')
    assert found[0][2:] == ("Jan Novak", "named")
    assert reports("Talks will resume next month, said the minister of foreign affairs, Ali Karimi.") == [
        ("said", "Ali Karimi", "Talks will resume next month")
    ]
    # Without a name, the role as written speaks; a name is not taken from the content before the verb.
    assert reports("The strike will end on Friday, said the minister of labour.")[0][1] == "the minister of labour"


def test_a_team_and_where_it_works_go_with_the_person_who_leads_it() -> None:
    found = quotes('"Rates will fall," Amy Hale and her team at Barclays wrote in a note.')
    assert found[0][2] == "Amy Hale"


def test_said_to_be_is_a_hedge_not_speech() -> None:
    assert reports("The deal, said to be worth $2 billion, was signed on Monday.") == []
    assert reports("The deal was signed on Monday, officials said.")[0][1] == "officials"


def cues(text: str) -> list[tuple[str, str]]:
    return [(r.cue, r.speaker) for r in run(text).reports]


def test_verb_forms_that_are_not_speech() -> None:
    """Brief SPEECH4: the new cues keep to their complements ("accused X of", "appealed to", "telling X")."""
    assert cues("It was a telling moment for the club.") == []
    assert cues("A man accused of arson was released on bail.") == []
    assert cues("The strike cost exporters an estimated $300 million.") == []
    assert cues("The company appealed the ruling in March.") == []
    assert cues("Mayor Ana Ruiz accused the state of neglect.") == [("accused", "Ana Ruiz")]
    assert cues("Mayor Ana Ruiz defended the plan, telling residents it would pay for itself.") == [
        ("telling", "Ana Ruiz")
    ]


def test_a_verb_with_only_an_object_before_a_partial_quotation_is_not_a_second_report() -> None:
    text = 'Minister Anna Berg urged the delegates "not to allow any delay".'
    assert cues(text) == []
    assert cues('Minister Anna Berg said the delegates had "wasted a week".') == [("said", "Anna Berg")]


def test_a_role_with_another_qualifier_stays_unresolved() -> None:
    """Brief SPEECH4, class 6: "the United coach" is not the "Rovers coach", the only coach the text names."""
    found = quotes('Rovers coach Tom Hale was pleased. "We earned it," the United coach said.')
    assert found[0][2:] == ("the United coach", "role-unresolved")


def test_british_single_quotation_marks_beside_apostrophes() -> None:
    found = quotes(INTRO + "'We can't wait for the donors' money,' Berg said. The envoys' talks went on.")
    assert found == [("We can't wait for the donors' money,", "speech", "Anna Berg", "named")]


def test_apostrophes_alone_make_no_quotation() -> None:
    assert quotes(INTRO + "The envoys' talks won't end before the '90s-style gala, Berg's aides said.") == []


def test_a_single_mark_left_open_is_no_quotation() -> None:
    assert quotes(INTRO + "Berg called it 'unacceptable and said the talks would go on.") == []


def test_a_description_that_opens_a_sentence_is_written_as_inside_one() -> None:
    """Brief SPEECH6, class 1: the capital a sentence start gives a description is no part of the speaker; a name
    keeps its capitals, and so does a title before a name."""
    from article_analysis.speech.speakers import mid_sentence

    assert mid_sentence("The ministry") == "the ministry"
    assert mid_sentence("A witness") == "a witness"
    assert mid_sentence("Residents") == "residents"
    assert mid_sentence("Parents' groups") == "parents' groups"
    assert mid_sentence("Analysts at Harlow Capital") == "analysts at Harlow Capital"
    assert mid_sentence("The Associated Press") == "The Associated Press"
    assert mid_sentence("The Hague") == "The Hague"
    assert mid_sentence("Police Chief Scott Dale") == "Police Chief Scott Dale"
    assert mid_sentence("US officials") == "US officials"
    assert mid_sentence("Judge") == "Judge"  # a title alone, as a headline writes it
    found = quotes('The coroner said the death was avoidable. "Warnings were ignored," she said.')
    assert found[0][2] == "the coroner"
    assert cues("The ministry said 40 people were arrested.") == [("said", "the ministry")]


def test_a_group_with_a_prepositional_phrase_is_the_whole_phrase() -> None:
    """Brief SPEECH6, class 2: "Analysts at Harlow Capital said" is those analysts, not the bank."""
    assert cues("Analysts at Harlow Capital said a cut was likely.") == [("said", "analysts at Harlow Capital")]
    assert cues("Residents of Ikeja told reporters the water was off.") == [("told", "residents of Ikeja")]
    assert cues("Officials in The Hague said the hearing was private.") == [("said", "officials in The Hague")]
    found = quotes('"The fire is contained," officials in Lagos said.')
    assert found[0][2:] == ("officials in Lagos", "group")
    # A group that ends the phrase stays as it was: "Russian officials".
    assert cues("Russian officials said the talks were over.") == [("said", "Russian officials")]


def test_a_player_s_position_or_standing_before_the_name_is_a_title() -> None:
    """Brief SPEECH6, class 4: "Rookie NAME", "Teenager NAME", "wicket-keeper NAME" are the player named."""
    assert cues("Rookie Darnell Pike said the crowd carried the team.") == [("said", "Darnell Pike")]
    assert cues("Teenager Amy Lee said she had not slept.") == [("said", "Amy Lee")]
    found = quotes('"We bowled too short," Proteas wicket-keeper Sipho Dlamini said.')
    assert found[0][2:] == ("Sipho Dlamini", "named")
    found = quotes('Debutant Kofi Mensah scored twice. "I will remember this," the debutant said.')
    assert found[0][2:] == ("Kofi Mensah", "role")


def test_words_credited_to_a_court_document() -> None:
    """Brief SPEECH6, class 3: a complaint "alleges that"; a partial quotation whose first word is the clause's verb
    leaves the verb before it reporting speech; a ruling speaks for the one judge the text names."""
    assert cues("The complaint alleges that managers destroyed records.") == [("alleges", "the complaint")]
    assert cues("Police arrested the alleged ringleader on Monday.") == []
    assert cues('The lawsuit says the company "ignored years of warnings" about the valves.') == [
        ("says", "the lawsuit")
    ]
    assert cues('Mayor Ana Ruiz urged the council "not to delay the vote".') == []  # an object, then the quotation
    text = 'Judge Thandi Mokoena dismissed the application. "The applicants have no case," the ruling said.'
    assert quotes(text)[0][2] == "Thandi Mokoena"
    two = 'Judge Ann Lowe and Judge Ben Ode sat together. "The appeal fails," the ruling said.'
    assert quotes(two)[0][2] == "the ruling"  # two judges: the document as written
    assert quotes('"The law is blocked," according to the ruling.')[0][2] == "the ruling"


def test_brigadier_abbreviated_and_the_skipper_for_the_captain() -> None:
    """Brief SPEECH6, class 6: "Brig." (a South African police rank) does not end the sentence or the speaker's
    phrase; "the skipper" is the side's captain."""
    text = 'According to police spokeswoman Brig. Thandeka Mbele, "the suspects were cornered in a house."'
    assert quotes(text)[0][2] == "Thandeka Mbele"
    text = 'India captain Rohit Sen made 112. "The wicket got easier," the skipper said.'
    assert quotes(text)[0][2:] == ("Rohit Sen", "role")


def test_a_noun_in_ly_ends_the_speaker_s_phrase() -> None:
    """A noun in -ly is no adverb between the subject and its verb ("Lawyers for the family said")."""
    assert cues("Lawyers for the family said they would appeal.") == [("said", "lawyers for the family")]
    assert cues("Officials quickly said the fire was out.") == [("said", "officials")]


def test_according_to_without_a_quotation_reports_speech() -> None:
    text = (
        "Chief financial officer Lena Marsh presented the results on Monday.\n\n"
        "According to Marsh, the group will close 30 branches next year.\n\n"
        "The bank lost $2 million in the quarter, according to a regulatory filing made public Friday.\n\n"
        "Branch staff will be offered other jobs, according to union officials."
    )
    assert reports(text) == [
        ("According to", "Lena Marsh", "the group will close 30 branches next year."),
        ("according to", "a regulatory filing", "The bank lost $2 million in the quarter"),
        ("according to", "union officials", "Branch staff will be offered other jobs"),
    ]


def test_according_to_a_rule_or_before_a_quotation_is_no_report() -> None:
    assert reports("According to state law, the election must be held within 90 days.") == []
    assert reports("The plan is on track, according to the schedule.") == []
    text = 'According to the mayor, "the bridge will reopen in May."'
    assert reports(text) == []
    assert [q.speaker for q in run(text).quotes] == ["the mayor"]


def test_a_rank_in_capitals_or_a_local_descriptor_before_a_full_name_is_no_part_of_it() -> None:
    found = quotes('"Two suspects are in custody," said ASP Grace Obi. Parent Tom Hale said: "We are scared."')
    assert [q[2] for q in found] == ["Grace Obi", "Tom Hale"]
    # Initials before a surname alone are the name.
    assert quotes('"It was a long road," said JK Rowling.')[0][2] == "JK Rowling"


def test_a_surname_with_a_capitalised_particle_is_the_person_named_in_full() -> None:
    text = 'Coach Pieter de Klerk was angry.\n\n"We were poor," De Klerk said.'
    assert [q.speaker for q in run(text).quotes] == ["Pieter de Klerk"]


def test_a_cue_that_is_also_a_plural_noun_after_a_participle_is_the_noun() -> None:
    assert [r[0] for r in reports("The board set the date, rejecting calls for a delay.")] == []
    assert [r[0] for r in reports("The union calls for a national strike.")] == ["calls for"]


def test_an_indefinite_role_further_down_is_not_the_person_named_next() -> None:
    text = (
        "A man was shot late Saturday, police said.\n\n"
        "The victim was taken to hospital in stable condition, a police spokeswoman said.\n\n"
        '"We believe this was not a random act," said Detective Lena Hart.'
    )
    assert [(r.speaker, r.attribution) for r in run(text).reports][1] == ("a police spokeswoman", "role-unresolved")


def test_a_plural_agent_noun_opening_the_sentence_is_a_group() -> None:
    assert reports("Forecasters said more rain was expected.") == [("said", "forecasters", "more rain was expected.")]
    found = reports("Campaigners at the rally said the plan was unfair.")
    assert found[0][1] == "campaigners at the rally"


def test_a_capitalised_office_after_a_possessor_then_a_name_in_apposition() -> None:
    text = "The commission's National Commissioner for Information, Festus Obi, said the materials had arrived."
    assert reports(text)[0][1] == "Festus Obi"


def test_a_modal_opening_a_partial_quotation_leaves_the_clause_reported_speech() -> None:
    text = 'Justice Ravi Menon said the right to a speedy trial "cannot be reduced to a slogan".'
    assert [(r[0], r[1]) for r in reports(text)] == [("said", "Ravi Menon")]


def test_names_with_accented_capitals() -> None:
    text = 'In her judgment, Ms Justice Órla Nic Aodha wrote that the board had "simply not engaged".'
    assert [q.speaker for q in run(text).quotes] == ["Órla Nic Aodha"]
    assert [q.speaker for q in run('Élodie Marchand was angry. "No," Marchand said.').quotes] == ["Élodie Marchand"]


def test_a_described_subject_of_the_lead_is_the_titled_person_the_next_paragraph_opens_with() -> None:
    text = (
        'A judge at the Eastfield Crown Court has freed a driver, saying the case was "full of holes".\n\n'
        "Senior Judge Mara Ekwueme said the witness had given three accounts."
    )
    assert run(text).quotes[0].speaker == "Mara Ekwueme"
    # Without a name, the description stands (not the article "A").
    assert run(text.split("\n\n")[0]).quotes[0].speaker == "a judge at the Eastfield Crown Court"


def test_a_british_quotation_opened_after_its_introduction_runs_over_paragraphs() -> None:
    text = (
        "Sentencing him, Judge Ada Frome said: 'You chose your victims because they were alone.\n\n"
        "'You took items of enormous sentimental value.'"
    )
    found = run(text).quotes
    assert (found[0].inner[:10], found[0].speaker) == ("You chose ", "Ada Frome")


def test_a_role_of_a_body_named_inside_the_description() -> None:
    found = run("A Department of Transport spokesperson said: 'We are investing record sums.'").quotes
    assert (found[0].speaker, found[0].attribution) == ("a Department of Transport spokesperson", "role-unresolved")


def test_irish_and_union_titles_before_a_name() -> None:
    assert quotes('"It bounced," said Tánaiste Fergal Nolan.')[0][2] == "Fergal Nolan"
    assert quotes('Union chairman Comrade Ada Obi said: "We will meet."')[0][2] == "Ada Obi"


def test_a_capitalised_office_with_its_seat_then_a_name_in_apposition() -> None:
    assert reports("Rural Alliance MP for Yarrabool, Tom Harcourt, said locals felt let down.")[0][1] == "Tom Harcourt"


def test_a_second_reference_by_age_or_class_year_is_the_person_last_named() -> None:
    text = 'Quarterback Jalen Whitmore threw for three touchdowns. "Coach lit a fire under us," the junior said.'
    assert [q.speaker for q in run(text).quotes] == ["Jalen Whitmore"]
    assert [q.speaker for q in run('The club won. "We deserved it," the 24-year-old said.').quotes] == [
        "the 24-year-old"
    ]


def test_an_age_before_a_name_in_apposition_still_introduces_the_person() -> None:
    text = 'Her patient, 14-year-old Baraka Otieno, is less sure. "I am scared," he says.'
    assert [q.speaker for q in run(text).quotes] == ["Baraka Otieno"]


def test_an_organisation_name_going_on_after_for() -> None:
    found = reports("Cases rose, according to the National Institute for Communicable Diseases.")
    assert found[0][1] == "National Institute for Communicable Diseases"


def test_an_occupation_in_lower_case_before_a_name_ends_a_body_s_title_chain() -> None:
    found = reports("Bureau of Meteorology senior forecaster Kirra Whitfield said heavy rain could fall.")
    assert found[0][1] == "Kirra Whitfield"


def test_a_body_named_with_for_after_its_head() -> None:
    found = reports("The Coalition for Epidemic Readiness said three vaccines had entered trials.")
    assert found[0][1] == "Coalition for Epidemic Readiness"


def test_an_occupation_before_a_name_is_a_title() -> None:
    assert reports("Forecaster Thandi Mokoena said the storm would arrive overnight.")[0][1] == "Thandi Mokoena"


def test_an_age_epithet_prefers_the_titled_person_to_a_team_read_as_a_name() -> None:
    text = (
        "Left-arm spinner Siddharth Nair took five wickets as Mysore Tuskers bowled out Coastal Kings.\n\n"
        '"The pitch was offering grip," the 22-year-old said.'
    )
    assert [q.speaker for q in run(text).quotes] == ["Siddharth Nair"]


def test_a_quotation_paragraph_after_an_attributed_one_runs_on_with_its_speaker() -> None:
    text = (
        '"Check your records," county health director Dr. Paula Jensen said.\n\n'
        '"Measles is one of the most contagious diseases we know of."'
    )
    assert [(q.speaker, q.attribution) for q in run(text).quotes] == [
        ("Paula Jensen", "named"),
        ("Paula Jensen", "continuation"),
    ]
    # A quotation inside a paragraph of narration is not a running one.
    text2 = '"Check your records," Dr. Paula Jensen said.\n\nThe council met. "It was a mess."'
    assert run(text2).quotes[1].speaker == ""


def test_a_speaker_placed_after_the_verb_before_a_clause_of_its_own() -> None:
    text = "The bill will pass the House easily, said House Majority Leader Elena Brooks, but its fate is unclear."
    assert reports(text) == [("said", "Elena Brooks", "The bill will pass the House easily")]


def test_one_of_a_group_and_a_name_given_only_as() -> None:
    found = run('One of the freed passengers told reporters: "I thought I would die there."').quotes
    assert (found[0].speaker, found[0].attribution) == ("one of the freed passengers", "group")
    found = run('A trader who gave her name as Bisola said: "I thought I would die there."').quotes
    assert found[0].speaker == "Bisola"


def test_the_company_or_the_department_is_the_body_the_text_named_before() -> None:
    text = (
        "Shares of Kessler Motors fell 4% after the company said sales would slow.\n\n"
        "The Department of Health confirmed 47 cases. The situation was under control, the department said."
    )
    assert [r[1] for r in reports(text)] == ["Kessler Motors", "Department of Health", "Department of Health"]
    # With no business named, "the company" stays as written.
    assert reports("The company said sales would slow.")[0][1] == "the company"


def test_a_second_reference_by_position_and_what_she_called() -> None:
    text = 'Winger Jake Thibodeau scored twice. "We were due," the winger told reporters.'
    assert [q.speaker for q in run(text).quotes] == ["Jake Thibodeau"]
    text = 'Housing minister Miriam Oduya unveiled the plan, in what she described as "the biggest shake-up in years".'
    assert [q.speaker for q in run(text).quotes] == ["Miriam Oduya"]


def test_initials_a_guild_and_a_conjunction_opening_the_sentence() -> None:
    assert reports("Justice R.K. Menon observed that the corporation could not act.")[0][1] == "R.K. Menon"
    text = (
        "But the chairman of the union, Alhaji Kamoru Adesina, described the delay as wicked and claimed that "
        "2,000 traders had lost work."
    )
    assert reports(text)[0][:2] == ("claimed", "Kamoru Adesina")
    text = "Doctors began a strike, the Guild of Resident Medical Officers (GRMO) said on Monday."
    assert reports(text) == [("said", "Guild of Resident Medical Officers", "Doctors began a strike")]


def test_a_body_called_by_its_first_word_is_the_one_named_in_full_before() -> None:
    assert reports("Greenline Buses cut 40 routes. Greenline said the cuts were needed.")[0][1] == "Greenline Buses"
    assert reports("Orbitune Inc. was sued. Orbitune said the claims were false.")[0][1] == "Orbitune Inc."


def test_a_nationality_before_a_full_name_and_a_placed_athlete() -> None:
    assert reports("Her coach, Italian Marco Benedetti, said the decision was joint.")[0][1] == "Marco Benedetti"
    assert quotes('"It was a long road," said Christian Pulisic.')[0][2] == "Christian Pulisic"
    text = 'Marathoner Mercy Kiptanui won again. "My body is still strong," the Kapsoen-based athlete said.'
    assert [q.speaker for q in run(text).quotes] == ["Mercy Kiptanui"]
