"""Domain vocabulary the rules share: how texts about the party name documents, offices and acts.

These lists express the domain (the words a resolution, a telegram or an essay uses), not any
one document. English and Russian forms are given side by side.
"""
from __future__ import annotations

import re

from .prefilter import gated

__all__ = [
    "DOC_NOUNS", "DOC_NOUN_RE", "HONORIFICS", "ORDINALS", "PLACE_UNITS", "REGION_ADJ_RU",
    "BOILERPLATE_RE", "ordinal_value",
]

#: Nouns for documents and decisions → the document kind used in ids and labels.
DOC_NOUNS = {
    "resolution": "resolution", "resolutions": "resolution", "decision": "decision",
    "decisions": "decision", "decree": "decree", "decrees": "decree", "letter": "letter",
    "closed letter": "letter", "circular": "circular", "directive": "directive",
    "directives": "directive", "instruction": "instruction", "report": "report",
    "speech": "speech", "address": "speech", "statement": "statement", "telegram": "telegram",
    "article": "article", "order": "order", "theses": "theses", "declaration": "declaration",
    "memorandum": "memorandum", "dispatch": "dispatch", "despatch": "dispatch",
    "appeal": "appeal", "manifesto": "manifesto", "platform": "platform", "note": "note",
    "communiqué": "communique", "communique": "communique", "protocol": "protocol",
    "verdict": "verdict", "lecture": "lecture", "indictment": "indictment",
    "memoranda": "memorandum", "postscript": "postscript",
    "postanovlenie": "resolution", "rezoliutsiia": "resolution",
    # Russian (stems are matched by prefix)
    "постановление": "resolution", "резолюция": "resolution", "решение": "decision",
    "письмо": "letter", "директива": "directive", "доклад": "report", "речь": "speech",
    "телеграмма": "telegram", "статья": "article", "приказ": "order", "указ": "decree",
    "заявление": "statement", "сообщение": "communique", "приговор": "verdict", "платформа": "platform",
    "обращение": "appeal", "циркуляр": "circular", "инструкция": "instruction", "отчёт": "report", "отчет": "report",
    "содоклад": "report", "выступление": "speech",
}
_EN_DOC = sorted((k for k in DOC_NOUNS if not re.search(r"[а-яё]", k)), key=len, reverse=True)
DOC_NOUN_RE = r"(?:" + "|".join(re.escape(k) for k in _EN_DOC) + r")"

HONORIFICS = r"(?:Comrade|Comrades|Cde\.|Madam|Madame|Mme\.?|Mr\.|Mrs\.|Miss|Citizen|Professor|Prof\.|Academician|General|Marshal|Admiral|Colonel|Sir|Ambassador|Secretary|Commissar|Patriarch|Metropolitan|Viscount|Baron|Prince|тов\.|товарищ|товарища|товарищу|Тов\.|гражданин|Патриарх|патриарх|Митрополит|митрополит)"

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17,
          "xviii": 18, "xix": 19, "xx": 20, "xxi": 21, "xxii": 22}
_RU_ORD = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
           "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
           "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
           "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20}


def ordinal_value(word: str) -> int | None:
    """"Tenth" → 10, "10th" → 10, "X" → 10, "XVII" → 17, "Десятый" → 10."""
    w = word.lower().strip(".")
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|-?й|-?го)?", w)
    if m:
        return int(m.group(1))
    if w in _ROMAN:
        return _ROMAN[w]
    for stem in sorted(_RU_ORD, key=len, reverse=True):
        if w.startswith(stem):
            return _RU_ORD[stem]
    return None


ORDINAL_WORD_RE = (r"(?:(?:Twenty-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)|Tenth|"
                   r"Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|"
                   r"Eighteenth|Nineteenth|Twentieth|\d{1,2}(?:st|nd|rd|th)|[XVI]{1,5})")

#: Administrative units whose name makes a Place: "Rostov Oblast", "Krasnodar Krai".
PLACE_UNITS = r"(?:Oblast|oblast|Krai|krai|Kray|Okrug|okrug|Raion|raion|Guberniia|Gubernia|Guberniya|guberniia|guberniya|Province|province|Region|region|Republic|SSR|ASSR|Autonomous Republic|Territory|territory|District|district|Uezd|uezd)"
REGION_ADJ_RU = r"(?:област[ьиюей]|кра[йяюе]|округ[ауе]?|район[ауе]?|губерни[яиюей])"

#: Lines that are web-page furniture rather than the document.
BOILERPLATE_RE = gated(re.compile(     # searched line by line: kg.extract.prefilter skips most lines
    r"(?i)(donation|donate|mailing list|subscribe|comments are closed|leave a (?:reply|comment)|"
    r"page last modified|cookie|all rights reserved|share this|print this|click here|"
    r"sign up|log ?in|newsletter|advertisement)"))


