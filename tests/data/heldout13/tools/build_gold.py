#!/usr/bin/env python3
"""Build the blind-13 gold JSON files and quantities.json from the tables below.

Run from anywhere: python3 tools/build_gold.py  (paths are relative to this folder).
Every mention and evidence string is checked to occur verbatim in the text body.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent


def body(path):
    t = path.read_text(encoding="utf-8")
    if t.startswith("---\n"):
        end = t.index("\n---\n", 4)
        t = t[end + 5:]
    return t


# entity rows: (id, type, label, [mentions]); relation rows: (subj, pred, obj, evidence)
# a date literal is written as ("=", "1933-01-24") in the obj slot.
DOCS = {}

DOCS["1301_postanovlenie_ob_ukraine_1933"] = dict(
    ents=[
        ("this_document", "Document", "Decision of the CC VKP(b) on Ukraine, 24 January 1933", ["Постановление ЦК ВКП(б) об Украине"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["ЦК ВКП(б)"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["ВКП(б)"]),
        ("cp_ukraine", "Body", "Communist Party (Bolsheviks) of Ukraine, KP(b)U", ["КП(б)У"]),
        ("cc_cpbu", "Body", "Central Committee of the Communist Party (Bolsheviks) of Ukraine", ["ЦК КП(б)У"]),
        ("ukraine_party_organizations", "Body", "Party organizations of Ukraine", ["партийные организации Украины", "парторганизаций Украины"]),
        ("obkoms", "Body", "Obkoms (of Ukraine)", ["обкомы Украины", "обкомам Украины"]),
        ("raikoms", "Body", "Raikoms", ["райкомам"]),
        ("district_party_organizations", "Body", "District party organizations", ["районных партийных организаций"]),
        ("kharkov_obkom", "Body", "Kharkov obkom", ["Харьковского обкома", "Харьковский"]),
        ("dnepropetrovsk_obkom", "Body", "Dnepropetrovsk obkom", ["Днепропетровского обкома", "Днепропетровский"]),
        ("odessa_obkom", "Body", "Odessa obkom", ["Одесского обкома", "Одесский"]),
        ("kolkhozes", "Body", "Collective farms (kolkhozes)", ["колхозов"]),
        ("sovkhozes", "Body", "State farms (sovkhozes)", ["совхозов"]),
        ("stalin", "Person", "Joseph Stalin", ["И. Сталин"]),
        ("postyshev", "Person", "Pavel Postyshev", ["тов. Постышева"]),
        ("terekhov", "Person", "Roman Terekhov", ["тов. Терехова"]),
        ("khataevich", "Person", "Mendel Khataevich", ["тов. Хатаевича"]),
        ("strogonov", "Person", "Vasily Strogonov", ["тов. Строганова"]),
        ("veger", "Person", "Evgeny Veger", ["тов. Вегера"]),
        ("maiorov", "Person", "Mikhail Maiorov", ["тов. Майорова"]),
        ("cc_secretary", "Position", "Secretary of the CC VKP(b)", ["Секретарь ЦК ВКП(б)", "секретарём ЦК ВКП(б)"]),
        ("cpbu_second_secretary", "Position", "Second secretary of the CC KP(b)U", ["вторым секретарём ЦК КП(б)У"]),
        ("obkom_first_secretary", "Position", "First secretary of an obkom", ["первого секретаря", "первым секретарём"]),
        ("obkom_second_secretary", "Position", "Second secretary of an obkom", ["вторым секретарём этого обкома"]),
        ("ukraine", "Place", "Ukraine", ["Украины"]),
        ("grain_procurement_1932", "Event", "Grain procurement campaign from the 1932 harvest", ["хлебозаготовок", "хлебозаготовки", "хлебозаготовками"]),
        ("spring_sowing_1933", "Event", "Spring sowing campaign of 1933", ["весеннего сева", "севу"]),
        ("kulak_elements", "Group", "Kulak elements", ["кулацких элементов"]),
    ],
    rels=[
        ("central_committee", "issues", "this_document", "Постановление ЦК ВКП(б) об Украине"),
        ("this_document", "dated", ("=", "1933-01-24"), "Постановление ЦК ВКП(б) об Украине. 24 января 1933 г."),
        ("this_document", "authoredBy", "stalin", "Секретарь ЦК ВКП(б) И. Сталин"),
        ("central_committee", "partOf", "communist_party", "ЦК ВКП(б)"),
        ("cc_cpbu", "partOf", "cp_ukraine", "ЦК КП(б)У"),
        ("ukraine_party_organizations", "locatedIn", "ukraine", "партийные организации Украины"),
        ("this_document", "criticizes", "ukraine_party_organizations", "ЦК ВКП(б) устанавливает, что партийные организации Украины не выполнили плана хлебозаготовок из урожая 1932 года"),
        ("this_document", "criticizes", "kharkov_obkom", "Особенно неудовлетворительно руководили хлебозаготовками Харьковский, Днепропетровский и Одесский обкомы"),
        ("this_document", "criticizes", "dnepropetrovsk_obkom", "Особенно неудовлетворительно руководили хлебозаготовками Харьковский, Днепропетровский и Одесский обкомы"),
        ("this_document", "criticizes", "odessa_obkom", "Особенно неудовлетворительно руководили хлебозаготовками Харьковский, Днепропетровский и Одесский обкомы"),
        ("this_document", "criticizes", "kulak_elements", "в борьбе против кулацких элементов, саботирующих хлебозаготовки"),
        ("this_document", "reportsOn", "grain_procurement_1932", "не выполнили плана хлебозаготовок из урожая 1932 года"),
        ("grain_procurement_1932", "dated", ("=", "1932"), "хлебозаготовок из урожая 1932 года"),
        ("this_document", "reportsOn", "spring_sowing_1933", "организацию весеннего сева"),
        ("this_document", "demands", "cc_cpbu", "1. Поставить перед ЦК КП(б)У в качестве важнейшей задачи организацию весеннего сева"),
        ("this_document", "demands", "obkoms", "6. Обязать ЦК КП(б)У и обкомы Украины в десятидневный срок выделить лучших работников"),
        ("this_document", "forbids", "raikoms", "7. Запретить райкомам и обкомам Украины расходовать семенные фонды колхозов"),
        ("this_document", "forbids", "obkoms", "7. Запретить райкомам и обкомам Украины расходовать семенные фонды колхозов"),
        ("this_document", "demands", "kharkov_obkom", "8. Обязать Харьковский, Днепропетровский и Одесский обкомы ежедекадно докладывать ЦК ВКП(б)"),
        ("this_document", "demands", "dnepropetrovsk_obkom", "8. Обязать Харьковский, Днепропетровский и Одесский обкомы ежедекадно докладывать ЦК ВКП(б)"),
        ("this_document", "demands", "odessa_obkom", "8. Обязать Харьковский, Днепропетровский и Одесский обкомы ежедекадно докладывать ЦК ВКП(б)"),
        ("stalin", "holdsPosition", "cc_secretary", "Секретарь ЦК ВКП(б) И. Сталин"),
        ("postyshev", "holdsPosition", "cc_secretary", "с оставлением его секретарём ЦК ВКП(б)"),
        ("postyshev", "holdsPosition", "cpbu_second_secretary", "Назначить тов. Постышева вторым секретарём ЦК КП(б)У"),
        ("postyshev", "holdsPosition", "obkom_first_secretary", "тов. Постышева вторым секретарём ЦК КП(б)У и первым секретарём Харьковского обкома"),
        ("postyshev", "headOf", "kharkov_obkom", "тов. Постышева вторым секретарём ЦК КП(б)У и первым секретарём Харьковского обкома"),
        ("terekhov", "holdsPosition", "obkom_first_secretary", "Освободить тов. Терехова от обязанностей первого секретаря Харьковского обкома"),
        ("terekhov", "headOf", "kharkov_obkom", "Освободить тов. Терехова от обязанностей первого секретаря Харьковского обкома"),
        ("khataevich", "holdsPosition", "obkom_first_secretary", "Назначить тов. Хатаевича первым секретарём Днепропетровского обкома"),
        ("khataevich", "headOf", "dnepropetrovsk_obkom", "Назначить тов. Хатаевича первым секретарём Днепропетровского обкома"),
        ("strogonov", "holdsPosition", "obkom_second_secretary", "оставив тов. Строганова вторым секретарём этого обкома"),
        ("strogonov", "memberOf", "dnepropetrovsk_obkom", "оставив тов. Строганова вторым секретарём этого обкома"),
        ("veger", "holdsPosition", "obkom_first_secretary", "Назначить тов. Вегера первым секретарём Одесского обкома"),
        ("veger", "headOf", "odessa_obkom", "Назначить тов. Вегера первым секретарём Одесского обкома"),
        ("maiorov", "holdsPosition", "obkom_first_secretary", "первым секретарём Одесского обкома, освободив от этой должности тов. Майорова"),
        ("maiorov", "headOf", "odessa_obkom", "первым секретарём Одесского обкома, освободив от этой должности тов. Майорова"),
    ],
    quants=[
        dict(subject="this_document", quantity="deadline", value=10, unit="days", value_text="десятидневный", point=6,
             applies_to=["cc_cpbu", "obkoms"], evidence="Обязать ЦК КП(б)У и обкомы Украины в десятидневный срок выделить лучших работников"),
        dict(subject="this_document", quantity="reporting interval", value=10, unit="days", value_text="ежедекадно", point=8,
             applies_to=["kharkov_obkom", "dnepropetrovsk_obkom", "odessa_obkom"], evidence="Обязать Харьковский, Днепропетровский и Одесский обкомы ежедекадно докладывать ЦК ВКП(б)"),
        dict(subject="grain_procurement_1932", quantity="number of reductions of the procurement plan", value=3, value_text="троекратное",
             evidence="несмотря на троекратное снижение этого плана"),
    ],
)

DOCS["1302_chilston_despatch_bread_rationing_1934"] = dict(
    ents=[
        ("this_document", "Document", "Despatch No. 612 from Viscount Chilston to Sir John Simon, Moscow, 30 November 1934", ["No. 612", "Despatch", "despatch"]),
        ("plenum_communique_1934", "Document", "Communiqué on the plenum of the CC VKP(B), 25-28 November 1934", ["communiqué"]),
        ("bread_decision_1934", "Document", "Decision of the CC plenum of November 1934 abolishing bread rationing", ["decision to abolish the ration-card system for bread, flour and groats"]),
        ("molotov_report_1934", "Document", "Molotov's report to the November 1934 CC plenum", ["report by M. Molotov"]),
        ("kaganovich_report_1934", "Document", "Kaganovich's report to the November 1934 CC plenum on the political departments", ["report by M. Kaganovich"]),
        ("chilston", "Person", "Aretas Akers-Douglas, 2nd Viscount Chilston", ["Viscount Chilston", "CHILSTON"]),
        ("john_simon", "Person", "Sir John Simon", ["Sir John Simon"]),
        ("molotov", "Person", "Vyacheslav Molotov", ["M. Molotov"]),
        ("kaganovich", "Person", "Lazar Kaganovich", ["M. Kaganovich"]),
        ("sovnarkom_chairman", "Position", "Chairman of the Council of People's Commissars", ["President of the Council of People's Commissars"]),
        ("commercial_counsellor", "Position", "Commercial Counsellor of the British Embassy", ["Commercial Counsellor"]),
        ("minister_riga", "Position", "His Majesty's Minister at Riga", ["His Majesty's Minister at Riga"]),
        ("cc_plenum", "Body", "Plenum of the Central Committee of the VKP(B)", ["plenary session of the Central Committee of the All-Union Communist Party", "plenum"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["Central Committee of the All-Union Communist Party", "Central Committee"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["All-Union Communist Party", "the Party"]),
        ("sovnarkom", "Body", "Council of People's Commissars (Sovnarkom)", ["Council of People's Commissars"]),
        ("soviet_press", "Body", "The Soviet press", ["Soviet press"]),
        ("state_shops", "Body", "State shops", ["State shops"]),
        ("collective_farms", "Body", "Collective farms (kolkhozes)", ["collective farms"]),
        ("politotdels", "Body", "Political departments of the machine-tractor stations", ["political departments of the machine-tractor stations"]),
        ("mts", "Body", "Machine-tractor stations", ["machine-tractor stations"]),
        ("district_party_organs", "Body", "District organs of the Party", ["ordinary district organs of the Party"]),
        ("british_embassy", "Body", "British Embassy in Moscow", ["Embassy"]),
        ("local_party_organizations", "Body", "Local party organisations", ["local organisations"]),
        ("moscow", "Place", "Moscow", ["Moscow"]),
        ("riga", "Place", "Riga", ["Riga"]),
        ("bread_rationing", "Event", "Bread rationing (ration-card system), 1929-1934", ["ration-card system", "bread cards"]),
        ("collectivization", "Event", "Agricultural collectivization campaign", ["campaign for collectivisation"]),
        ("foreign_correspondents", "Group", "Foreign correspondents in Moscow", ["foreign correspondents"]),
        ("wage_earners", "Group", "Wage-earners", ["wage-earner"]),
        ("kulak_saboteurs", "Group", "Kulak saboteurs", ["kulak saboteurs"]),
        ("negligent_officials", "Group", "Negligent officials in the local organisations", ["negligent officials"]),
    ],
    rels=[
        ("this_document", "authoredBy", "chilston", "Viscount Chilston to Sir John Simon"),
        ("this_document", "sentTo", "john_simon", "Viscount Chilston to Sir John Simon"),
        ("this_document", "dated", ("=", "1934-11-30"), "Moscow, November 30, 1934."),
        ("this_document", "reportsOn", "plenum_communique_1934", "I have the honour to report that the Soviet press of yesterday published the communiqué on the plenary session"),
        ("plenum_communique_1934", "publishedIn", "soviet_press", "the Soviet press of yesterday published the communiqué"),
        ("cc_plenum", "partOf", "central_committee", "plenary session of the Central Committee of the All-Union Communist Party"),
        ("central_committee", "partOf", "communist_party", "Central Committee of the All-Union Communist Party"),
        ("cc_plenum", "locatedIn", "moscow", "which sat in Moscow from November 25 to November 28"),
        ("cc_plenum", "issues", "bread_decision_1934", "adopted a decision to abolish the ration-card system for bread, flour and groats as from January 1, 1935"),
        ("bread_decision_1934", "references", "molotov_report_1934", "The plenum heard a report by M. Molotov, President of the Council of People's Commissars, and adopted a decision"),
        ("molotov_report_1934", "authoredBy", "molotov", "a report by M. Molotov"),
        ("molotov", "holdsPosition", "sovnarkom_chairman", "M. Molotov, President of the Council of People's Commissars"),
        ("molotov", "headOf", "sovnarkom", "M. Molotov, President of the Council of People's Commissars"),
        ("bread_decision_1934", "reportsOn", "bread_rationing", "decision to abolish the ration-card system for bread, flour and groats"),
        ("plenum_communique_1934", "reportsOn", "bread_decision_1934", "The communiqué presents this measure as the fruit of the successes of the collective farms"),
        ("this_document", "reportsOn", "bread_rationing", "the abolition of the bread cards marks the end of the period of acute scarcity"),
        ("this_document", "reportsOn", "collectivization", "the period of acute scarcity which began with the campaign for collectivisation"),
        ("kaganovich_report_1934", "authoredBy", "kaganovich", "on a report by M. Kaganovich"),
        ("politotdels", "partOf", "mts", "the political departments of the machine-tractor stations"),
        ("district_party_organs", "partOf", "communist_party", "ordinary district organs of the Party"),
        ("communist_party", "criticizes", "kulak_saboteurs", "the Party will continue to blame \"kulak saboteurs\" and \"negligent officials\" in the local organisations"),
        ("communist_party", "criticizes", "negligent_officials", "the Party will continue to blame \"kulak saboteurs\" and \"negligent officials\" in the local organisations"),
        ("this_document", "sentTo", "minister_riga", "I am sending a copy of this despatch to His Majesty's Minister at Riga."),
    ],
    quants=[
        dict(subject="bread_decision_1934", quantity="date from which rationing is abolished", value="1935-01-01",
             evidence="as from January 1, 1935"),
    ],
)

DOCS["1303_kaganovich_report_moscow_1931"] = dict(
    ents=[
        ("this_document", "Document", "Kaganovich's report to the June 1931 CC plenum on the Moscow municipal economy", ["Report of Comrade L. M. Kaganovich"]),
        ("reconstruction_plan", "Document", "Plan for the reconstruction of Moscow", ["plan for the reconstruction of the city"]),
        ("kaganovich", "Person", "Lazar Kaganovich", ["Comrade L. M. Kaganovich"]),
        ("cc_plenum", "Body", "Plenum of the Central Committee of the VKP(B)", ["Plenum of the Central Committee of the VKP(B)", "plenum"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["Central Committee of the VKP(B)", "Central Committee"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["VKP(B)", "the Party"]),
        ("moscow_soviet", "Body", "Moscow Soviet", ["Moscow Soviet"]),
        ("moscow_committee", "Body", "Moscow Committee of the VKP(B)", ["Moscow Committee of the Party"]),
        ("moscow_party_organization", "Body", "Moscow party organisation", ["Moscow party organisation"]),
        ("elektrozavod", "Body", "Elektrozavod works, Moscow", ["Elektrozavod"]),
        ("amo_works", "Body", "AMO automobile works, Moscow", ["AMO works"]),
        ("big_city_party_committees", "Body", "Party committees of Leningrad, Kharkov and other industrial centres", ["party committees"]),
        ("moscow", "Place", "Moscow", ["Moscow"]),
        ("soviet_union", "Place", "Soviet Union", ["Union"]),
        ("moscow_river", "Place", "Moscow River", ["Moscow River"]),
        ("volga", "Place", "Volga", ["Volga"]),
        ("leningrad", "Place", "Leningrad", ["Leningrad"]),
        ("kharkov", "Place", "Kharkov", ["Kharkov"]),
        ("five_year_plan", "Event", "First Five-Year Plan", ["five-year plan"]),
        ("industrialisation", "Event", "Industrialisation", ["industrialisation"]),
        ("metro_construction", "Event", "Construction of the Moscow Metro", ["construction of an underground railway", "Metropolitan"]),
        ("moscow_volga_canal", "Event", "Construction of the Moscow-Volga canal", ["canal linking the Moscow River with the Volga"]),
        ("workers", "Group", "Workers", ["workers"]),
        ("left_phrasemongers", "Group", "\"Left\" phrasemongers", ["\"left\" phrasemongers"]),
        ("right_opportunists", "Group", "Right opportunists", ["opportunists of the right"]),
    ],
    rels=[
        ("this_document", "authoredBy", "kaganovich", "Report of Comrade L. M. Kaganovich"),
        ("this_document", "sentTo", "cc_plenum", "Report of Comrade L. M. Kaganovich to the Plenum of the Central Committee of the VKP(B), June 1931"),
        ("this_document", "dated", ("=", "1931-06"), "to the Plenum of the Central Committee of the VKP(B), June 1931"),
        ("cc_plenum", "partOf", "central_committee", "Plenum of the Central Committee of the VKP(B)"),
        ("central_committee", "partOf", "communist_party", "Central Committee of the VKP(B)"),
        ("moscow_committee", "partOf", "communist_party", "Moscow Committee of the Party"),
        ("moscow_committee", "locatedIn", "moscow", "Moscow Committee of the Party"),
        ("moscow_soviet", "locatedIn", "moscow", "the Moscow Soviet and its departments"),
        ("moscow_party_organization", "partOf", "communist_party", "The Moscow party organisation must take the municipal economy into its own hands, as it has taken industry."),
        ("big_city_party_committees", "locatedIn", "leningrad", "the party committees of Leningrad, Kharkov and the other great industrial centres"),
        ("big_city_party_committees", "locatedIn", "kharkov", "the party committees of Leningrad, Kharkov and the other great industrial centres"),
        ("this_document", "criticizes", "moscow_soviet", "the Moscow Soviet and its departments have lagged behind the tempo of industrialisation"),
        ("this_document", "criticizes", "moscow_committee", "Some comrades in the Moscow Committee of the Party still regard the municipal economy as a secondary, \"non-political\" matter. This view is profoundly mistaken."),
        ("this_document", "criticizes", "left_phrasemongers", "We must also reject the \"left\" phrasemongers who propose to abolish the city altogether"),
        ("this_document", "criticizes", "right_opportunists", "the opportunists of the right who say that the workers can wait until the end of the five-year plan. Both are harmful."),
        ("this_document", "demands", "moscow_party_organization", "The Moscow party organisation must take the municipal economy into its own hands"),
        ("this_document", "demands", "moscow_soviet", "third, to oblige the Moscow Soviet to present, within three months, a plan for the reconstruction of the city"),
        ("this_document", "demands", "big_city_party_committees", "the plenum must warn the party committees of Leningrad, Kharkov and the other great industrial centres"),
        ("this_document", "reportsOn", "metro_construction", "to begin in 1931 preparatory work for the construction of an underground railway, the Metropolitan"),
        ("this_document", "reportsOn", "moscow_volga_canal", "to build a canal linking the Moscow River with the Volga, so as to give the capital water"),
        ("this_document", "reportsOn", "industrialisation", "the Moscow Soviet and its departments have lagged behind the tempo of industrialisation"),
        ("metro_construction", "dated", ("=", "1931"), "to begin in 1931 preparatory work for the construction of an underground railway"),
        ("elektrozavod", "locatedIn", "moscow", "the workers of the Elektrozavod and of the AMO works spend two hours a day travelling"),
        ("amo_works", "locatedIn", "moscow", "the workers of the Elektrozavod and of the AMO works spend two hours a day travelling"),
    ],
    quants=[
        dict(subject="moscow", quantity="population growth in three years of the five-year plan", value=500000, qualifier="more than",
             evidence="the population of Moscow has grown by more than half a million people", value_text="more than half a million"),
        dict(subject="workers", quantity="daily travelling time", value=2, unit="hours",
             evidence="spend two hours a day travelling"),
        dict(subject="this_document", quantity="deadline", value=3, unit="months", applies_to=["moscow_soviet"],
             evidence="to oblige the Moscow Soviet to present, within three months, a plan for the reconstruction of the city"),
    ],
)

DOCS["1304_zhenotdel_entsiklopediya"] = dict(
    ents=[
        ("this_document", "Document", "Encyclopedia entry \"Zhenotdel\"", ["Статья «Женотдел»"]),
        ("zhenotdel", "Body", "Zhenotdel (Women's Department of the CC)", ["ЖЕНОТДЕЛ", "Женотдел", "Женотделом", "Женотдела", "Отдел ЦК РКП(б) по работе среди женщин"]),
        ("local_zhenotdels", "Body", "Local women's departments of party committees", ["женотделами"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["Центрального комитета партии", "ЦК РКП(б)", "ЦК ВКП(б)", "ЦК"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B) / RKP(b)", ["РКП(б)", "ВКП(б)"]),
        ("orgburo", "Body", "Organisational Bureau of the CC (Orgburo)", ["Оргбюро ЦК"]),
        ("gubkoms", "Body", "Gubkoms (provincial party committees)", ["губкомах", "губкомы", "губкомов"]),
        ("ukoms", "Body", "Ukoms (uezd party committees)", ["укомах"]),
        ("primary_party_organizations", "Body", "Primary party organizations", ["первичных организациях"]),
        ("party_organizations", "Body", "Local party organizations / committees", ["местных партийных комитетов", "местных парторганизаций"]),
        ("twelfth_congress", "Body", "Twelfth Congress of the RKP(b) (1923)", ["XII"]),
        ("thirteenth_congress", "Body", "Thirteenth Congress of the RKP(b) (1924)", ["XIII"]),
        ("delegate_meetings", "Body", "Delegate meetings of women workers and peasants", ["делегатские собрания"]),
        ("women_sectors", "Body", "Women's sectors of the agitation and mass-campaign departments", ["женским секторам"]),
        ("agitmass_departments", "Body", "Departments of agitation and mass campaigns of the CC", ["отделов агитации и массовых кампаний"]),
        ("armand", "Person", "Inessa Armand", ["Инесса Арманд"]),
        ("kollontai", "Person", "Alexandra Kollontai", ["Александра Коллонтай"]),
        ("smidovich", "Person", "Sofia Smidovich", ["Софья Смидович"]),
        ("nikolaeva", "Person", "Klavdiya Nikolaeva", ["Клавдия Николаева"]),
        ("artyukhina", "Person", "Alexandra Artyukhina", ["Александра Артюхина", "Артюхиной"]),
        ("zhenorganizer", "Position", "Women's organiser (zhenorganizator)", ["женорганизаторы", "женорганизаторов"]),
        ("kommunistka", "Document", "Kommunistka (journal)", ["Коммунистка"]),
        ("rabotnitsa", "Document", "Rabotnitsa (journal)", ["Работница"]),
        ("artyukhina_report_1926", "Document", "Artyukhina's report to the Orgburo, 1926", ["доклад Артюхиной"]),
        ("abolition_decree_1930", "Document", "CC decision of January 1930 abolishing the Zhenotdel", ["постановлением ЦК"]),
        ("central_asia", "Place", "Central Asia", ["Средней Азии"]),
        ("hujum", "Event", "Hujum campaign against the seclusion of women (1927)", ["худжум"]),
        ("cc_reorganisation_1930", "Event", "Reorganisation of the CC apparatus, January 1930", ["реорганизации аппарата ЦК ВКП(б)"]),
        ("women_workers", "Group", "Women workers", ["работниц"]),
        ("peasant_women", "Group", "Peasant women", ["крестьянок"]),
        ("women_delegates", "Group", "Women delegates (delegatki)", ["делегаток"]),
    ],
    rels=[
        ("zhenotdel", "partOf", "central_committee", "Отдел ЦК РКП(б) по работе среди женщин"),
        ("central_committee", "partOf", "communist_party", "ЦК РКП(б)"),
        ("orgburo", "partOf", "central_committee", "Оргбюро ЦК"),
        ("armand", "headOf", "zhenotdel", "Первой заведующей Женотделом была Инесса Арманд"),
        ("kollontai", "headOf", "zhenotdel", "отдел возглавила Александра Коллонтай"),
        ("smidovich", "headOf", "zhenotdel", "которую в 1922 году сменила Софья Смидович"),
        ("nikolaeva", "headOf", "zhenotdel", "В 1924—1925 годах отделом заведовала Клавдия Николаева"),
        ("artyukhina", "headOf", "zhenotdel", "затем, до 1930 года, Александра Артюхина"),
        ("zhenotdel", "issues", "kommunistka", "издавал журналы «Коммунистка» и «Работница»"),
        ("zhenotdel", "issues", "rabotnitsa", "издавал журналы «Коммунистка» и «Работница»"),
        ("hujum", "dated", ("=", "1927"), "в кампании «худжум» против затворничества женщин (1927)"),
        ("party_organizations", "criticizes", "zhenotdel", "Отдел неоднократно подвергался критике со стороны местных партийных комитетов, обвинявших его в «феминистских уклонах»"),
        ("zhenotdel", "criticizes", "gubkoms", "руководители Женотдела указывали на пренебрежение губкомов к работе среди женщин"),
        ("twelfth_congress", "partOf", "communist_party", "на XII и XIII съездах РКП(б)"),
        ("thirteenth_congress", "partOf", "communist_party", "на XII и XIII съездах РКП(б)"),
        ("artyukhina_report_1926", "authoredBy", "artyukhina", "доклад Артюхиной"),
        ("artyukhina_report_1926", "dated", ("=", "1926"), "Оргбюро ЦК в 1926 году рассмотрело доклад Артюхиной"),
        ("orgburo", "criticizes", "party_organizations", "потребовало от местных парторганизаций покончить с практикой перевода женорганизаторов на «более важную» работу"),
        ("central_committee", "issues", "abolition_decree_1930", "Женотдел был упразднён постановлением ЦК"),
        ("abolition_decree_1930", "dated", ("=", "1930-01"), "В январе 1930 года, при реорганизации аппарата ЦК ВКП(б), Женотдел был упразднён постановлением ЦК"),
        ("cc_reorganisation_1930", "dated", ("=", "1930-01"), "В январе 1930 года, при реорганизации аппарата ЦК ВКП(б)"),
        ("women_sectors", "partOf", "agitmass_departments", "женским секторам отделов агитации и массовых кампаний"),
    ],
    quants=[
        dict(subject="women_delegates", quantity="women delegates elected to delegate meetings (late 1920s)", value=600000, qualifier="more than",
             value_text="превысило 600 тысяч", evidence="Число делегаток, избранных на делегатские собрания, к концу 1920-х годов, по данным отдела, превысило 600 тысяч."),
    ],
)

DOCS["1305_essay_origins_nomenklatura"] = dict(
    ents=[
        ("this_document", "Document", "Lists of Posts: The Origins of the Nomenklatura, 1922-1925 (essay)", ["Lists of Posts: The Origins of the Nomenklatura, 1922-1925"]),
        ("decision_1923_06_12", "Document", "CC decision of 12 June 1923 on appointments", ["Central Committee decision of 12 June 1923 on appointments", "June decision"]),
        ("decision_1925_11_16", "Document", "CC decision of 16 November 1925 on appointments", ["Central Committee decision of 16 November 1925"]),
        ("nomenklatura_lists", "Document", "Nomenklatura lists of posts", ["lists of posts", "nomenklatury", "first list"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["Central Committee"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["the party"]),
        ("orgburo", "Body", "Organisational Bureau of the CC (Orgburo)", ["Orgburo"]),
        ("secretariat", "Body", "Secretariat of the Central Committee", ["Secretariat of the Central Committee", "Secretariat"]),
        ("uchraspred", "Body", "Accounting and Distribution Department of the CC (Uchraspred)", ["Accounting and Distribution Department", "Uchraspred"]),
        ("org_instruction_department", "Body", "Organisation and Instruction Department of the CC", ["Organisation and Instruction Department"]),
        ("orgraspred", "Body", "Organisation and Distribution Department of the CC (Orgraspred)", ["Orgraspred"]),
        ("cc_departments", "Body", "Departments of the Central Committee", ["departments of the Central Committee"]),
        ("local_committees", "Body", "Local party committees", ["local committees"]),
        ("gubkoms", "Body", "Gubkoms (provincial party committees)", ["Gubkoms", "gubkoms"]),
        ("obkoms", "Body", "Obkoms", ["obkoms"]),
        ("large_trusts", "Body", "Large state trusts", ["large trusts"]),
        ("trade_unions", "Body", "Trade unions", ["trade unions"]),
        ("cooperatives", "Body", "Co-operatives", ["co-operatives"]),
        ("twelfth_congress", "Body", "Twelfth Congress of the RKP(b), April 1923", ["Twelfth Congress"]),
        ("thirteenth_conference", "Body", "Thirteenth Party Conference, January 1924", ["Thirteenth Conference"]),
        ("fourteenth_congress", "Body", "Fourteenth Congress of the VKP(b), December 1925", ["Fourteenth Congress"]),
        ("stalin", "Person", "Joseph Stalin", ["Stalin"]),
        ("syrtsov", "Person", "Sergei Syrtsov", ["Sergei Syrtsov"]),
        ("kaganovich", "Person", "Lazar Kaganovich", ["Lazar Kaganovich", "Kaganovich"]),
        ("carr", "Person", "E. H. Carr", ["E. H. Carr"]),
        ("general_secretary", "Position", "General Secretary of the CC", ["General Secretary"]),
        ("peoples_commissars", "Position", "People's commissar", ["people's commissars"]),
        ("moscow", "Place", "Moscow", ["Moscow"]),
        ("appointment_system", "Event", "Appointment system (naznachenstvo)", ["appointment system", "naznachenstvo"]),
        ("communists", "Group", "Communists (party members)", ["Communists"]),
        ("trotskyist_opposition", "Group", "Trotskyist opposition of 1923", ["Trotskyist opposition"]),
        ("gubkom_secretaries", "Group", "Secretaries of the gubkoms", ["secretaries of the gubkoms", "the secretaries"]),
        ("congress_delegates", "Group", "Congress delegates", ["delegates"]),
    ],
    rels=[
        ("this_document", "reportsOn", "decision_1923_06_12", "The decisive step came with the Central Committee decision of 12 June 1923 on appointments."),
        ("this_document", "reportsOn", "decision_1925_11_16", "A further Central Committee decision of 16 November 1925 extended the lists"),
        ("this_document", "reportsOn", "appointment_system", "which denounced the \"appointment system\" (naznachenstvo) in 1923"),
        ("central_committee", "issues", "decision_1923_06_12", "Central Committee decision of 12 June 1923 on appointments"),
        ("decision_1923_06_12", "dated", ("=", "1923-06-12"), "Central Committee decision of 12 June 1923 on appointments"),
        ("central_committee", "issues", "decision_1925_11_16", "Central Committee decision of 16 November 1925"),
        ("decision_1925_11_16", "dated", ("=", "1925-11-16"), "Central Committee decision of 16 November 1925"),
        ("decision_1923_06_12", "demands", "gubkoms", "Gubkoms and obkoms were instructed to draw up similar lists for their own territories."),
        ("decision_1923_06_12", "demands", "obkoms", "Gubkoms and obkoms were instructed to draw up similar lists for their own territories."),
        ("central_committee", "authorizes", "cc_departments", "in the second, posts that the departments of the Central Committee could fill after consultation"),
        ("decision_1925_11_16", "reportsOn", "nomenklatura_lists", "extended the lists to elective posts in the trade unions and co-operatives"),
        ("decision_1923_06_12", "reportsOn", "nomenklatura_lists", "It drew up lists of posts (nomenklatury) whose holders could be appointed or removed only with the approval of the Central Committee"),
        ("secretariat", "partOf", "central_committee", "Secretariat of the Central Committee"),
        ("orgburo", "partOf", "central_committee", "the Orgburo and the Secretariat of the Central Committee"),
        ("cc_departments", "partOf", "central_committee", "departments of the Central Committee"),
        ("uchraspred", "partOf", "secretariat", "the Secretariat already possessed an instrument for placing cadres: the Accounting and Distribution Department, known as Uchraspred"),
        ("stalin", "holdsPosition", "general_secretary", "When Stalin became General Secretary"),
        ("syrtsov", "headOf", "uchraspred", "Under Sergei Syrtsov, who headed it in 1922-1923, Uchraspred"),
        ("kaganovich", "headOf", "orgraspred", "to form Orgraspred, headed by Lazar Kaganovich"),
        ("kaganovich", "memberOf", "thirteenth_conference", "he told the Thirteenth Conference that the party \"must know every worker by name.\""),
    ],
    quants=[],
)

DOCS["1306_pravda_peredovaya_sorevnovanie_1929"] = dict(
    ents=[
        ("this_document", "Document", "Pravda leading article \"Socialist competition is the cause of the whole party\", May 1929", ["Социалистическое соревнование — дело всей партии", "Передовая"]),
        ("cc_decree_1929_05_09", "Document", "CC VKP(b) decision of 9 May 1929 \"On socialist competition of factories and plants\"", ["постановление ЦК ВКП(б) от 9 мая 1929 года", "О социалистическом соревновании фабрик и заводов", "Постановление ЦК"]),
        ("lenin_competition_article", "Document", "Lenin, \"How to organise competition?\" (1918)", ["Как организовать соревнование?"]),
        ("conference_appeal_1929", "Document", "Appeal of the Sixteenth Party Conference for socialist competition (April 1929)", ["призывом к социалистическому соревнованию"]),
        ("pravda", "Body", "Pravda", ["ПРАВДА", "Правда"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["ЦК ВКП(б)", "ЦК"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["ВКП(б)"]),
        ("party_organizations", "Body", "Party organizations", ["партийной организацией", "партийные организации", "партийными организациями", "партийных организаций"]),
        ("factory_party_cells", "Body", "Factory party cells", ["заводские партийные ячейки", "ячейка"]),
        ("fabzavkoms", "Body", "Factory and works committees (fabzavkoms)", ["фабзавкомы"]),
        ("trade_unions", "Body", "Trade unions", ["профсоюзы"]),
        ("press", "Body", "The press", ["печати"]),
        ("wall_newspapers", "Body", "Factory wall newspapers", ["стенных газетах"]),
        ("komsomol", "Body", "Komsomol", ["комсомол"]),
        ("vsnkh", "Body", "Supreme Council of the National Economy (VSNKh)", ["ВСНХ"]),
        ("economic_organs", "Body", "Economic organs", ["хозяйственные органы"]),
        ("sixteenth_conference", "Body", "Sixteenth Party Conference (April 1929)", ["Шестнадцатая партийная конференция"]),
        ("lenin", "Person", "Vladimir Lenin", ["Ленина"]),
        ("moscow", "Place", "Moscow", ["Москвы"]),
        ("leningrad", "Place", "Leningrad", ["Ленинграда"]),
        ("donbass", "Place", "Donbass", ["Донбасса"]),
        ("socialist_competition", "Event", "Socialist competition movement", ["Социалистическое соревнование", "соревнование", "социалистическому соревнованию"]),
        ("five_year_plan", "Event", "First Five-Year Plan", ["пятилетнего плана", "пятилетки", "пятилетний план"]),
        ("shock_brigades", "Group", "Shock brigades (udarniki)", ["ударных бригад", "ударным бригадам"]),
        ("workers", "Group", "Workers", ["рабочих", "рабочим"]),
        ("peasants", "Group", "Working peasants", ["трудящимся крестьянам"]),
        ("economic_managers", "Group", "Economic managers (khozyaistvenniki)", ["хозяйственники"]),
        ("bureaucrats", "Group", "Bureaucrats", ["бюрократами"]),
        ("right_opportunists", "Group", "Right opportunists", ["правыми оппортунистами"]),
    ],
    rels=[
        ("this_document", "publishedIn", "pravda", "ПРАВДА. Передовая."),
        ("this_document", "reportsOn", "cc_decree_1929_05_09", "Опубликованное сегодня постановление ЦК ВКП(б) от 9 мая 1929 года"),
        ("this_document", "reportsOn", "socialist_competition", "превратить соревнование из почина отдельных ударных бригад в массовое движение миллионов рабочих"),
        ("central_committee", "issues", "cc_decree_1929_05_09", "постановление ЦК ВКП(б) от 9 мая 1929 года"),
        ("central_committee", "partOf", "communist_party", "ЦК ВКП(б)"),
        ("cc_decree_1929_05_09", "dated", ("=", "1929-05-09"), "постановление ЦК ВКП(б) от 9 мая 1929 года"),
        ("cc_decree_1929_05_09", "reportsOn", "socialist_competition", "«О социалистическом соревновании фабрик и заводов»"),
        ("cc_decree_1929_05_09", "criticizes", "factory_party_cells", "многие заводские партийные ячейки и фабзавкомы остались в стороне от этого движения"),
        ("cc_decree_1929_05_09", "criticizes", "fabzavkoms", "многие заводские партийные ячейки и фабзавкомы остались в стороне от этого движения"),
        ("cc_decree_1929_05_09", "criticizes", "economic_managers", "некоторые хозяйственники смотрят на соревнование как на очередную «кампанию»"),
        ("cc_decree_1929_05_09", "criticizes", "bureaucrats", "ЦК требует решительной борьбы с бюрократами, которые глушат рабочую инициативу"),
        ("cc_decree_1929_05_09", "criticizes", "right_opportunists", "с правыми оппортунистами, которые не верят в творческие силы рабочего класса"),
        ("cc_decree_1929_05_09", "demands", "party_organizations", "Постановление ЦК обязывает партийные организации, профсоюзы и комсомол возглавить соревнование"),
        ("cc_decree_1929_05_09", "demands", "trade_unions", "Постановление ЦК обязывает партийные организации, профсоюзы и комсомол возглавить соревнование"),
        ("cc_decree_1929_05_09", "demands", "komsomol", "Постановление ЦК обязывает партийные организации, профсоюзы и комсомол возглавить соревнование"),
        ("cc_decree_1929_05_09", "demands", "vsnkh", "а ВСНХ и хозяйственные органы — обеспечить ударным бригадам материальные условия для работы"),
        ("cc_decree_1929_05_09", "demands", "economic_organs", "а ВСНХ и хозяйственные органы — обеспечить ударным бригадам материальные условия для работы"),
        ("this_document", "references", "lenin_competition_article", "Ещё в январе «Правда» впервые напечатала статью Ленина «Как организовать соревнование?», написанную в 1918 году."),
        ("lenin_competition_article", "authoredBy", "lenin", "статью Ленина «Как организовать соревнование?»"),
        ("lenin_competition_article", "publishedIn", "pravda", "«Правда» впервые напечатала статью Ленина «Как организовать соревнование?»"),
        ("lenin_competition_article", "dated", ("=", "1918"), "«Как организовать соревнование?», написанную в 1918 году"),
        ("sixteenth_conference", "issues", "conference_appeal_1929", "Шестнадцатая партийная конференция, утвердившая в апреле пятилетний план, обратилась ко всем рабочим и трудящимся крестьянам с призывом"),
        ("sixteenth_conference", "partOf", "communist_party", "Шестнадцатая партийная конференция"),
        ("conference_appeal_1929", "reportsOn", "socialist_competition", "с призывом к социалистическому соревнованию"),
        ("this_document", "demands", "party_organizations", "Теперь дело за партийными организациями. Ни одна ячейка не вправе стоять в стороне."),
        ("this_document", "demands", "factory_party_cells", "Ни одна ячейка не вправе стоять в стороне."),
    ],
    quants=[],
)

DOCS["1307_trotsky_new_course_letter_1923"] = dict(
    ents=[
        ("this_document", "Document", "Trotsky, \"The New Course\" (letter to party meetings, 8 December 1923)", ["The New Course", "A Letter to Party Meetings"]),
        ("resolution_1923_12_05", "Document", "Resolution of the Politburo and the CCC Presidium on party building, 5 December 1923", ["resolution on party building", "this resolution"]),
        ("party_unity_resolution", "Document", "Resolution of the Tenth Congress on party unity (1921)", ["decision of the Tenth Congress on party unity"]),
        ("trotsky", "Person", "Leon Trotsky", ["L. Trotsky"]),
        ("party_meetings", "Body", "Party meetings", ["Party Meetings"]),
        ("communist_party", "Body", "Russian Communist Party (Bolsheviks), RKP(b)", ["the party"]),
        ("politburo", "Body", "Political Bureau of the CC (Politburo)", ["Political Bureau of the Central Committee", "Political Bureau"]),
        ("central_committee", "Body", "Central Committee of the Communist Party", ["Central Committee"]),
        ("ccc_presidium", "Body", "Presidium of the Central Control Commission", ["Presidium of the Central Control Commission"]),
        ("central_control_commission", "Body", "Central Control Commission", ["Central Control Commission"]),
        ("party_organizations", "Body", "Party organisations", ["party organisation"]),
        ("party_cells", "Body", "Party cells", ["cell"]),
        ("gubkoms", "Body", "Gubkoms (provincial party committees)", ["gubkom", "gubkoms"]),
        ("party_apparatus", "Body", "Party (secretarial) apparatus", ["secretarial apparatus", "apparatus"]),
        ("tenth_congress", "Body", "Tenth Party Congress (1921)", ["Tenth Congress"]),
        ("second_international", "Body", "Second International", ["Second International"]),
        ("moscow", "Place", "Moscow", ["Moscow"]),
        ("new_course", "Event", "The New Course (workers' democracy within the party), 1923", ["new course", "workers' democracy"]),
        ("civil_war", "Event", "Civil War", ["civil war"]),
        ("gubkom_secretaries", "Group", "Secretaries of gubkoms", ["secretaries of gubkoms", "the secretaries"]),
        ("party_mass", "Group", "Party mass (rank and file)", ["party mass"]),
        ("student_youth", "Group", "Student youth", ["student youth", "youth"]),
        ("old_guard", "Group", "Old guard of the party", ["old guard"]),
        ("factions", "Group", "Factions and groupings", ["factions", "groupings of opinion"]),
    ],
    rels=[
        ("this_document", "authoredBy", "trotsky", "L. Trotsky. Moscow, 8 December 1923."),
        ("this_document", "dated", ("=", "1923-12-08"), "L. Trotsky. Moscow, 8 December 1923."),
        ("this_document", "sentTo", "party_meetings", "A Letter to Party Meetings"),
        ("this_document", "references", "resolution_1923_12_05", "The resolution on party building adopted unanimously on 5 December by the Political Bureau of the Central Committee"),
        ("politburo", "issues", "resolution_1923_12_05", "adopted unanimously on 5 December by the Political Bureau of the Central Committee and the Presidium of the Central Control Commission"),
        ("ccc_presidium", "issues", "resolution_1923_12_05", "adopted unanimously on 5 December by the Political Bureau of the Central Committee and the Presidium of the Central Control Commission"),
        ("resolution_1923_12_05", "dated", ("=", "1923-12-05"), "The resolution on party building adopted unanimously on 5 December"),
        ("politburo", "partOf", "central_committee", "Political Bureau of the Central Committee"),
        ("ccc_presidium", "partOf", "central_control_commission", "Presidium of the Central Control Commission"),
        ("resolution_1923_12_05", "reportsOn", "new_course", "It declares that the party must pass to a new course, the course of workers' democracy."),
        ("this_document", "reportsOn", "new_course", "This, comrades, is what the new course means."),
        ("this_document", "demands", "party_organizations", "It is the task of every party organisation, from the cell to the gubkom, to see that this resolution does not remain on paper."),
        ("this_document", "criticizes", "party_apparatus", "The danger lies in the apparatus."),
        ("this_document", "criticizes", "gubkom_secretaries", "Some secretaries of gubkoms already treat every critical voice as a \"factional\" one."),
        ("this_document", "criticizes", "old_guard", "the old guard must not regard itself as the sole bearer of the traditions of the party"),
        ("this_document", "criticizes", "second_international", "The history of the Second International shows how an old guard can degenerate."),
        ("this_document", "criticizes", "factions", "factions remain impermissible"),
        ("this_document", "references", "party_unity_resolution", "I do not propose to revise the decision of the Tenth Congress on party unity"),
        ("tenth_congress", "issues", "party_unity_resolution", "the decision of the Tenth Congress on party unity"),
        ("party_unity_resolution", "criticizes", "factions", "the decision of the Tenth Congress on party unity; factions remain impermissible"),
        ("this_document", "demands", "communist_party", "Let the party subordinate the apparatus to itself."),
    ],
    quants=[],
)

DOCS["1308_stalin_speech_right_danger_1928"] = dict(
    ents=[
        ("this_document", "Document", "Stalin, \"On the Right Danger in the VKP(B)\", speech of 19 October 1928", ["On the Right Danger in the VKP(B)"]),
        ("cc_letter_1928_10_18", "Document", "Letter of the CC to the Moscow organisation, 18 October 1928", ["letter of the Central Committee to the Moscow organisation of 18 October"]),
        ("stalin", "Person", "Joseph Stalin", ["J. V. Stalin"]),
        ("mk_mkk_plenum", "Body", "Joint plenum of the Moscow Committee and Moscow Control Commission of the VKP(B)", ["plenum of the Moscow Committee and the Moscow Control Commission"]),
        ("moscow_committee", "Body", "Moscow Committee of the VKP(B)", ["Moscow Committee"]),
        ("moscow_control_commission", "Body", "Moscow Control Commission of the VKP(B)", ["Moscow Control Commission"]),
        ("moscow_committee_bureau", "Body", "Bureau of the Moscow Committee", ["bureau of the Moscow Committee"]),
        ("moscow_party_organization", "Body", "Moscow party organisation", ["Moscow organisation"]),
        ("raikoms", "Body", "Raikoms (district party committees)", ["raikoms"]),
        ("communist_party", "Body", "All-Union Communist Party (Bolsheviks), VKP(B)", ["VKP(B)", "our party", "the party"]),
        ("central_committee", "Body", "Central Committee of the Communist Party (VKP(B))", ["Central Committee"]),
        ("politburo", "Body", "Political Bureau of the CC (Politburo)", ["Political Bureau"]),
        ("fifteenth_congress", "Body", "Fifteenth Party Congress (December 1927)", ["Fifteenth Congress"]),
        ("krasnaya_presnya", "Place", "Krasnaya Presnya district, Moscow", ["Krasnaya Presnya district"]),
        ("industrialisation", "Event", "Industrialisation", ["industrialisation"]),
        ("right_deviation", "Group", "Right deviation / Right deviationists", ["Right deviationists", "Right deviation", "Rights"]),
        ("trotskyists", "Group", "Trotskyists (the \"Left\" deviation)", ["\"Left\" deviation", "Trotskyists", "Trotskyist", "Lefts"]),
        ("communists", "Group", "Communists", ["Communists"]),
        ("kulaks", "Group", "Kulaks", ["kulaks"]),
        ("capitalist_enemies", "Group", "Capitalist enemies", ["capitalist enemies"]),
        ("raikom_leaders", "Group", "Leaders of the raikoms", ["leaders of those raikoms"]),
        ("conciliators", "Group", "Conciliators towards the Right deviation", ["conciliators"]),
    ],
    rels=[
        ("this_document", "authoredBy", "stalin", "Speech delivered by J. V. Stalin"),
        ("this_document", "sentTo", "mk_mkk_plenum", "Speech delivered by J. V. Stalin at the plenum of the Moscow Committee and the Moscow Control Commission of the VKP(B)"),
        ("this_document", "dated", ("=", "1928-10-19"), "the Moscow Control Commission of the VKP(B), 19 October 1928"),
        ("mk_mkk_plenum", "partOf", "moscow_committee", "plenum of the Moscow Committee and the Moscow Control Commission"),
        ("mk_mkk_plenum", "partOf", "moscow_control_commission", "plenum of the Moscow Committee and the Moscow Control Commission"),
        ("moscow_committee", "partOf", "communist_party", "the Moscow Committee and the Moscow Control Commission of the VKP(B)"),
        ("moscow_control_commission", "partOf", "communist_party", "the Moscow Control Commission of the VKP(B)"),
        ("moscow_committee_bureau", "partOf", "moscow_committee", "The bureau of the Moscow Committee"),
        ("this_document", "criticizes", "right_deviation", "at the present moment the chief danger is the Right one"),
        ("this_document", "criticizes", "trotskyists", "There is also a \"Left\" deviation, the Trotskyist one, which overestimates the strength of our enemies and proposes adventurist policies."),
        ("this_document", "criticizes", "moscow_committee_bureau", "The bureau of the Moscow Committee has not waged a sufficiently resolute struggle against it."),
        ("this_document", "criticizes", "raikom_leaders", "the leaders of those raikoms kept silent. That is impermissible."),
        ("this_document", "criticizes", "conciliators", "to expose the conciliators"),
        ("this_document", "criticizes", "moscow_party_organization", "Some comrades of the Moscow organisation have shown a conciliatory attitude to the Right deviation."),
        ("this_document", "demands", "moscow_party_organization", "The task of the Moscow organisation is to wage a resolute struggle against the Right danger"),
        ("fifteenth_congress", "expels", "trotskyists", "The Trotskyists have been expelled from the party by the Fifteenth Congress"),
        ("central_committee", "criticizes", "moscow_committee", "The Central Committee has more than once reminded the Moscow Committee of this."),
        ("this_document", "references", "cc_letter_1928_10_18", "The letter of the Central Committee to the Moscow organisation of 18 October says plainly"),
        ("central_committee", "issues", "cc_letter_1928_10_18", "letter of the Central Committee to the Moscow organisation of 18 October"),
        ("cc_letter_1928_10_18", "sentTo", "moscow_party_organization", "letter of the Central Committee to the Moscow organisation of 18 October"),
        ("cc_letter_1928_10_18", "dated", ("=", "1928-10-18"), "letter of the Central Committee to the Moscow organisation of 18 October"),
        ("cc_letter_1928_10_18", "criticizes", "conciliators", "says plainly that conciliation towards the Right deviation must end"),
        ("cc_letter_1928_10_18", "demands", "moscow_party_organization", "letter of the Central Committee to the Moscow organisation of 18 October says plainly that conciliation towards the Right deviation must end"),
        ("this_document", "reportsOn", "industrialisation", "there were speeches against the tempo of industrialisation"),
    ],
    quants=[],
)


def main():
    errors = []
    quants_out = []
    for doc, spec in DOCS.items():
        text = body(HERE / f"{doc}.txt")
        seen = {}
        ents = []
        ids = set()
        for eid, typ, label, mentions in spec["ents"]:
            if eid in ids:
                errors.append(f"{doc}: duplicate id {eid}")
            ids.add(eid)
            for m in mentions:
                if m not in text:
                    errors.append(f"{doc}: mention not in text: {eid}: {m!r}")
                if m in seen:
                    errors.append(f"{doc}: mention {m!r} under {seen[m]} and {eid}")
                seen[m] = eid
            ents.append({"id": eid, "label": label, "type": typ, "mentions": mentions})
        rels = []
        keys = set()
        for s, p, o, ev in spec["rels"]:
            if ev not in text:
                errors.append(f"{doc}: evidence not in text: {s} {p}: {ev!r}")
            if len(ev) > 200:
                errors.append(f"{doc}: evidence > 200: {ev!r}")
            for x in (s,) + (() if isinstance(o, tuple) else (o,)):
                if x not in ids:
                    errors.append(f"{doc}: unknown id {x}")
            key = (s, p, o)
            if key in keys:
                errors.append(f"{doc}: duplicate relation {key}")
            keys.add(key)
            r = {"subject": s, "predicate": p}
            if isinstance(o, tuple):
                r["object_literal"] = o[1]
            else:
                r["object"] = o
            r["evidence"] = ev
            rels.append(r)
        out = {"doc": doc, "entities": ents, "relations": rels}
        (HERE / f"{doc}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for q in spec["quants"]:
            if q["evidence"] not in text:
                errors.append(f"{doc}: quantity evidence not in text: {q['evidence']!r}")
            if q["subject"] not in ids:
                errors.append(f"{doc}: quantity subject unknown {q['subject']}")
            row = {"doc": doc, "subject": q["subject"], "quantity": q["quantity"], "value": q["value"], "evidence": q["evidence"]}
            for k in ("qualifier", "unit", "value_text", "point", "applies_to"):
                if k in q:
                    row[k] = q[k]
            quants_out.append(row)
        print(f"{doc}: {len(ents)} entities, {len(rels)} relations, {len(spec['quants'])} quantities")
    (HERE / "quantities.json").write_text(json.dumps(quants_out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
