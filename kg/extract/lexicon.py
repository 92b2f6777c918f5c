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

HONORIFICS = r"(?:Comrade|Comrades|Cde\.|Madam|Madame|Mme\.?|Mr\.|Mrs\.|Miss|Citizen|Professor|Prof\.|Academician|General|Marshal|Admiral|Colonel|Sir|Ambassador|Secretary|Commissar|тов\.|товарищ|товарища|товарищу|Тов\.|гражданин)"

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