#: Given names common in the sources (Russian in English transliteration and in Cyrillic,
#: and the Western diplomats of the period): a given name before a capitalised word makes a
#: person even when the authority does not know them.
GIVEN_NAMES = frozenset("""
Alexander Aleksandr Alexei Aleksei Anatoly Andrei Anastas Arkady Avel Boris Dmitry Dmitri Evgeny Yevgeny
Felix Feliks Fyodor Fedor Genrikh Georgy Georgi Gleb Grigory Grigori Ivan Iosif Joseph Karl Kliment Konstantin
Lavrenty Lavrentii Lazar Lev Leon Leonid Matvei Maxim Maksim Mikhail Moisei Nikita Nikolai Nikolay Pavel Peter
Pyotr Petr Robert Semyon Semen Sergei Sergey Stanislav Stepan Timofei Valerian Vasily Vasili Viktor Vladimir
Vlas Vsevolod Vyacheslav Yakov Yan Yuri Yury Mikhail Filipp Aron Emelian Yemelyan Panteleimon Martemian Efim
Alexandra Aleksandra Nadezhda Inessa Polina Yelena Elena Maria Mariya Anna Olga Larisa Klavdia Rozalia
Averell Charles Cordell Dean Franklin George Harry John Joseph Loy Walter William Winston Anthony Neville
Frank Henry Llewellyn Foy Elbridge Charles Adolf Ernst Georgi Béla Bela Palmiro Maurice Josip Mao
Александр Алексей Анатолий Андрей Анастас Борис Вячеслав Георгий Григорий Иван Иосиф Климент Константин
Лаврентий Лазарь Лев Леонид Матвей Михаил Николай Никита Павел Пётр Петр Сергей Семён Семен Станислав Яков
Юрий Феликс Генрих Фёдор Федор Валериан Авель Влас Виктор Владимир Александра Надежда Инесса Полина Елена
Мария Анна Ольга
Valery Valeri Vadim Oleg Igor Ilya Ilia Kirill Gennady Gennadi Eduard Osip Vissarion Isaak Veniamin Valentin
Gavriil Ignaty Yegor Zhores Roy Akaki Budu Sergo Mamia Grigol Shalva Noe Polikarp Mstislav Arkadii Dmitrii
Tatiana Tatyana Yevgenia Evgenia Svetlana Natalia Natalya Irina Galina Lyudmila Ludmila Zinaida Valentina
Ekaterina Yekaterina Sofia Sofya Lydia Lidia Marina Anastasia
Stephen Sheila Richard Moshe Amy Adam Hiroaki Arch Lynne Hannah David James Michael Graeme Simon Orlando Alec
Leonard Isaac Edward Ronald Paul Thomas Martin Jonathan Timothy Geoffrey Lewis Merle Roberta Catherine Dmitri
Валерий Вадим Олег Игорь Илья Кирилл Геннадий Эдуард Осип Виссарион Исаак Вениамин Валентин Гавриил Игнатий
Дмитрий Евгений Аркадий Тимофей Степан Максим Моисей Филипп Ефим Емельян Мартемьян Акакий Буду Серго Мамия
Татьяна Евгения Светлана Наталья Ирина Галина Людмила Зинаида Валентина Екатерина Софья Лидия Марина Анастасия
Oleg Igor Kirill Ilya Vitaly Valentin Osip Sergo Ivar Mendel Isaak Avraam Varlam Grigorii Andrey Aleksandr
Yevgenia Evgenia Zinaida Tatiana Tatyana Natalia Natalya Ekaterina Yekaterina Vera Lidia Galina Rosa Roza
Олег Игорь Кирилл Илья Виталий Валентин Осип Серго Исаак Варлам Евгения Зинаида Татьяна Наталья Екатерина
Вера Лидия Галина Роза Дмитрий Евгений Ефим Аркадий Степан Семён Яков Мартемьян Емельян
Adam Alan Alec Alfred Andrew Archibald Arthur Bertram Daniel David Edward Eugene Francis Frederick Friedrich
Hannah Harold Hélène Helene Herbert Hiroaki Isaac Jacob James Jochen Jonathan Laurence Lawrence Leonard Louis
Lynne Marc Mark Martin Matthew Merle Michael Moshe Nicolas Orlando Paul Philip Richard Ronald Sarah Sheila
Stafford Stephen Steven Thomas Wendy Yoram Amy Andrea Arch Edgar Hugh Kenneth Norman Raymond Roy Samuel
""".split())


#: Words that make a category of people one the party condemns ("class-alien elements").
PEJORATIVE_WORDS = frozenset("""alien class-alien hostile anti-soviet anti-party counter-revolutionary counterrevolutionary
bourgeois kulak criminal degenerate degenerated degenerates bureaucratized bureaucratic unstable careerist careerists
trotskyite trotskyist rightist nationalist bourgeois-nationalist petty-bourgeois socially-dangerous socially-alien
double-dealing wrecking terrorist spy spies saboteurs wreckers enemies enemy traitors traitor loafers thieves
conspirators plotters deviators violators slanderers self-seekers""".split())

#: Peoples named as groups ("the national operations against Poles, Germans, Latvians").
NATIONALITIES = frozenset("""Poles Germans Latvians Lithuanians Estonians Finns Greeks Koreans Chinese Japanese Jews
Ukrainians Belorussians Byelorussians Russians Georgians Armenians Azerbaijanis Chechens Ingush Kalmyks Tatars
Crimean Bashkirs Kazakhs Uzbeks Romanians Bulgarians Hungarians Afghans Iranians Kurds Harbinites
поляки немцы латыши литовцы эстонцы финны греки корейцы китайцы японцы евреи украинцы чеченцы калмыки татары""".split())


