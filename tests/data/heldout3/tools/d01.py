from gold_lib import write_doc
STEM = "b3_01_cc_tempo_collectivisation_1930"
E = [
 ("this_document", "On the Tempo of Collectivisation and Measures of State Assistance to Collective-Farm Construction (resolution of the CC VKP(B), 5 January 1930)", "Document",
  ["On the Tempo of Collectivisation and Measures of State Assistance to Collective-Farm Construction"]),
 ("five_year_plan", "First Five-Year Plan (1928/29-1932/33)", "Document", ["Five-Year Plan", "five-year plan"]),
 ("model_artel_statute", "Model statute of the agricultural artel", "Document", ["model statute of the agricultural artel"]),
 ("central_committee", "Central Committee of the VKP(B)", "Body",
  ["Central Committee of the VKP(B)", "Central Committee of the All-Union Communist Party (Bolsheviks)", "Central Committee", "CC VKP(B)", "CC"]),
 ("communist_party", "All-Union Communist Party (Bolsheviks), VKP(B)", "Body", ["VKP(B)", "All-Union Communist Party (Bolsheviks)", "the Party"]),
 ("obkoms", "Obkoms (oblast party committees)", "Body", ["Obkoms"]),
 ("kraikoms", "Kraikoms (krai party committees)", "Body", ["kraikoms"]),
 ("national_party_ccs", "Central Committees of national Communist parties", "Body", ["Central Committees of the national Communist parties"]),
 ("raikoms", "Raikoms (district party committees)", "Body", ["Raikoms"]),
 ("party_organizations", "Party organizations", "Body", ["Party organisations"]),
 ("narkomzem", "People's Commissariat of Agriculture of the USSR (Narkomzem)", "Body", ["People's Commissariat of Agriculture of the USSR"]),
 ("collective_farms", "Collective farms (kolkhozes)", "Body", ["collective farms"]),
 ("machine_tractor_stations", "Machine-tractor stations", "Body", ["machine-tractor stations"]),
 ("tractor_columns", "Tractor columns", "Body", ["tractor columns"]),
 ("pravda", "Pravda (newspaper)", "Body", ["Pravda"]),
 ("stalin", "Joseph Stalin", "Person", ["J. Stalin"]),
 ("cc_secretary", "Secretary of the Central Committee of the VKP(B)", "Position", ["Secretary of the CC VKP(B)"]),
 ("collectivization", "Collectivisation of agriculture (collective-farm movement)", "Event", ["collectivisation", "collective-farm movement"]),
 ("dekulakization", "Liquidation of the kulaks as a class (dekulakisation)", "Event", ["liquidating the kulaks as a class"]),
 ("kulaks", "Kulaks", "Group", ["kulaks", "Kulaks"]),
 ("peasantry", "Peasantry (individual peasant households)", "Group", ["peasantry", "individual peasant households"]),
 ("collective_farmers", "Collective farmers", "Group", ["collective farmers"]),
 ("town_workers", "Workers sent from the towns", "Group", ["workers sent from the towns"]),
 ("soviet_union", "Soviet Union (USSR)", "Place", ["USSR"]),
 ("lower_volga", "Lower Volga", "Place", ["Lower Volga"]),
 ("middle_volga", "Middle Volga", "Place", ["Middle Volga"]),
 ("north_caucasus", "North Caucasus", "Place", ["North Caucasus"]),
 ("ukraine", "Ukraine", "Place", ["Ukraine"]),
 ("central_black_earth_region", "Central Black Earth Region", "Place", ["Central Black Earth Region"]),
 ("siberia", "Siberia", "Place", ["Siberia"]),
 ("urals", "Urals", "Place", ["Urals"]),
 ("kazakhstan", "Kazakhstan", "Place", ["Kazakhstan"]),
]
P1 = "1. The collectivisation of such important grain regions as the Lower Volga, the Middle Volga and the North Caucasus may in the main be completed in the autumn of 1930"
R = [
 ("central_committee", "issues", "this_document", "The Central Committee of the All-Union Communist Party (Bolsheviks) resolves:"),
 ("this_document", "dated", "1930-01-05", "5 January 1930"),
 ("this_document", "publishedIn", "pravda", "Published in Pravda, No. 6, 6 January 1930."),
 ("this_document", "authoredBy", "stalin", "Secretary of the CC VKP(B)\nJ. Stalin"),
 ("stalin", "holdsPosition", "cc_secretary", "Secretary of the CC VKP(B)\nJ. Stalin"),
 ("central_committee", "partOf", "communist_party", "Central Committee of the All-Union Communist Party (Bolsheviks)"),
 ("narkomzem", "locatedIn", "soviet_union", "People's Commissariat of Agriculture of the USSR"),
 ("this_document", "reportsOn", "collectivization", P1),
 ("this_document", "reportsOn", "dekulakization", "the Party has passed from the policy of restricting the exploiting tendencies of the kulaks to the policy of liquidating the kulaks as a class"),
 ("this_document", "references", "five_year_plan", "instead of collectivising 20 per cent of the sown area, as the Five-Year Plan provided"),
 ("this_document", "criticizes", "kulaks", "restricting the exploiting tendencies of the kulaks"),
 ("this_document", "demands", "narkomzem", "3. The People's Commissariat of Agriculture of the USSR is instructed to work out, without delay and not later than 15 February 1930, the model statute of the agricultural artel"),
 ("this_document", "demands", "obkoms", "4. Obkoms, kraikoms and the Central Committees of the national Communist parties shall direct the whole of their work towards the organisational and political leadership"),
 ("this_document", "demands", "kraikoms", "4. Obkoms, kraikoms and the Central Committees of the national Communist parties shall direct the whole of their work towards the organisational and political leadership"),
 ("this_document", "demands", "national_party_ccs", "4. Obkoms, kraikoms and the Central Committees of the national Communist parties shall direct the whole of their work towards the organisational and political leadership"),
 ("this_document", "forbids", "party_organizations", "5. Party organisations are forbidden to \"decree\" the collective-farm movement from above."),
 ("this_document", "demands", "raikoms", "Raikoms shall ensure that the leading posts of the collective farms are filled by tested collective farmers and by workers sent from the towns."),
]
G2 = "the collectivisation of the other grain regions (the Ukraine, the Central Black Earth Region, Siberia, the Urals, Kazakhstan and others) in the autumn of 1931 or, at the latest, in the spring of 1932"
G1 = "the Lower Volga, the Middle Volga and the North Caucasus may in the main be completed in the autumn of 1930 or, at the latest, in the spring of 1931"
Q = [
 {"subject": "collectivization", "quantity": "sown area cultivated collectively (spring 1930)", "value": 30000000, "unit": "hectares", "qualifier": "more than",
  "evidence": "Already in the spring of 1930 the sown area cultivated on a collective basis will considerably exceed 30 million hectares."},
 {"subject": "five_year_plan", "quantity": "planned share of sown area to be collectivised", "value": 20, "unit": "percent",
  "evidence": "instead of collectivising 20 per cent of the sown area, as the Five-Year Plan provided"},
]
for pl in ["lower_volga", "middle_volga", "north_caucasus"]:
    Q.append({"subject": pl, "quantity": "deadline for completing collectivisation", "value": "1931", "value_text": "at the latest, in the spring of 1931", "point": 1, "evidence": G1})
for pl in ["ukraine", "central_black_earth_region", "siberia", "urals", "kazakhstan"]:
    Q.append({"subject": pl, "quantity": "deadline for completing collectivisation", "value": "1932", "value_text": "at the latest, in the spring of 1932", "point": 1, "evidence": G2})
Q += [
 {"subject": "collective_farms", "quantity": "credits to collective farms, 1929/30", "value": 500000000, "unit": "rubles", "point": 2,
  "evidence": "the credits granted to collective farms in the year 1929/30 are to be raised to 500 million rubles"},
 {"subject": "this_document", "quantity": "deadline", "value": "1930-02-15", "point": 3, "applies_to": ["narkomzem"],
  "evidence": "not later than 15 February 1930"},
 {"subject": "this_document", "quantity": "reporting frequency to the Central Committee", "value": 1, "unit": "per month", "value_text": "once a month", "point": 4,
  "applies_to": ["obkoms", "kraikoms", "national_party_ccs"], "evidence": "shall report to the Central Committee once a month"},
]
write_doc(STEM, E, R, Q)
