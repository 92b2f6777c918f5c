#!/usr/bin/env python3
"""Build the gold JSON files and quantities.json of blind-15 from the specs below.

Run from anywhere: python3 tools/build_gold.py  (paths are relative to the folder).
Checks that every mention and evidence occurs verbatim in the text (after front matter).
"""
import json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P, B, G, D, E, L, O = "Person", "Body", "Group", "Document", "Event", "Place", "Position"

def body(fn):
    s = open(os.path.join(HERE, fn), encoding="utf-8").read()
    if s.startswith("---\n"):
        end = s.index("\n---\n", 4)
        s = s[end + 5:]
    return s

DOCS = {}
QUANT = []

# ---------------------------------------------------------------- 1501
DOCS["1501_school_decree_1931"] = dict(
ents=[
 ("this_document", "On the Primary and Secondary School (resolution of the CC VKP(B), 5 September 1931)", D, ["On the Primary and Secondary School", "this resolution"]),
 ("cc_decision_1930_07_25", "CC decision of 25 July 1930 on universal compulsory primary education", D, ["decision of the Central Committee of 25 July 1930"]),
 ("central_committee", "Central Committee of the Communist Party (VKP(B))", B, ["Central Committee of the VKP(B)", "Central Committee"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", B, ["VKP(B)"]),
 ("narkompros_republics", "People's Commissariats of Education of the union republics", B, ["People's Commissariats of Education of the union republics", "People's Commissariats of Education"]),
 ("party_organizations", "Party organizations", B, ["Party organizations"]),
 ("raikoms", "Raikoms (district party committees)", B, ["raikoms"]),
 ("gorkoms", "Gorkoms (city party committees)", B, ["gorkoms"]),
 ("obkoms", "Obkoms (regional party committees)", B, ["Obkoms"]),
 ("kraikoms", "Kraikoms (territorial party committees)", B, ["kraikoms"]),
 ("national_party_ccs", "Central Committees of national Communist parties", B, ["Central Committees of national Communist parties"]),
 ("komsomol", "Komsomol (All-Union Leninist Communist Union of Youth)", B, ["Komsomol"]),
 ("young_pioneers", "Young Pioneer organization", B, ["Young Pioneer organization"]),
 ("kultprop", "Culture and Propaganda Department of the CC", B, ["Culture and Propaganda Department of the Central Committee"]),
 ("soviet_school", "The Soviet school", B, ["Soviet school"]),
 ("technical_schools", "Technical schools", B, ["technical schools"]),
 ("higher_education", "Higher educational institutions", B, ["higher educational institutions"]),
 ("teachers", "Teachers (teaching cadres)", G, ["teaching cadres"]),
 ("october_revolution", "October Revolution", E, ["October Revolution"]),
 ("universal_primary_education", "Introduction of universal compulsory primary education", E, ["universal compulsory primary education"]),
],
rels=[
 ("central_committee", "issues", "this_document", "Central Committee of the VKP(B), On the Primary and Secondary School"),
 ("this_document", "dated", "1931-09-05", "On the Primary and Secondary School. September 5, 1931"),
 ("central_committee", "partOf", "communist_party", "Central Committee of the VKP(B)"),
 ("this_document", "references", "cc_decision_1930_07_25", "introduced by the decision of the Central Committee of 25 July 1930"),
 ("central_committee", "issues", "cc_decision_1930_07_25", "the decision of the Central Committee of 25 July 1930"),
 ("cc_decision_1930_07_25", "dated", "1930-07-25", "decision of the Central Committee of 25 July 1930"),
 ("cc_decision_1930_07_25", "reportsOn", "universal_primary_education", "universal compulsory primary education, introduced by the decision of the Central Committee of 25 July 1930"),
 ("this_document", "criticizes", "soviet_school", "the basic shortcoming of the school at the present moment is that instruction does not give a sufficient volume of general knowledge"),
 ("this_document", "criticizes", "narkompros_republics", "The People's Commissariats of Education of the union republics have permitted these harmful experiments and have not fought them."),
 ("this_document", "demands", "narkompros_republics", "1. The People's Commissariats of Education of the union republics are obliged to organize immediately the scientific-Marxist revision of the curricula"),
 ("this_document", "demands", "party_organizations", "3. Party organizations are obliged to improve the selection of teaching cadres and to raise the role of the teacher"),
 ("this_document", "demands", "raikoms", "raikoms and gorkoms must give the school daily attention"),
 ("this_document", "demands", "gorkoms", "raikoms and gorkoms must give the school daily attention"),
 ("this_document", "demands", "obkoms", "4. Obkoms, kraikoms and the Central Committees of national Communist parties are obliged to discuss the state of the schools at their plenums"),
 ("this_document", "demands", "kraikoms", "4. Obkoms, kraikoms and the Central Committees of national Communist parties are obliged to discuss the state of the schools at their plenums"),
 ("this_document", "demands", "national_party_ccs", "4. Obkoms, kraikoms and the Central Committees of national Communist parties are obliged to discuss the state of the schools at their plenums"),
 ("this_document", "demands", "komsomol", "5. The Komsomol and its Young Pioneer organization are to strengthen conscious discipline in the school"),
 ("this_document", "demands", "young_pioneers", "5. The Komsomol and its Young Pioneer organization are to strengthen conscious discipline in the school"),
 ("this_document", "forbids", "komsomol", "the Komsomol is forbidden to substitute its own organs for the school administration"),
 ("this_document", "demands", "kultprop", "6. The Culture and Propaganda Department of the Central Committee is charged with supervising the fulfilment of this resolution"),
 ("young_pioneers", "partOf", "komsomol", "The Komsomol and its Young Pioneer organization"),
 ("kultprop", "partOf", "central_committee", "Culture and Propaganda Department of the Central Committee"),
])
QUANT += [
 dict(doc="1501_school_decree_1931", subject="this_document", quantity="deadline", value="1932-01-01",
      evidence="not later than 1 January 1932", point=1, applies_to=["narkompros_republics"]),
 dict(doc="1501_school_decree_1931", subject="this_document", quantity="deadline", value=4, unit="months",
      evidence="reporting on it to the Central Committee within four months", point=6, applies_to=["kultprop"]),
]

# ---------------------------------------------------------------- 1502
DOCS["1502_dirksen_despatch_1929"] = dict(
ents=[
 ("this_document", "Political report of the German Ambassador in Moscow (Dirksen) to the Foreign Office, 19 November 1929", D, ["Political Report"]),
 ("plenum_resolution_1929_11", "Resolution of the November 1929 CC plenum on the Bukharin group (right deviation)", D, ["resolution of the plenum", "The resolution"]),
 ("control_figures_resolution_1929", "Resolution of the November 1929 plenum on the control figures for 1929/30", D, ["resolution on the control figures for the second year of the Five-Year Plan"]),
 ("kolkhoz_resolution_1929", "Resolution of the November 1929 plenum on collective-farm construction", D, ["resolution on collective-farm construction"]),
 ("communique_1929_11", "Communiqué on the November 1929 plenum", D, ["communiqué printed in Pravda", "communiqué"]),
 ("bukharin_rykov_tomsky_statement", "Statement of Bukharin, Rykov and Tomsky to the November 1929 plenum", D, ["statement"]),
 ("dirksen", "Herbert von Dirksen", P, ["Dirksen"]),
 ("ambassador", "German Ambassador in the Soviet Union", O, ["Ambassador"]),
 ("agricultural_attache", "Agricultural attaché of the German Embassy", O, ["agricultural attaché"]),
 ("german_embassy", "German Embassy in Moscow", B, ["German Embassy", "Embassy"]),
 ("foreign_office", "German Foreign Office (Auswärtiges Amt)", B, ["Foreign Office"]),
 ("cc_plenum", "Plenum of the Central Committee of the VKP(B)", B, ["November Plenum of the Central Committee", "November Plenum", "plenary session of the Central Committee", "plenary session", "plenum"]),
 ("central_committee", "Central Committee of the Communist Party (VKP(B))", B, ["Central Committee of the Communist Party", "Central Committee of the All-Union Communist Party", "Central Committee"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", B, ["Communist Party", "All-Union Communist Party", "the Party"]),
 ("politburo", "Political Bureau of the CC (Politburo)", B, ["Political Bureau"]),
 ("pravda", "Pravda", B, ["Pravda"]),
 ("narkomindel", "People's Commissariat for Foreign Affairs", B, ["Commissariat for Foreign Affairs"]),
 ("narkomzem_ussr", "Union People's Commissariat of Agriculture", B, ["Union People's Commissariat of Agriculture"]),
 ("bukharin", "Nikolai Bukharin", P, ["Bukharin"]),
 ("rykov", "Aleksei Rykov", P, ["Rykov"]),
 ("tomsky", "Mikhail Tomsky", P, ["Tomsky"]),
 ("uglanov", "Nikolai Uglanov", P, ["Uglanov"]),
 ("trotsky", "Leon Trotsky", P, ["Trotsky"]),
 ("stalin", "Joseph Stalin", P, ["Stalin"]),
 ("right_opposition", "Right opposition (right deviators)", G, ["Right opposition", "right deviators", "Right opportunists", "Right deviation", "the Right"]),
 ("conciliators", "Conciliators towards the Right deviation", G, ["conciliators"]),
 ("left_opposition", "Left opposition", G, ["the Left"]),
 ("party_leadership", "Party leadership", G, ["Party leadership"]),
 ("foreign_observers", "Foreign observers in Moscow", G, ["foreign observers"]),
 ("german_colonists", "German colonists on the Volga", G, ["German colonists"]),
 ("trotsky_expulsion", "Expulsion of Trotsky (1927)", E, ["expulsion of Trotsky"]),
 ("five_year_plan", "First Five-Year Plan", E, ["Five-Year Plan"]),
 ("collectivization", "Collectivization of agriculture", E, ["collectivization", "collective-farm construction"]),
 ("moscow", "Moscow", L, ["Moscow"]),
 ("germany", "Germany", L, ["Germany"]),
 ("soviet_union", "Soviet Union", L, ["Soviet Union"]),
 ("volga", "Volga region", L, ["Volga"]),
],
rels=[
 ("this_document", "authoredBy", "dirksen", "The Ambassador (Dirksen) to the Foreign Office"),
 ("this_document", "sentTo", "foreign_office", "The Ambassador (Dirksen) to the Foreign Office"),
 ("dirksen", "holdsPosition", "ambassador", "The Ambassador (Dirksen)"),
 ("this_document", "dated", "1929-11-19", "German Embassy, Moscow, 19 November 1929"),
 ("german_embassy", "locatedIn", "moscow", "German Embassy, Moscow"),
 ("cc_plenum", "partOf", "central_committee", "The plenary session of the Central Committee of the All-Union Communist Party"),
 ("central_committee", "partOf", "communist_party", "Central Committee of the All-Union Communist Party"),
 ("this_document", "reportsOn", "communique_1929_11", "According to the communiqué printed in Pravda this morning"),
 ("communique_1929_11", "publishedIn", "pravda", "the communiqué printed in Pravda this morning"),
 ("this_document", "comparesTo", "trotsky_expulsion", "the most important change in the Party leadership since the expulsion of Trotsky"),
 ("cc_plenum", "criticizes", "bukharin", "the plenum removed Bukharin from the Political Bureau as \"the inspirer and leader of the right deviators\""),
 ("cc_plenum", "criticizes", "rykov", "Rykov, Tomsky and Uglanov were warned that any further attempt to fight the line of the Central Committee would be met with organizational measures."),
 ("cc_plenum", "criticizes", "tomsky", "Rykov, Tomsky and Uglanov were warned that any further attempt to fight the line of the Central Committee would be met with organizational measures."),
 ("cc_plenum", "criticizes", "uglanov", "Rykov, Tomsky and Uglanov were warned that any further attempt to fight the line of the Central Committee would be met with organizational measures."),
 ("this_document", "reportsOn", "plenum_resolution_1929_11", "The resolution of the plenum declares that the propaganda of the views of the Right opportunists is incompatible with membership in the Party."),
 ("cc_plenum", "issues", "plenum_resolution_1929_11", "The resolution of the plenum"),
 ("plenum_resolution_1929_11", "criticizes", "right_opposition", "the propaganda of the views of the Right opportunists is incompatible with membership in the Party"),
 ("plenum_resolution_1929_11", "criticizes", "conciliators", "It also condemns the \"conciliators\" who have failed to fight the Right deviation."),
 ("plenum_resolution_1929_11", "authoredBy", "stalin", "this wording was chosen by Stalin himself"),
 ("cc_plenum", "issues", "control_figures_resolution_1929", "The plenum further adopted a resolution on the control figures for the second year of the Five-Year Plan"),
 ("cc_plenum", "issues", "kolkhoz_resolution_1929", "a resolution on collective-farm construction"),
 ("control_figures_resolution_1929", "reportsOn", "five_year_plan", "resolution on the control figures for the second year of the Five-Year Plan"),
 ("kolkhoz_resolution_1929", "reportsOn", "collectivization", "resolution on collective-farm construction"),
 ("this_document", "reportsOn", "collectivization", "The speakers demanded that the tempo of collectivization be raised to a level which, in the opinion of the Embassy's agricultural attaché, the countryside cannot bear"),
 ("bukharin_rykov_tomsky_statement", "authoredBy", "bukharin", "Bukharin, Rykov and Tomsky had submitted a statement"),
 ("bukharin_rykov_tomsky_statement", "authoredBy", "rykov", "Bukharin, Rykov and Tomsky had submitted a statement"),
 ("bukharin_rykov_tomsky_statement", "authoredBy", "tomsky", "Bukharin, Rykov and Tomsky had submitted a statement"),
])

# ---------------------------------------------------------------- 1503
DOCS["1503_lenin_report_11th_congress"] = dict(
ents=[
 ("this_document", "Political Report of the CC RCP(B) to the Eleventh Party Congress (Lenin, 27 March 1922)", D, ["Political Report of the Central Committee of the R.C.P.(B.) to the Eleventh Congress of the Party"]),
 ("smena_vekh", "Smena Vekh (Change of Landmarks)", D, ["Smena Vekh"]),
 ("lenin", "Vladimir Lenin", P, ["V. I. Lenin", "Lenin"]),
 ("ustryalov", "Nikolai Ustryalov", P, ["Ustryalov"]),
 ("central_committee", "Central Committee of the Communist Party", B, ["Central Committee of the R.C.P.(B.)", "Central Committee"]),
 ("communist_party", "Russian Communist Party (Bolsheviks), RCP(B)", B, ["R.C.P.(B.)", "the Party"]),
 ("eleventh_congress", "Eleventh Party Congress", B, ["Eleventh Congress of the Party", "Eleventh Congress"]),
 ("tenth_congress", "Tenth Party Congress", B, ["Tenth Congress"]),
 ("politburo", "Political Bureau of the CC (Politburo)", B, ["Political Bureau of the Central Committee", "Political Bureau"]),
 ("sovnarkom", "Council of People's Commissars", B, ["Council of People's Commissars"]),
 ("people_s_commissariats", "People's Commissariats", B, ["People's Commissariats"]),
 ("state_apparatus", "Soviet state apparatus", B, ["state apparatus", "our apparatus", "bureaucratic machine"]),
 ("soviet_state", "Soviet (proletarian) state", B, ["proletarian state"]),
 ("mixed_companies", "Mixed companies", B, ["mixed companies"]),
 ("state_trusts", "State trusts", B, ["state trusts"]),
 ("responsible_communists", "Communists in responsible administrative posts", G, ["responsible Communists", "Communists who perform administrative functions", "Communist who is a responsible official"]),
 ("party_members", "Party members (Communists)", G, ["Communists"]),
 ("class_enemies", "Class enemies", G, ["class enemies"]),
 ("smenovekhovtsy", "Change of Landmarks movement (smenovekhovtsy)", G, ["Change of Landmarks people"]),
 ("nep", "New Economic Policy", E, ["New Economic Policy"]),
 ("genoa_conference", "Genoa Conference (1922)", E, ["Genoa"]),
 ("moscow", "Moscow", L, ["Moscow"]),
],
rels=[
 ("this_document", "authoredBy", "lenin", "Delivered by V. I. Lenin"),
 ("central_committee", "issues", "this_document", "Political Report of the Central Committee of the R.C.P.(B.)"),
 ("this_document", "sentTo", "eleventh_congress", "to the Eleventh Congress of the Party"),
 ("this_document", "dated", "1922-03-27", "Delivered by V. I. Lenin, 27 March 1922"),
 ("central_committee", "partOf", "communist_party", "Central Committee of the R.C.P.(B.)"),
 ("eleventh_congress", "partOf", "communist_party", "Eleventh Congress of the Party"),
 ("politburo", "partOf", "central_committee", "Political Bureau of the Central Committee"),
 ("this_document", "reportsOn", "nep", "for a whole year, since the Tenth Congress, we have been retreating under the New Economic Policy"),
 ("this_document", "reportsOn", "genoa_conference", "We are going to Genoa not as Communists but as merchants."),
 ("this_document", "criticizes", "responsible_communists", "What we lack is culture among the stratum of Communists who perform administrative functions."),
 ("this_document", "criticizes", "state_apparatus", "Let me give you an example of how badly our apparatus works."),
 ("this_document", "criticizes", "people_s_commissariats", "because the People's Commissariats could not agree among themselves. That is a disgrace."),
 ("this_document", "demands", "sovnarkom", "the Council of People's Commissars and its commissions must learn to decide them"),
 ("this_document", "demands", "communist_party", "the Party must guide the state apparatus, not replace it"),
 ("this_document", "references", "smena_vekh", "Ustryalov, one of the Change of Landmarks people, writes in Smena Vekh"),
 ("smena_vekh", "authoredBy", "ustryalov", "Ustryalov, one of the Change of Landmarks people, writes in Smena Vekh"),
])
QUANT += [
 dict(doc="1503_lenin_report_11th_congress", subject="moscow", quantity="responsible Communists in Moscow", value=4700,
      evidence="Moscow with its 4,700 responsible Communists"),
]

# ---------------------------------------------------------------- 1504
DOCS["1504_xiv_konferentsiya_1925"] = dict(
ents=[
 ("this_document", "Encyclopedia entry: Fourteenth Conference of the RCP(B)", D, ["энциклопедическая статья"]),
 ("comintern_tasks_resolution_1925", "Resolution 'On the tasks of the Comintern and the RCP(B) in connection with the enlarged plenum of the ECCI' (14th Conference, 1925)", D, ["О задачах Коминтерна и РКП(б) в связи с расширенным пленумом ИККИ"]),
 ("revolutionary_legality_resolution_1925", "Resolution on revolutionary legality (14th Conference, 1925)", D, ["Резолюция о революционной законности"]),
 ("kpss_v_rezoliutsiiakh", "KPSS v rezoliutsiiakh i resheniiakh s''ezdov, konferentsii i plenumov TsK", D, ["КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК"]),
 ("fourteenth_conference", "Fourteenth Conference of the RCP(B) (April 1925)", B, ["ЧЕТЫРНАДЦАТАЯ КОНФЕРЕНЦИЯ РКП(б)", "Четырнадцатой конференции", "конференции", "конференция", "Конференция"]),
 ("communist_party", "Russian / All-Union Communist Party (Bolsheviks)", B, ["Российской коммунистической партии (большевиков)", "РКП(б)", "ВКП(б)", "партии"]),
 ("central_committee", "Central Committee of the Communist Party", B, ["Центрального Комитета РКП(б)", "ЦК РКП(б)", "ЦК"]),
 ("cc_plenum", "Plenum of the Central Committee", B, ["пленума ЦК РКП(б)"]),
 ("fourteenth_congress", "Fourteenth Party Congress (December 1925)", B, ["XIV съездом партии", "съезде"]),
 ("comintern", "Communist International (Comintern)", B, ["Коминтерна"]),
 ("ecci", "Executive Committee of the Communist International (ECCI)", B, ["Исполкома Коминтерна", "ИККИ"]),
 ("ecci_plenum_1925", "Enlarged plenum of the ECCI (March-April 1925)", B, ["расширенным пленумом Исполкома Коминтерна", "расширенном пленуме ИККИ", "расширенным пленумом ИККИ"]),
 ("party_organizations", "Party organizations", B, ["местных партийных организаций", "партийные организации"]),
 ("gubkoms", "Gubkoms (provincial party committees)", B, ["губкомов"]),
 ("ukoms", "Ukoms (county party committees)", B, ["укомов"]),
 ("local_authorities", "Local organs of power", B, ["местных органов власти"]),
 ("zinoviev", "Grigory Zinoviev", P, ["Г. Е. Зиновьев", "Зиновьев"]),
 ("stalin", "Joseph Stalin", P, ["И. В. Сталиным", "Сталина"]),
 ("trotsky", "Leon Trotsky", P, ["Л. Д. Троцким"]),
 ("bukharin", "Nikolai Bukharin", P, ["Н. И. Бухарина", "Бухарин"]),
 ("kamenev", "Lev Kamenev", P, ["Л. Б. Каменев"]),
 ("ecci_chairman", "Chairman of the ECCI", O, ["председатель Исполкома Коминтерна"]),
 ("new_opposition", "New Opposition (1925)", G, ["новую оппозицию"]),
 ("peasantry", "Peasantry", G, ["крестьянство", "крестьянских хозяйствах"]),
 ("middle_peasants", "Middle peasants (serednyaks)", G, ["середняка"]),
 ("cc_majority", "Majority of the Central Committee", G, ["большинства ЦК"]),
 ("nep", "New Economic Policy", E, ["новой экономической политики"]),
 ("war_communism", "War Communism", E, ["военного коммунизма"]),
 ("moscow", "Moscow", L, ["Москве"]),
],
rels=[
 ("fourteenth_conference", "partOf", "communist_party", "ЧЕТЫРНАДЦАТАЯ КОНФЕРЕНЦИЯ РКП(б) — общепартийная конференция Российской коммунистической партии (большевиков)"),
 ("fourteenth_conference", "locatedIn", "moscow", "проходившая в Москве 27—29 апреля 1925 года"),
 ("central_committee", "partOf", "communist_party", "Центрального Комитета РКП(б)"),
 ("cc_plenum", "partOf", "central_committee", "пленума ЦК РКП(б)"),
 ("ecci", "partOf", "comintern", "Исполкома Коминтерна"),
 ("ecci_plenum_1925", "partOf", "ecci", "расширенным пленумом Исполкома Коминтерна"),
 ("zinoviev", "holdsPosition", "ecci_chairman", "Г. Е. Зиновьев, председатель Исполкома Коминтерна"),
 ("zinoviev", "headOf", "ecci", "Г. Е. Зиновьев, председатель Исполкома Коминтерна"),
 ("zinoviev", "memberOf", "fourteenth_conference", "С докладом о расширенном пленуме ИККИ выступил Г. Е. Зиновьев"),
 ("fourteenth_conference", "issues", "comintern_tasks_resolution_1925", "значение конференции состоит в том, что в её резолюции «О задачах Коминтерна и РКП(б) в связи с расширенным пленумом ИККИ»"),
 ("this_document", "reportsOn", "comintern_tasks_resolution_1925", "в её резолюции «О задачах Коминтерна и РКП(б) в связи с расширенным пленумом ИККИ» впервые в партийном документе был закреплён тезис о возможности победы социализма в одной стране"),
 ("stalin", "criticizes", "trotsky", "выдвинутая И. В. Сталиным в конце 1924 года в полемике с Л. Д. Троцким и его теорией «перманентной революции»"),
 ("this_document", "reportsOn", "nep", "конференция продолжила курс новой экономической политики в деревне"),
 ("fourteenth_conference", "criticizes", "party_organizations", "Конференция осудила пережитки «военного коммунизма» в работе отдельных местных партийных организаций"),
 ("revolutionary_legality_resolution_1925", "demands", "party_organizations", "Резолюция о революционной законности обязала партийные организации бороться с произволом местных органов власти"),
 ("revolutionary_legality_resolution_1925", "criticizes", "local_authorities", "бороться с произволом местных органов власти"),
 ("fourteenth_congress", "partOf", "communist_party", "XIV съездом партии"),
 ("zinoviev", "memberOf", "fourteenth_congress", "Уже на съезде Зиновьев и Л. Б. Каменев выступили против Сталина"),
 ("kamenev", "memberOf", "fourteenth_congress", "Уже на съезде Зиновьев и Л. Б. Каменев выступили против Сталина"),
 ("zinoviev", "criticizes", "stalin", "Зиновьев и Л. Б. Каменев выступили против Сталина и большинства ЦК"),
 ("kamenev", "criticizes", "stalin", "Зиновьев и Л. Б. Каменев выступили против Сталина и большинства ЦК"),
 ("zinoviev", "criticizes", "cc_majority", "Зиновьев и Л. Б. Каменев выступили против Сталина и большинства ЦК"),
 ("kamenev", "criticizes", "cc_majority", "Зиновьев и Л. Б. Каменев выступили против Сталина и большинства ЦК"),
 ("this_document", "references", "kpss_v_rezoliutsiiakh", "Лит.: КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК"),
 ("kpss_v_rezoliutsiiakh", "dated", "1970", "Т. 3. М., 1970"),
])

# ---------------------------------------------------------------- 1505
DOCS["1505_eismont_essay"] = dict(
ents=[
 ("this_document", "The Eismont-Tolmachev-Smirnov Affair and the Limits of Dissent, 1932-1933 (essay)", D, ["The Eismont-Tolmachev-Smirnov Affair and the Limits of Dissent, 1932-1933"]),
 ("resolution_eismont_group_1933", "Resolution of the joint CC-CCC plenum 'On the anti-party group of Eismont, Tolmachev, A. P. Smirnov and others' (January 1933)", D, ["On the anti-party group of Eismont, Tolmachev, A. P. Smirnov and others", "same resolution"]),
 ("politburo_papers", "Politburo papers (archive)", D, ["Politburo papers"]),
 ("ryutin_platform", "Platform of the Ryutin group", D, ["platform of the Ryutin group"]),
 ("eismont_affair", "Eismont-Tolmachev-Smirnov affair (1932-1933)", E, ["Eismont-Tolmachev-Smirnov Affair"]),
 ("famine_1932_33", "Famine of 1932-1933", E, ["famine"]),
 ("revolution_from_above", "Stalin's 'revolution from above'", E, ["revolution from above"]),
 ("ryutin_affair", "Ryutin affair (1932)", E, ["Ryutin affair"]),
 ("great_terror", "Great Terror", E, ["Great Terror"]),
 ("eismont", "Nikolai Eismont", P, ["Nikolai Eismont", "Eismont"]),
 ("tolmachev", "Vladimir Tolmachev", P, ["Vladimir Tolmachev", "Tolmachev"]),
 ("smirnov_ap", "Aleksandr Petrovich Smirnov", P, ["Aleksandr Petrovich Smirnov", "A. P. Smirnov", "Smirnov"]),
 ("stalin", "Joseph Stalin", P, ["Stalin"]),
 ("nikolsky", "N. Nikolsky", P, ["N. Nikolsky"]),
 ("rykov", "Aleksei Rykov", P, ["Rykov"]),
 ("tomsky", "Mikhail Tomsky", P, ["Tomsky"]),
 ("shmidt", "Vasily Shmidt", P, ["Vasily Shmidt"]),
 ("khlevniuk", "Oleg Khlevniuk", P, ["Oleg Khlevniuk"]),
 ("conquest", "Robert Conquest", P, ["Robert Conquest"]),
 ("narkom_supply_rsfsr", "People's Commissar of Supply of the RSFSR", O, ["People's Commissar of Supply of the RSFSR"]),
 ("narkom_internal_rsfsr", "People's Commissar of Internal Affairs of the RSFSR", O, ["People's Commissar of Internal Affairs of the RSFSR"]),
 ("general_secretary", "General Secretary of the CC", O, ["General Secretary"]),
 ("central_committee", "Central Committee of the Communist Party (VKP(B))", B, ["Central Committee"]),
 ("ccc", "Central Control Commission", B, ["Central Control Commission"]),
 ("politburo", "Politburo of the CC", B, ["Politburo"]),
 ("joint_plenum_cc_ccc", "Joint plenum of the CC and the CCC (7-12 January 1933)", B, ["joint plenum of the Central Committee and the Central Control Commission", "plenum"]),
 ("ogpu", "OGPU", B, ["OGPU"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", B, ["the party"]),
 ("eismont_group", "'Anti-party group of Eismont, Tolmachev, Smirnov and others'", G, ["anti-party group of Eismont, Tolmachev, Smirnov and others"]),
 ("old_bolsheviks", "Old Bolsheviks", G, ["old Bolsheviks", "old Bolshevik"]),
 ("right_opposition", "Former Right opposition", G, ["former Right opposition", "former Right leaders"]),
 ("degenerates", "'Degenerates'", G, ["degenerates"]),
 ("party_leadership", "Party leadership", G, ["party leadership"]),
 ("ryutin_group", "Ryutin group", G, ["Ryutin group"]),
 ("party_members", "Communists", G, ["Communists"]),
 ("ukraine", "Ukraine", L, ["Ukraine"]),
 ("north_caucasus", "North Caucasus", L, ["North Caucasus"]),
 ("kazakhstan", "Kazakhstan", L, ["Kazakhstan"]),
 ("rsfsr", "RSFSR", L, ["RSFSR"]),
],
rels=[
 ("this_document", "reportsOn", "eismont_affair", "The affair of the so-called \"anti-party group of Eismont, Tolmachev, Smirnov and others\" shows how the leadership dealt with criticism"),
 ("this_document", "reportsOn", "resolution_eismont_group_1933", "adopted a resolution \"On the anti-party group of Eismont, Tolmachev, A. P. Smirnov and others\""),
 ("eismont", "holdsPosition", "narkom_supply_rsfsr", "Nikolai Eismont, People's Commissar of Supply of the RSFSR"),
 ("tolmachev", "holdsPosition", "narkom_internal_rsfsr", "Vladimir Tolmachev, a former People's Commissar of Internal Affairs of the RSFSR"),
 ("stalin", "holdsPosition", "general_secretary", "whether Stalin ought to be removed from the post of General Secretary"),
 ("eismont", "criticizes", "stalin", "discussed, over drinks, whether Stalin ought to be removed from the post of General Secretary"),
 ("tolmachev", "criticizes", "stalin", "discussed, over drinks, whether Stalin ought to be removed from the post of General Secretary"),
 ("nikolsky", "criticizes", "eismont", "One of their listeners, N. Nikolsky, denounced them to the OGPU."),
 ("nikolsky", "criticizes", "tolmachev", "One of their listeners, N. Nikolsky, denounced them to the OGPU."),
 ("smirnov_ap", "memberOf", "central_committee", "Aleksandr Petrovich Smirnov, an old Bolshevik and member of the Central Committee"),
 ("joint_plenum_cc_ccc", "issues", "resolution_eismont_group_1933", "The joint plenum of the Central Committee and the Central Control Commission, which met from 7 to 12 January 1933, adopted a resolution"),
 ("resolution_eismont_group_1933", "dated", "1933", "which met from 7 to 12 January 1933, adopted a resolution"),
 ("resolution_eismont_group_1933", "criticizes", "eismont_group", "On the anti-party group of Eismont, Tolmachev, A. P. Smirnov and others"),
 ("joint_plenum_cc_ccc", "expels", "eismont", "It expelled Eismont and Tolmachev from the party as \"degenerates\""),
 ("joint_plenum_cc_ccc", "expels", "tolmachev", "It expelled Eismont and Tolmachev from the party as \"degenerates\""),
 ("joint_plenum_cc_ccc", "expels", "smirnov_ap", "removed Smirnov from the Central Committee"),
 ("resolution_eismont_group_1933", "criticizes", "degenerates", "It expelled Eismont and Tolmachev from the party as \"degenerates\" who had tried to organize a struggle against the party leadership"),
 ("resolution_eismont_group_1933", "criticizes", "rykov", "The same resolution warned Rykov, Tomsky and Vasily Shmidt that they would face the severest penalties"),
 ("resolution_eismont_group_1933", "criticizes", "tomsky", "The same resolution warned Rykov, Tomsky and Vasily Shmidt that they would face the severest penalties"),
 ("resolution_eismont_group_1933", "criticizes", "shmidt", "The same resolution warned Rykov, Tomsky and Vasily Shmidt that they would face the severest penalties"),
 ("resolution_eismont_group_1933", "criticizes", "right_opposition", "if they did not break with the former Right opposition"),
])

# ---------------------------------------------------------------- 1506
DOCS["1506_pravda_samokritika_1928"] = dict(
ents=[
 ("this_document", "'Self-criticism is our weapon', Pravda editorial, June 1928", D, ["САМОКРИТИКА — НАШЕ ОРУЖИЕ"]),
 ("cc_appeal_1928_06_02", "Appeal of the CC VKP(B) 'To all party members, to all workers' on developing self-criticism (2 June 1928)", D, ["Ко всем членам партии, ко всем рабочим", "обращение Центрального Комитета ВКП(б)", "Обращение ЦК"]),
 ("pravda", "Pravda", B, ["наша газета"]),
 ("central_committee", "Central Committee of the Communist Party (VKP(B))", B, ["Центрального Комитета ВКП(б)", "Центральный Комитет", "ЦК"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", B, ["ВКП(б)", "партии", "партия"]),
 ("party_organizations", "Party organizations", B, ["местные партийные организации", "партийных организаций", "партийные организации"]),
 ("gubkoms", "Gubkoms (provincial party committees)", B, ["губкомов"]),
 ("okruzhkoms", "Okruzhkoms (district party committees)", B, ["окружкомов"]),
 ("primary_party_organizations", "Party cells (primary party organizations)", B, ["ячеек", "ячейки"]),
 ("trade_unions", "Trade unions", B, ["профсоюзах"]),
 ("soviets", "Soviets", B, ["советах"]),
 ("cooperatives", "Cooperatives", B, ["кооперации"]),
 ("wall_press", "Wall newspapers", B, ["стенную печать"]),
 ("party_press", "Party press", B, ["Партийная печать"]),
 ("party_members", "Party members (Communists)", G, ["членам партии", "коммунистов"]),
 ("workers", "Workers", G, ["рабочим", "рабочие", "сознательных рабочих"]),
 ("working_class", "Working class", G, ["рабочему классу"]),
 ("wreckers", "Wreckers", G, ["Вредители"]),
 ("economic_managers", "Economic managers (khozyaistvenniki)", G, ["хозяйственники"]),
 ("komchvanstvo_leaders", "Leaders guilty of 'communist conceit' (komchvanstvo)", G, ["руководителей"]),
 ("rabkors", "Worker correspondents", G, ["рабочих корреспондентов"]),
 ("rightists", "Rightists and opportunist elements in the party", G, ["Правые и оппортунистические элементы"]),
 ("trotskyites", "Trotskyites", G, ["троцкистов"]),
 ("bureaucrats", "Bureaucrats", G, ["бюрократов"]),
 ("degenerate_elements", "Degenerate elements", G, ["разложившихся элементов"]),
 ("lenin", "Vladimir Lenin", P, ["Ленин"]),
 ("shakhty_affair", "Shakhty affair (1928)", E, ["Шахтинское дело"]),
 ("artemovsk_affair", "Artemovsk affair (1928)", E, ["Артемовское дело"]),
 ("smolensk_affair", "Smolensk scandal (1928)", E, ["смоленское разложение"]),
 ("self_criticism_campaign", "Self-criticism campaign (1928)", E, ["самокритики", "самокритика", "самокритику", "Самокритика"]),
 ("donbass", "Donbass", L, ["Донбассе"]),
],
rels=[
 ("central_committee", "issues", "cc_appeal_1928_06_02", "обращение Центрального Комитета ВКП(б)"),
 ("central_committee", "partOf", "communist_party", "Центрального Комитета ВКП(б)"),
 ("cc_appeal_1928_06_02", "publishedIn", "pravda", "Сегодня мы публикуем обращение Центрального Комитета ВКП(б)"),
 ("this_document", "reportsOn", "cc_appeal_1928_06_02", "Сегодня мы публикуем обращение Центрального Комитета ВКП(б) «Ко всем членам партии, ко всем рабочим» о развёртывании самокритики"),
 ("cc_appeal_1928_06_02", "reportsOn", "self_criticism_campaign", "«Ко всем членам партии, ко всем рабочим» о развёртывании самокритики"),
 ("cc_appeal_1928_06_02", "sentTo", "communist_party", "«Ко всем членам партии, ко всем рабочим»"),
 ("this_document", "reportsOn", "shakhty_affair", "Шахтинское дело показало, к чему ведёт отсутствие контроля снизу."),
 ("this_document", "reportsOn", "artemovsk_affair", "Артемовское дело и смоленское разложение тоже не с неба свалились"),
 ("this_document", "reportsOn", "smolensk_affair", "Артемовское дело и смоленское разложение тоже не с неба свалились"),
 ("this_document", "criticizes", "wreckers", "Вредители годами орудовали в Донбассе"),
 ("this_document", "criticizes", "economic_managers", "а хозяйственники и местные партийные организации не видели или не хотели видеть того, что творилось у них под носом"),
 ("this_document", "criticizes", "party_organizations", "а хозяйственники и местные партийные организации не видели или не хотели видеть того, что творилось у них под носом"),
 ("cc_appeal_1928_06_02", "criticizes", "komchvanstvo_leaders", "Обращение ЦК справедливо бичует «комчванство» тех руководителей, которые считают себя непогрешимыми"),
 ("cc_appeal_1928_06_02", "criticizes", "trade_unions", "Оно осуждает зажим самокритики в профсоюзах, советах и кооперации."),
 ("cc_appeal_1928_06_02", "criticizes", "soviets", "Оно осуждает зажим самокритики в профсоюзах, советах и кооперации."),
 ("cc_appeal_1928_06_02", "criticizes", "cooperatives", "Оно осуждает зажим самокритики в профсоюзах, советах и кооперации."),
 ("cc_appeal_1928_06_02", "demands", "party_organizations", "Центральный Комитет требует от всех партийных организаций, от губкомов и окружкомов до ячеек"),
 ("cc_appeal_1928_06_02", "demands", "gubkoms", "Центральный Комитет требует от всех партийных организаций, от губкомов и окружкомов до ячеек"),
 ("cc_appeal_1928_06_02", "demands", "okruzhkoms", "Центральный Комитет требует от всех партийных организаций, от губкомов и окружкомов до ячеек"),
 ("cc_appeal_1928_06_02", "demands", "primary_party_organizations", "Центральный Комитет требует от всех партийных организаций, от губкомов и окружкомов до ячеек"),
 ("this_document", "criticizes", "rightists", "уже шепчут, что самокритика «подрывает дисциплину» и «играет на руку врагу». Это вздор."),
 ("this_document", "criticizes", "trotskyites", "от клеветы троцкистов, которые хотели бы превратить её в орудие борьбы против партии"),
 ("this_document", "criticizes", "bureaucrats", "Самокритика направлена не против партии, а против бюрократов, против разложившихся элементов"),
 ("this_document", "criticizes", "degenerate_elements", "Самокритика направлена не против партии, а против бюрократов, против разложившихся элементов"),
])

# ---------------------------------------------------------------- 1507
DOCS["1507_pedologiya_1936"] = dict(
ents=[
 ("this_document", "On pedological perversions in the system of the People's Commissariats of Education (CC VKP(B) decree, 4 July 1936)", D, ["О педологических извращениях в системе наркомпросов", "настоящего постановления"]),
 ("narkompros_pedology_decree", "Decree of the Narkompros RSFSR on pedological work", D, ["постановление Наркомпроса РСФСР о педологической работе"]),
 ("pedology_textbooks", "Pedological textbooks", D, ["педологических учебников", "педологические учебники"]),
 ("central_committee", "Central Committee of the Communist Party (VKP(B))", B, ["ЦК ВКП(б)"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", B, ["ВКП(б)"]),
 ("narkompros_rsfsr", "People's Commissariat of Education of the RSFSR", B, ["Наркомпрос РСФСР", "Наркомпроса РСФСР"]),
 ("narkompros_republics", "People's Commissariats of Education of the union republics", B, ["наркомпросы других союзных республик", "наркомпросы союзных республик", "наркомпросы других республик", "наркомпросов"]),
 ("special_schools", "Special schools for 'difficult' children", B, ["специальные школы", "специальных школ"]),
 ("pedagogical_institutes", "Pedagogical institutes", B, ["педагогических институтах"]),
 ("technicums", "Technicums", B, ["техникумах"]),
 ("higher_education", "Higher educational institutions (VUZy)", B, ["вузах"]),
 ("party_organizations", "Party organizations", B, ["партийные организации"]),
 ("obkoms", "Obkoms (regional party committees)", B, ["обкомы"]),
 ("kraikoms", "Kraikoms (territorial party committees)", B, ["крайкомы"]),
 ("national_party_ccs", "Central Committees of national Communist parties", B, ["ЦК национальных компартий"]),
 ("education_organs", "Organs of public education", B, ["органам народного образования"]),
 ("press", "The press", B, ["печати"]),
 ("pedologists", "Pedologists", G, ["педологов", "Педологи"]),
 ("narkompros_leaders", "Leaders of the Narkompros RSFSR", G, ["руководителей Наркомпроса РСФСР"]),
 ("teachers", "Pedagogues and teachers", G, ["педагогов", "педагога", "учителя"]),
 ("blonsky", "Pavel Blonsky", P, ["П. П. Блонский"]),
 ("zalkind", "Aron Zalkind", P, ["А. Б. Залкинд"]),
 ("bubnov", "Andrei Bubnov", P, ["тов. Бубнову"]),
 ("narkom_education_rsfsr", "People's Commissar of Education of the RSFSR", O, ["наркому просвещения РСФСР"]),
 ("rsfsr", "RSFSR", L, ["РСФСР"]),
],
rels=[
 ("central_committee", "issues", "this_document", "Постановление ЦК ВКП(б), О педологических извращениях в системе наркомпросов"),
 ("this_document", "dated", "1936-07-04", "О педологических извращениях в системе наркомпросов. 4 июля 1936 г."),
 ("central_committee", "partOf", "communist_party", "ЦК ВКП(б)"),
 ("narkompros_rsfsr", "locatedIn", "rsfsr", "Наркомпрос РСФСР"),
 ("this_document", "criticizes", "narkompros_rsfsr", "ЦК ВКП(б) констатирует, что Наркомпрос РСФСР и наркомпросы других союзных республик допустили в школе широкое хозяйничанье так называемых «педологов»"),
 ("this_document", "criticizes", "narkompros_republics", "ЦК ВКП(б) констатирует, что Наркомпрос РСФСР и наркомпросы других союзных республик допустили в школе широкое хозяйничанье так называемых «педологов»"),
 ("this_document", "criticizes", "pedologists", "Педологи, опираясь на лженаучные анкеты и тесты, объявляли всё большее число детей «умственно отсталыми»"),
 ("this_document", "criticizes", "blonsky", "Её пропагандировали в печати и в вузах П. П. Блонский, А. Б. Залкинд и другие авторы педологических учебников."),
 ("this_document", "criticizes", "zalkind", "Её пропагандировали в печати и в вузах П. П. Блонский, А. Б. Залкинд и другие авторы педологических учебников."),
 ("pedology_textbooks", "authoredBy", "blonsky", "П. П. Блонский, А. Б. Залкинд и другие авторы педологических учебников"),
 ("pedology_textbooks", "authoredBy", "zalkind", "П. П. Блонский, А. Б. Залкинд и другие авторы педологических учебников"),
 ("this_document", "criticizes", "narkompros_leaders", "ЦК ВКП(б) осуждает руководителей Наркомпроса РСФСР, которые не только не боролись с этими извращениями, но и поощряли их."),
 ("this_document", "demands", "narkompros_republics", "Обязать наркомпросы союзных республик ликвидировать педологические звенья в школах и изъять педологические учебники."),
 ("this_document", "demands", "narkompros_rsfsr", "2. Обязать Наркомпрос РСФСР и наркомпросы других республик пересмотреть состав специальных школ"),
 ("this_document", "references", "narkompros_pedology_decree", "3. Признать неправильным постановление Наркомпроса РСФСР о педологической работе и отменить его."),
 ("narkompros_rsfsr", "issues", "narkompros_pedology_decree", "постановление Наркомпроса РСФСР о педологической работе"),
 ("this_document", "demands", "party_organizations", "5. Обязать партийные организации, обкомы, крайкомы и ЦК национальных компартий установить контроль за выполнением настоящего постановления"),
 ("this_document", "demands", "obkoms", "5. Обязать партийные организации, обкомы, крайкомы и ЦК национальных компартий установить контроль за выполнением настоящего постановления"),
 ("this_document", "demands", "kraikoms", "5. Обязать партийные организации, обкомы, крайкомы и ЦК национальных компартий установить контроль за выполнением настоящего постановления"),
 ("this_document", "demands", "national_party_ccs", "5. Обязать партийные организации, обкомы, крайкомы и ЦК национальных компартий установить контроль за выполнением настоящего постановления"),
 ("this_document", "forbids", "education_organs", "6. Запретить органам народного образования впредь проводить тестирование учащихся."),
 ("bubnov", "holdsPosition", "narkom_education_rsfsr", "Поручить наркому просвещения РСФСР тов. Бубнову"),
])
QUANT += [
 dict(doc="1507_pedologiya_1936", subject="this_document", quantity="deadline", value="1936-10-01",
      evidence="к 1 октября 1936 г.", point=8, applies_to=["bubnov"]),
]

# ---------------------------------------------------------------- 1508
DOCS["1508_lenin_shuya_letter_1922"] = dict(
ents=[
 ("this_document", "Lenin's letter to Molotov for the members of the Politburo on the events at Shuya, 19 March 1922", D, ["Lenin's letter of 19 March 1922"]),
 ("politburo_telegram_1922", "Politburo telegram on the temporary suspension of confiscations (March 1922)", D, ["telegram already sent in the name of the Politburo"]),
 ("congress_secret_decision", "Proposed secret decision of the Eleventh Party Congress on confiscation of church valuables", D, ["secret decision of the Congress"]),
 ("lenin", "Vladimir Lenin", P, ["Lenin"]),
 ("molotov", "Vyacheslav Molotov", P, ["Comrade Molotov"]),
 ("kalinin", "Mikhail Kalinin", P, ["Comrade Kalinin"]),
 ("trotsky", "Leon Trotsky", P, ["Comrade Trotsky"]),
 ("tikhon", "Patriarch Tikhon", P, ["Patriarch Tikhon"]),
 ("patriarch", "Patriarch of Moscow and All Russia", O, ["Patriarch"]),
 ("politburo", "Politburo of the CC RCP(B)", B, ["Politburo"]),
 ("eleventh_congress", "Eleventh Party Congress", B, ["Party Congress", "Congress"]),
 ("gpu", "GPU (State Political Directorate)", B, ["GPU"]),
 ("vtsik", "All-Russian Central Executive Committee", B, ["All-Russian Central Executive Committee"]),
 ("narkomjust", "People's Commissariat of Justice", B, ["People's Commissariat of Justice"]),
 ("revtribunal", "Revolutionary Tribunal", B, ["Revolutionary Tribunal"]),
 ("reactionary_clergy", "Reactionary ('Black Hundred') clergy", G, ["Black Hundred clergy", "reactionary clergy"]),
 ("reactionary_bourgeoisie", "Reactionary bourgeoisie", G, ["reactionary bourgeoisie"]),
 ("congress_delegates", "Delegates to the Party Congress", G, ["delegates"]),
 ("shuya_events", "Events at Shuya (March 1922)", E, ["events at Shuya"]),
 ("church_valuables_campaign", "Confiscation of church valuables (1922)", E, ["confiscation of church valuables", "confiscation of valuables", "confiscations"]),
 ("famine_1921_22", "Famine of 1921-1922", E, ["famine"]),
 ("shuya", "Shuya", L, ["Shuya"]),
],
rels=[
 ("this_document", "authoredBy", "lenin", "Lenin"),
 ("this_document", "sentTo", "molotov", "To Comrade Molotov, for the members of the Politburo"),
 ("this_document", "sentTo", "politburo", "To Comrade Molotov, for the members of the Politburo"),
 ("this_document", "dated", "1922-03-19", "19 March 1922"),
 ("kalinin", "memberOf", "politburo", "each member of the Politburo (Comrade Kalinin too)"),
 ("this_document", "reportsOn", "shuya_events", "Concerning the events at Shuya, which have already been put up for discussion by the Politburo"),
 ("this_document", "reportsOn", "church_valuables_campaign", "carry out the confiscation of church valuables with complete success"),
 ("this_document", "criticizes", "reactionary_clergy", "we must give battle to the Black Hundred clergy in the most decisive and merciless manner"),
 ("this_document", "criticizes", "reactionary_bourgeoisie", "The greater the number of representatives of the reactionary clergy and reactionary bourgeoisie that we succeed in shooting on this occasion, the better."),
 ("this_document", "criticizes", "tikhon", "although he undoubtedly heads this whole revolt of slaveholders"),
 ("tikhon", "holdsPosition", "patriarch", "Patriarch Tikhon"),
 ("this_document", "demands", "gpu", "the GPU is to be instructed to keep him under ever closer watch"),
 ("this_document", "references", "politburo_telegram_1922", "A telegram already sent in the name of the Politburo about the temporary suspension of confiscations must not be cancelled."),
 ("politburo", "issues", "politburo_telegram_1922", "A telegram already sent in the name of the Politburo"),
 ("politburo_telegram_1922", "reportsOn", "church_valuables_campaign", "telegram already sent in the name of the Politburo about the temporary suspension of confiscations"),
 ("this_document", "references", "congress_secret_decision", "a secret decision of the Congress should be adopted that the confiscation of valuables"),
])


def main():
    ok = True
    for doc, spec in DOCS.items():
        text = body(doc + ".txt")
        ids = set()
        seen = {}
        ents = []
        for eid, label, typ, mentions in spec["ents"]:
            assert eid not in ids, (doc, eid)
            ids.add(eid)
            for m in mentions:
                if m not in text:
                    print(f"{doc}: mention not found: {eid} {m!r}"); ok = False
                if m in seen:
                    print(f"{doc}: mention {m!r} under {seen[m]} and {eid}"); ok = False
                seen[m] = eid
            ents.append({"id": eid, "label": label, "type": typ, "mentions": mentions})
        rels, keys = [], set()
        for s, p, o, ev in spec["rels"]:
            if ev not in text:
                print(f"{doc}: evidence not found: {s} {p} {o}: {ev!r}"); ok = False
            if len(ev) > 200:
                print(f"{doc}: evidence too long ({len(ev)}): {ev!r}"); ok = False
            if (s, p, o) in keys:
                print(f"{doc}: duplicate {s} {p} {o}"); ok = False
            keys.add((s, p, o))
            if s not in ids or (p != "dated" and o not in ids):
                print(f"{doc}: unknown id in {s} {p} {o}"); ok = False
            r = {"subject": s, "predicate": p}
            if p == "dated":
                r["object_literal"] = o
            else:
                r["object"] = o
            r["evidence"] = ev
            rels.append(r)
        with open(os.path.join(HERE, doc + ".json"), "w", encoding="utf-8") as f:
            json.dump({"doc": doc, "entities": ents, "relations": rels}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for q in QUANT:
        if q["evidence"] not in body(q["doc"] + ".txt"):
            print("quantity evidence not found:", q); ok = False
    with open(os.path.join(HERE, "quantities.json"), "w", encoding="utf-8") as f:
        json.dump(QUANT, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for doc, spec in DOCS.items():
        print(doc, len(spec["ents"]), len(spec["rels"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