#: The party's vocabulary of classes of people, campaigns and offices, named by a common noun
#: rather than a proper name (``kg.extract.patterns.vocabulary``): a text need not name them as
#: the authority lists them ("incorrigible bureaucrats", «жуликов», «хлебозаготовках»). Each row is
#: (type, key, pattern): the key is the authority's id where it has one (the rule asks the
#: authority first, so a name it knows keeps its id). English patterns are written lower-case and
#: match with a capital first letter too; capitalised words match only as written. Russian
#: patterns give a stem and the case endings of its class (animate nouns in the plural: the
#: singular names one person, not the class).
_RU_HARD = r"(?:ы|ов|ам|ами|ах)"            # бюрократы, бюрократов …
_RU_VELAR = r"(?:и|ов|ам|ами|ах)"           # жулики, взяточников …
_RU_SOFT = r"(?:и|ей|ям|ями|ях)"            # расхитители, нарушителей …
_RU_TS = r"(?:ы|ев|ам|ами|ах)"              # примиренцы, выдвиженцев …
_RU_PART = r"(?:ие|их|им|ими)"              # сочувствующие …
#: nationality adjectives that qualify a class ("Polish gentry", «польских панов»)
_NAT = (r"(?-i:(?:Anglo-)?(?:Russian|Ukrainian|Polish|Lithuanian|Latvian|Estonian|Finnish|Swedish|German|British|English|French|"
        r"American|Japanese|Chinese|Turkish|Mongol|Tatar|Georgian|Armenian|Azerbaijani|Belorussian|Byelorussian|Czech|"
        r"Hungarian|Romanian|Bulgarian|Italian|Austrian|Western))")
_NAT_RU = r"(?:польск|литовск|немецк|германск|русск|украинск|английск|британск|французск|японск|турецк|шведск|монгольск|татарск)"
VOCABULARY: tuple[tuple[str, str, str], ...] = (
    # -- social classes and strata, as the party names them
    ("Group", "workers", r"(?<!dictatorship of the )(?:proletariat|working class(?:es)?)"),
    ("Group", "peasants", r"(?:toiling |working )?peasantry|peasant masses"),
    ("Group", "middle_peasants", r"middle peasant(?:s|ry)?|seredniak(?:s|i)?"),
    ("Group", "poor_peasants", r"poor peasant(?:s|ry)?|village poor|bedniak(?:s|i)?|bednota"),
    ("Group", "collective_farmers", r"collective[ -]farmers?|kolkhozni(?:ks|ki|k)"),
    ("Group", "intelligentsia", r"(?:(?:technical|Soviet|old|bourgeois|working|creative|rural|scientific) )?intelligentsia"),
    ("Group", "soviet_people", r"Soviet people(?![-'’])|Russian people(?![-'’])"),
    ("Group", "party_aktiv", r"(?:(?:party|Soviet|kolkhoz|village) )?aktiv"),
    ("Group", "employees", r"office employees|office workers|white-collar employees|white-collar workers"),
    ("Group", "traders", r"(?:private |petty )?traders"),
    ("Group", "investigators", r"investigators"),
    # -- the party's own ranks and the state's officials, by a qualifier ("*": keyed by the words)
    ("Group", "party_members", r"members and candidates"),
    ("Group", "*", r"(?:local|regional|provincial|district|state|Soviet|leading|(?-i:[A-Z][a-z]+(?:ian|ish|ese)))[ ](?:officials|leaders|cadres)"),
    # -- people named by what they were ("former oppositionists", "former mine owners")
    ("Group", "*", r"former (?:(?-i:(?!(?:and|or|of|the|in|to|who|which|that|were|was|are|is|had|have)\b)[a-z-]+|Red Army|White) ){0,2}(?:[a-z-]+(?:ists|ites|ers|ors|ants|ents|ians|aks|als)|people|persons|members|men|nobles|officers|officials|Whites)"),
    # -- categories the party condemns, by their agent nouns
    ("Group", "opportunists", r"(?:right[ -]|[\"“']left[\"”'] )?opportunists"),
    ("Group", "bureaucrats", r"(?:(?:incorrigible|soulless|hardened) )?(?:bureaucrats|red-tapists|formalists)"),
    ("Group", "capitulators", r"capitulators|capitulationists"),
    ("Group", "conciliators", r"conciliators"),
    ("Group", "swindlers", r"swindlers|crooks"),
    ("Group", "windbags", r"windbags|idle talkers"),
    ("Group", "loafers", r"loafers|idlers|shirkers|drunkards"),
    ("Group", "degenerates", r"(?:moral |morally )?degenerates"),
    ("Group", "thieves_of_public_property", r"plunderers|embezzlers|thieves"),
    ("Group", "bribe_takers", r"bribe-takers"),
    ("Group", "traitors", r"traitors|renegades|turncoats"),
    ("Group", "warmongers", r"warmongers|war-mongers|instigators of (?:a new )?war"),
    ("Group", "cosmopolitans", r"(?:rootless )?cosmopolitans"),
    ("Group", "conspirators", r"conspirators|plotters"),
    ("Group", "sympathizers", r"sympathi[sz]ers"),
    ("Group", "violators", r"violators"),
    ("Group", "speculators", r"speculators|profiteers"),
    ("Group", "hooligans", r"hooligans"),
    ("Group", "terrorists", r"terrorists"),
    ("Group", "murderers", r"murderers|assassins"),
    ("Group", "bandits", r"bandits"),
    ("Group", "imperialists", r"imperialists"),
    ("Group", "interventionists", r"(?:foreign )?interventionists"),
    ("Group", "class_enemies", r"class enem(?:ies|y)"),
    ("Group", "counter_revolutionaries", r"counter-?revolutionaries"),
    # -- the old ruling classes and their foreign counterparts, by a nationality ("Mongol khans",
    #    "British and French capitalists", "Polish and Lithuanian gentry", "the counter-revolutionary
    #    bourgeoisie", "feudal aristocracy")
    ("Group", "*", rf"(?:{_NAT}(?:(?:, | and | or ){_NAT})* )?(?:feudal (?:lords|aristocracy|nobility)|landlords|landowners|capitalists|"
                   r"(?:counter-revolutionary |petty[- ]|big |national |imperialist |liberal |world |international )?bourgeoisie)(?!['’])"),
    ("Group", "*", rf"{_NAT}(?:(?:, | and | or ){_NAT})* (?:khans|beys|barons|gentry|nobles|nobility|aristocracy|lords)(?!['’])"),
    ("Group", "*", rf"{_NAT}(?:-{_NAT})? (?:nationalists|nationalist underground|fascists|imperialists)"),
    # -- currents of the labour movement the party fought, and the writers it tolerated
    ("Group", "*", r"(?:(?:right|left)-wing |(?-i:Left|Right|German|Russian|Austrian|French|British) )(?:socialists|(?-i:Social)[- ](?-i:Democrats))|(?-i:Social[- ]Democrats)"),
    ("Group", "srs", r"(?-i:(?:Left |Right )?SRs|(?:Left |Right )?Socialist[- ]Revolutionaries)"),
    ("Group", "centrists", r"centrists"),
    ("Group", "fellow_travellers", r"fellow[- ]travell?ers|poputchiki"),
    ("Group", "falsifiers", r"falsifiers(?: of (?:the )?history(?: of (?:our|the) (?:Party|party))?)?"),
    # -- managers and the secretaries of a class of committees
    ("Group", "business_executives", r"(?:business|economic) executives?|khoziaistvenniki"),
    ("Group", "enterprise_directors", r"directors of (?:enterprises|factories|plants|mills|mines|state farms|MTS)|(?:factory|enterprise|plant) directors"),
    ("Group", "*", r"(?:raikom|obkom|kraikom|gorkom|okruzhkom|ukom|gubkom|provincial|district|regional|republican|local party) secretaries"),
    ("Group", "diplomatic_corps", r"(?:members of the )?diplomatic (?:corps|circles)"),
    # -- the opposition's "centres" as the trials named them ("the Leningrad Centre", "the
    #    Trotskyite-Zinovievite terrorist centre"), and the ruling trio
    ("Group", "*", r"(?-i:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[Pp]arallel|[Rr]eserve|anti-Soviet|[Tt]errorist|[Cc]ounter-revolutionary|[Uu]nited)"
                   r"(?: (?:[Tt]rotskyite|[Zz]inovievite|terrorist|[Rr]ightist))?) (?-i:[Cc]entre|[Cc]enter)(?! [A-Z])"),
    ("Group", "triumvirate", r"triumvirate|triumvirs|duumvirate"),
    ("Group", "bench_workers", r"workers from the bench"),
    # -- officials the party blames by a fault ("negligent officials", "honest but incapable
    #    officials", "callous bureaucrats") and the phrasemongers it mocks
    ("Group", "*", r"(?:negligent|careless|incapable|incompetent|irresponsible|corrupt|dishonest|unscrupulous|callous|heartless|"
                   r"overzealous|over-zealous|complacent|self-satisfied|conceited) (?:officials|functionaries|executives|administrators)"),
    ("Group", "phrasemongers", r"(?:[\"“']left[\"”'] |(?:left|pseudo-left|revolutionary) )?phrase-?mongers"),
    # -- the church and its flock, the electorate, the non-party masses, the young
    ("Group", "believers", r"(?:religious )?believers"),
    ("Group", "clergy", r"clergy(?:men)?|churchmen|(?:Orthodox |parish )?priests"),
    ("Group", "voters", r"voters|electors|electorate"),
    ("Group", "non_party_people", r"non-?[Pp]arty (?:people|masses|persons|workers|peasants|Bolsheviks|intelligentsia|comrades)"),
    ("Group", "working_people", r"working people|toilers|toiling masses|working masses"),
    ("Group", "youth", r"(?:student|working|peasant|rural|village|school|Soviet|Komsomol|party|younger|young) youth|(?:young|younger|rising) generation"),
    ("Group", "*", r"women workers|working women|peasant women|women delegates"),
    ("Group", "shock_workers", r"shock(?:[- ]brigade)? workers|shock brigades|udarniki|udarnik brigades"),
    ("Group", "*", rf"(?:{_NAT} )?prisoners of war|POWs"),
    # -- campaigns and processes
    ("Event", "cult_of_personality", r"cult of personality|cult of the personality|cult of the individual|personality cult"),
    ("Event", "mass_operations", r"(?:kulak|national|mass|Polish|German|Harbin|Latvian|Finnish|Greek|Korean) operations?"),
    ("Event", "grain_procurement", r"grain (?:procurements?|collections?|deliveries)"),
    ("Event", "extraordinary_measures", r"extraordinary measures|emergency measures"),
    ("Event", "exchange_of_party_documents", r"exchange of (?:the )?party (?:documents|cards)"),
    ("Event", "mass_repressions", r"mass repressions?"),
    ("Event", "self_criticism_campaign", r"self-criticism(?: campaign)?"),
    ("Event", "sowing_campaign", r"(?:spring|autumn) sowing(?: campaign)?"),
    ("Event", "socialist_competition", r"socialist emulation|socialist competition"),
    ("Event", "socialist_construction", r"socialist construction"),
    ("Event", "bread_rationing", r"(?:bread )?rationing(?: system)?|ration[- ]card system|(?:bread )?ration cards|bread cards|card system"),
    # elections named by their day ("the elections of February 10"; "elections to the Supreme Soviet" is
    # patterns.elections, by the body)
    ("Event", "*", r"elections (?:(?:of|on|held on) )?(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|\d{1,2} (?-i:January|February|March|April|May|June|July|August|September|October|November|December))(?:,? \d{4})?"),
    ("Event", "kolkhoz_amalgamation", r"amalgamation of (?:the )?(?:small )?(?:collective farms|kolkhozes|kolkhozy)|(?:kolkhoz|collective[- ]farm) amalgamation"),
    ("Event", "stakhanovite_movement", r"Stakhanov movement|Stakhanovite movement"),
    ("Event", "collective_farm_movement", r"collective farm movement|collective-farm movement|kolkhoz movement"),
    ("Event", "trade_union_discussion", r"trade[ -]union discussion"),
    ("Event", "lenin_enrolment", r"Lenin [Ee]nrolment|Lenin [Ee]nrollment|Lenin [Ll]evy"),
    ("Event", "moscow_trials", r"(?:(?:first|second|third) )?(?:Moscow )?show trials?"),
    ("Event", "dekulakization", r"liquidat(?:e|ed|ing|ion of) (?:the )?(?:kulaks? )?as a class"),
    # -- the party's discussions ("the trade-union discussion", "the general Party discussion on the
    #    trade unions", "free discussion on linguistics") and talks between states
    ("Event", "discussion", r"(?:(?:free|general|public|open|nation-?wide|all-union) )+(?:(?-i:Party|party) )?discussion on (?:the )?"
                   r"(?!with\b|in\b|at\b|and\b|which\b|that\b)[a-z-]+(?: (?!with\b|in\b|at\b|and\b|which\b|that\b|was\b|is\b)[a-z-]+)?"
                   r"|(?:trade[- ]union|linguistics|literary|philosophical|economic|biological|agrarian|philosophy) discussion"),
    ("Event", "*", r"(?-i:(?:Soviet|Anglo|Franco|German|Polish|Yugoslav|Chinese|Japanese|Finnish|Turkish|American|British|French)-"
                   r"(?:Soviet|Yugoslav|German|Polish|Chinese|Japanese|Finnish|Turkish|American|British|French|Russian)) (?:negotiations|talks)"),
    ("Event", "second_world_war", r"Second World War|World War (?:II|Two)"),
    ("Event", "first_world_war", r"First World War|World War (?:I|One)(?![IV])|Great War"),
    # -- offices named without their body
    ("Position", "army_commander", r"Army Commanders?"),
    ("Position", "corps_commander", r"Corps Commanders?"),
    ("Position", "division_commander", r"Division Commanders?"),
    ("Position", "brigade_commander", r"Brigade Commanders?"),
    ("Position", "ambassador", r"(?:French|British|German|Polish|Italian|Japanese|American|Latvian|Finnish|Chinese|Turkish|Czechoslovak|Estonian|Lithuanian) Ambassador"),
    ("Position", "deputy_chairman", r"(?:First )?Deputy Chairman"),
    ("Position", "second_secretary", r"Second Secretary"),
    ("Position", "procurator", r"Procurator(?:-General)?|Prosecutor(?:-General)?"),
    ("Position", "editor_in_chief", r"editor-in-chief"),
    # -- bodies named by their noun: a plenum by its sitting, the Secretariat, the press's houses
    # and boards, delegations by whose they are ("*": keyed by the words)
    ("Body", "cc_plenum", r"plenary (?:session|meeting)s?(?![ \t]+of[ \t]+(?!(?:the[ \t]+)?(?:Central Committee|CC)\b)[A-Za-z])"),
    ("Body", "secretariat", r"Secretariat(?![ \t]+of\b)"),
    ("Body", "editorial_boards", r"editorial boards"),
    ("Body", "publishing_houses", r"publishing houses|publishers(?![ \t]+of\b)"),
    ("Body", "*", r"(?:(?!The\b|A\b)[A-Z][a-z]+ ){1,3}Publishing House"),
    # -- the church and the old regime, as decrees on religion and obituaries name them
    ("Body", "religious_associations", r"religious (?:associations|organi[sz]ations|communities|societies|sects)"),
    ("Body", "orthodox_church", r"(?-i:(?:Russian )?Orthodox Church)"),
    ("Body", "tsarist_government", r"tsarist (?:government|regime|autocracy|authorities)|(?-i:[Tt]sarism)|(?-i:the autocracy)"),
    # -- classes of institutions by their plural noun and a qualifier ("State shops", "wall
    #    newspapers", "local organs", "central and local newspapers", "large trusts")
    ("Body", "*", r"(?:state|co-?operative|commercial|private) (?:shops|stores)|(?:consumer |producers['’] )?co-?operatives|"
                  r"(?:large|big|state|industrial) trusts"),
    ("Body", "wall_newspapers", r"wall[- ]newspapers"),
    ("Body", "*", r"local (?:organs|organi[sz]ations|committees|soviets)(?! of\b)"),
    ("Body", "*", r"(?:(?:central|local|regional|district|raion|oblast|provincial|factory|republican)(?: and (?:central|local|regional|district|raion|oblast|provincial))? )newspapers"),
    ("Body", "zhenotdels", r"zhenotdels?|(?-i:Women['’]s Departments?)"),
    ("Body", "*", r"(?:Soviet|Polish|French|British|American|German|Chinese|Yugoslav|Italian|Czechoslovak|Bulgarian|"
                  r"Hungarian|Romanian|Finnish|Japanese|Ukrainian|Leningrad|Moscow|government|party|trade[- ]union) delegation"),
)
VOCABULARY_RU: tuple[tuple[str, str, str], ...] = (
    ("Group", "workers", rf"рабоч(?:ий|его|ему|им|ем) класс(?:а|у|ом|е)?|пролетариат(?:а|у|ом|е)?"),
    ("Group", "peasants", r"крестьянств(?:о|а|у|ом|е)"),
    ("Group", "middle_peasants", rf"середняк{_RU_VELAR}|середнячеств(?:о|а|у|ом|е)"),
    ("Group", "poor_peasants", rf"бедняк{_RU_VELAR}|беднот(?:а|ы|е|у|ой)"),
    ("Group", "collective_farmers", rf"колхозник{_RU_VELAR}"),
    ("Group", "intelligentsia", r"интеллигенци(?:я|и|ю|ей)"),
    ("Group", "soviet_people", r"советск(?:ий|ого|ому|им|ом) народ(?:а|у|ом|е)?|советск(?:ие|их|им|ими) люд(?:и|ей|ям|ьми|ях)"),
    ("Group", "working_people", r"трудящ(?:иеся|ихся|имся|имися)"),
    ("Group", "party_aktiv", r"(?:партийн(?:ый|ого|ому|ым|ом) )?актив(?:а|у|ом|е)?"),
    ("Group", "congress_delegates", rf"делегат{_RU_HARD}"),
    ("Group", "employees", rf"служащ{_RU_PART}"),
    ("Group", "party_members", rf"член(?:ов|ы|ам|ами) и кандидат{_RU_HARD}"),
    ("Group", "*", rf"бывш(?:ие|их|им|ими) (?:[а-яё]+(?:ых|их|ым|им|ые|ие) )?[а-яё]+(?:ов|ев|ей|ам|ям|ами|ями|ы|и)"),
    ("Group", "bureaucrats", rf"бюрократ{_RU_HARD}"),
    ("Group", "opportunists", rf"оппортунист{_RU_HARD}"),
    ("Group", "capitulators", rf"капитулянт{_RU_HARD}"),
    ("Group", "conciliators", rf"примиренц{_RU_TS}"),
    ("Group", "swindlers", rf"жулик{_RU_VELAR}|мошенник{_RU_VELAR}|проходимц{_RU_TS}"),
    ("Group", "windbags", rf"болтун{_RU_HARD}"),
    ("Group", "loafers", rf"лодыр{_RU_SOFT}|тунеядц{_RU_TS}|пьяниц(?:ы|ам|ами|ах)"),
    ("Group", "degenerates", rf"(?:морально )?разложивш(?:иеся|ихся|имся|имися)|перерожденц{_RU_TS}"),
    ("Group", "thieves_of_public_property", rf"расхитител{_RU_SOFT}"),
    ("Group", "bribe_takers", rf"взяточник{_RU_VELAR}"),
    ("Group", "traitors", rf"изменник{_RU_VELAR}|предател{_RU_SOFT}"),
    ("Group", "warmongers", rf"поджигател{_RU_SOFT}(?: войны| новой войны)?"),
    ("Group", "cosmopolitans", rf"(?:безродн(?:ые|ых|ым|ыми) )?космополит{_RU_HARD}"),
    ("Group", "conspirators", rf"заговорщик{_RU_VELAR}"),
    ("Group", "sympathizers", rf"сочувствующ{_RU_PART}"),
    ("Group", "violators", rf"нарушител{_RU_SOFT}"),
    ("Group", "speculators", rf"спекулянт{_RU_HARD}"),
    ("Group", "hooligans", rf"хулиган{_RU_HARD}"),
    ("Group", "bandits", rf"бандит{_RU_HARD}"),
    ("Group", "occupiers", rf"оккупант{_RU_HARD}"),
    ("Group", "collaborators", rf"пособник{_RU_VELAR}"),
    ("Group", "interventionists", rf"интервент{_RU_HARD}"),
    ("Group", "suppressors_of_criticism", rf"зажимщик{_RU_VELAR} критики"),
    ("Group", "alien_elements", rf"чужак{_RU_VELAR}"),
    ("Group", "promotees", rf"выдвиженц{_RU_TS}"),
    ("Group", "peasants", rf"крестьян(?:е|ам|ами|ах)?"),
    ("Group", "workers_and_peasants", rf"(?:беспартийн(?:ые|ых|ым|ыми) )?рабоч(?:ие|их|им|ими) и крестьян(?:е|ам|ами|ах)?"),
    # «рабочих» is a noun where no noun follows it for it to qualify («рабочих мест» is not)
    ("Group", "workers", rf"рабоч(?:ие|их|им|ими)(?=[ \t]*[,.;:»)!?]|[ \t]+(?:и|от|в|на|с|к|из|по|за|—)[ \t])"),
    ("Group", "*", rf"(?!рабоч)[а-яё]{{3,}}(?:ых|их|ые|ие|ым|им) рабоч(?:ие|их|им|ими)(?=[ \t]*[,.;:»)!?]|[ \t]+(?:и|от|в|на|с|к|из|по|за|—)[ \t])"),
    ("Group", "bench_workers", rf"(?:[а-яё]+(?:ых|их|ые|ие) )?рабоч(?:ие|их|им|ими) от станка"),
    ("Group", "triumvirate", r"триумвират(?:а|у|ом|е)?"),
    ("Group", "komsomol_members", rf"комсомольц{_RU_TS}"),
    ("Group", "srs", rf"(?:(?:левы|правы)(?:е|х|м|ми) )?эсер{_RU_HARD}"),
    ("Group", "commanders", rf"командир{_RU_HARD}"),
    ("Group", "politruks", rf"политрук{_RU_VELAR}|политическ(?:ие|их|им|ими) руководител{_RU_SOFT}"),
    ("Group", "military_commissars", rf"военн(?:ые|ых|ым|ыми) комиссар{_RU_HARD}"),
    ("Group", "business_executives", rf"хозяйственник{_RU_VELAR}"),
    ("Group", "fellow_travellers", rf"попутчик{_RU_VELAR}"),
    ("Group", "falsifiers", rf"фальсификатор{_RU_HARD}(?: истории)?"),
    ("Group", "*", rf"{_NAT_RU}(?:ие|их|им|ими) (?:пан|помещик|капиталист|барон|феодал|хан)(?:ы|и|ов|ам|ами|ах)"),
    # -- the church, the electorate, the non-party, women and the young, the professions of the arts
    ("Group", "believers", rf"верующ{_RU_PART}"),
    ("Group", "clergy", r"духовенств(?:о|а|у|ом|е)|церковник(?:и|ов|ам|ами|ах)|священник(?:и|ов|ам|ами|ах)"),
    ("Group", "voters", rf"избирател{_RU_SOFT}"),
    ("Group", "non_party_people", rf"беспартийн(?:ые|ых|ым|ыми)(?= (?:и|,)|[,.;:»)])|беспартийн(?:ые|ых|ым|ыми) (?:масс|товарищ|люд)[а-яё]*"),
    ("Group", "women_workers", r"работниц(?:ы|ам|ами|ах)?(?![а-яё])|женщин(?:ы|ам|ами|ах)?[- ]работниц[а-яё]*"),
    ("Group", "peasant_women", r"крестьянок|крестьянк(?:и|ам|ами|ах)"),
    ("Group", "women_delegates", r"делегаток|делегатк(?:и|ам|ами|ах)"),
    ("Group", "youth", r"(?:учащ|рабоч|крестьянск|советск|сельск|студенческ)[а-яё]+ молод[её]ж(?:ь|и|ью)"),
    ("Group", "formalists", rf"формалист{_RU_HARD}|формалистическ(?:ое|ого|ому|им|ом) направлени(?:е|я|ю|ем|и)"),
    ("Group", "shock_workers", rf"ударн(?:ые|ых|ым|ыми) бригад(?:ы|ам|ами|ах)?|ударник{_RU_VELAR}"),
    ("Group", "prisoners_of_war", r"военнопленн(?:ые|ых|ым|ыми)"),
    # officials named by their sphere or rank («районные работники», «руководящих работников»)
    ("Group", "*ru", r"(?:районн|областн|краев|городск|партийн|советск|руководящ|ответственн|низов|хозяйственн|технически|"
                     r"колхозн|сельск|профсоюзн|комсомольск)(?:ые|ых|ым|ыми|ие|их|им|ими) работник(?:и|ов|ам|ами|ах)"),
    ("Event", "socialist_competition", r"социалистическ(?:ое|ого|ому|им|ом) соревновани(?:е|я|ю|ем|и)"),
    ("Event", "*ru", r"выбор(?:ы|ов|ам|ах) \d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?: \d{4} г(?:ода|\.))?"),
    ("Event", "kolkhoz_amalgamation", r"укрупнени(?:е|я|ю|ем|и) (?:мелких )?(?:колхозов|сельскохозяйственных артелей)"),
    ("Event", "bread_rationing", r"карточн(?:ая|ой|ую|ую) систем(?:а|ы|е|у|ой)"),
    ("Event", "second_world_war", r"[Вв]тор(?:ая|ой|ую) миров(?:ая|ой|ую) войн(?:а|ы|е|у|ой)"),
    ("Event", "first_world_war", r"[Пп]ерв(?:ая|ой|ую) миров(?:ая|ой|ую) войн(?:а|ы|е|у|ой)|империалистическ(?:ая|ой|ую) войн(?:а|ы|е|у|ой)"),
    ("Event", "five_year_plan", r"пятилетн(?:ий|его|ему|им|ем|ие|их) план(?:а|у|ом|е|ы|ов)?|пятилетк(?:а|и|у|ой|е|ам|ами|ах)"),
    ("Event", "occupation", r"(?:немецк(?:ой|ая|ую) |фашистск(?:ой|ая|ую) )?оккупаци(?:я|и|ю|ей)"),
    ("Event", "cult_of_personality", r"культ(?:а|у|ом|е)? личности"),
    ("Event", "grain_procurement", r"хлебозаготов(?:ки|ок|кам|ками|ках|ка|ку|кой|ке)"),
    ("Event", "extraordinary_measures", r"чрезвычайн(?:ые|ых|ым|ыми) мер(?:ы|ам|ами|ах)?"),
    ("Event", "exchange_of_party_documents", r"(?:обмена|обмену|обменом|обмене|обмен) партийных (?:документов|билетов)"),
    ("Event", "mass_operations", r"массов(?:ые|ых|ым|ыми|ая|ой|ую) (?:операци|арест|репресси)[а-яё]*"),
    ("Event", "self_criticism_campaign", r"самокритик(?:а|и|у|ой|е)"),
    ("Event", "sowing_campaign", r"(?:весенн|осенн)(?:ий|его|ему|им|ем) сев(?:а|у|ом|е)?"),
    ("Event", "party_mobilisations", r"(?:партийн|массов)(?:ые|ых|ым|ыми|ая|ой|ую) мобилизаци[а-яё]*"),
    ("Event", "lenin_enrolment", r"[Лл]енинск(?:ий|ого|ому|им|ом) призыв(?:а|у|ом|е)?"),
    ("Event", "affair", r"[А-ЯЁа-яё]+(?:ское дело|ского дела|скому делу|ском деле)"),
    ("Body", "*ru", r"[а-яё]+ск(?:ая|ой|ую|ие|их|им|ими) делегаци(?:я|и|ю|ей|ям|ями|ях)"),
    ("Body", "religious_associations", r"религиозн(?:ые|ых|ым|ыми) (?:объединени|организаци|общин)[а-яё]*"),
    ("Body", "orthodox_church", r"(?:[Рр]усск(?:ая|ой|ую) )?[Пп]равославн(?:ая|ой|ую) церк(?:овь|ви|овью)"),
    ("Body", "tsarist_government", r"царск(?:ое|ого|ому|им|ом) правительств(?:о|а|у|ом|е)|самодержави(?:е|я|ю|ем)"),
    ("Body", "wall_newspapers", r"стенн(?:ые|ых|ым|ыми|ая|ой|ую) газет(?:а|ы|е|у|ой|ам|ами|ах)?"),
    ("Body", "*ru", r"(?:областн|районн|местн|центральн|республиканск|многотиражн|заводск|фабричн)(?:ые|ых|ым|ыми) газет(?:ы|ам|ами|ах)?(?![а-яё])"),
    # committees and councils «по делам» of a sphere (the arts, the Orthodox Church, higher schools),
    # and theatres by their adjective («Большим театром», «Малого театра»)
    ("Body", "*ru", r"(?:[Кк]омитет|[Сс]овет)(?:а|у|ом|е)? по делам(?: [а-яё]+(?:ых|их|ой|ей|ого|его))* [а-яё]{4,}(?: [а-яё]+(?:ых|их|ой|ей|ого|его))*(?: [а-яё]{4,}(?:ов|ы|и|а))?"),
    ("Body", "*ru", r"(?-i:[А-ЯЁ][а-яё]+(?:ий|ой|ый|ого|ому|им|ым|ом)) театр(?:а|у|ом|е)?"),
    ("Body", "zhenotdels", r"женотдел(?:ы|ов|ам|ами|ах|а|у|ом|е)?"),
    ("Body", "delegate_meetings", r"делегатск(?:ие|их|им|ими) собрани(?:я|й|ям|ями|ях)"),
    ("Body", "fabzavkoms", r"фабзавком(?:ы|ов|ам|ами|ах)|фабрично-заводск(?:ие|их|им|ими) комитет(?:ы|ов|ам|ами|ах)"),
)
