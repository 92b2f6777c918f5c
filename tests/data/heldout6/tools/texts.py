# Texts of the heldout6 documents: (basename, front matter dict, body)
DOCS = []
def doc(name, fm, body):
    DOCS.append((name, fm, body.strip("\n") + "\n"))

doc("301_cc_distortions_kolkhoz_1930",
    dict(title="On the Struggle against Distortions of the Party Line in the Kolkhoz Movement",
         date="1930-03-14", genre="resolution", language="en",
         issuer="Central Committee of the VKP(b)"),
"""Resolution of the Central Committee of the VKP(b)

On the Struggle against Distortions of the Party Line in the Kolkhoz Movement

14 March 1930

The successes of the kolkhoz movement are accompanied by distortions of the party line in a number of regions. The CC notes that in many districts the voluntary principle in building kolkhozes has been violated, and that middle peasants and even poor peasants have been “dekulakized” and deprived of electoral rights. In some places, instead of the agricultural artel, the main link of the movement, party organizations have jumped straight to the commune, socializing dwellings, small livestock and poultry. Markets have been closed and churches shut by administrative order, without the consent of the villagers.

These distortions, already exposed in Comrade Stalin’s article “Dizzy with Success” (Pravda, 2 March 1930), play into the hands of our class enemies, the kulaks, and threaten to discredit the collectivization of agriculture. The CC condemns the leaders of those okrugkoms and raikoms who substituted orders and threats for persuasion.

The Central Committee of the VKP(b) decrees that:

1. The Central Committees of the national Communist parties, the kraikoms and the obkoms shall put an end to the use of compulsion against the peasants in collective farm construction, while continuing to draw the peasants into kolkhozes on a voluntary basis.

2. Party organizations shall verify the lists of the dekulakized and the disenfranchised within two weeks and correct the mistakes made in respect of middle peasants, former Red Army men and rural teachers.

3. Party organizations are forbidden to close churches by administrative means; a church may be closed only with the consent of the majority of the villagers and with the approval of the oblast executive committees.

4. Okrugkoms and raikoms shall remove from their posts and replace those workers who are unable or unwilling to struggle resolutely against the distortions of the party line.

5. Party committees shall publish in the press the Model Statute of the agricultural artel and conduct their work among the peasants on the basis of it.

[This is an abridged English rendering composed for this test set: the order and wording of the points and the two-week period are composed; the substance follows the resolution as published.]
""")

doc("302_xiv_sezd_1925_ru",
    dict(title="XIV съезд ВКП(б)", genre="encyclopedia entry", language="ru"),
"""XIV съезд ВКП(б)

XIV съезд Российской коммунистической партии (большевиков) проходил в Москве 18—31 декабря 1925 года. На съезде присутствовали 665 делегатов с решающим и 641 с совещательным голосом. Делегаты представляли 643 тыс. членов и 445 тыс. кандидатов партии.

Съезд заслушал политический отчёт ЦК, с которым выступил И. В. Сталин, и организационный отчёт ЦК, сделанный В. М. Молотовым. С содокладом выступил Г. Е. Зиновьев от имени ленинградской делегации. Лидерами так называемой «новой оппозиции» были Зиновьев и Л. Б. Каменев; их поддержали Г. Я. Сокольников и Н. К. Крупская. Опорой оппозиции была Ленинградская губернская организация партии, которую возглавлял Зиновьев.

Новая оппозиция обвиняла большинство ЦК в недооценке кулацкой опасности и отвергала возможность построения социализма в одной стране. Каменев заявил на съезде, что «товарищ Сталин не может выполнить роли объединителя большевистского штаба». Сторонники большинства, прежде всего Н. И. Бухарин, выступили против оппозиционеров.

Съезд осудил взгляды новой оппозиции как мелкобуржуазный уклон и одобрил курс на социалистическую индустриализацию СССР. Съезд переименовал РКП(б) во Всесоюзную коммунистическую партию (большевиков) — ВКП(б) — и поручил ЦК внести соответствующие изменения в устав партии.

Сразу после съезда ЦК направил в Ленинград группу членов ЦК, в которую входили С. М. Киров, В. М. Молотов и К. Е. Ворошилов. На партийных собраниях заводов большинство коммунистов поддержало решения съезда. В феврале 1926 года Киров был избран первым секретарём Ленинградского губкома, а Зиновьев утратил руководство ленинградской организацией.

Итоги съезда закрепили перевес сталинского большинства в Политбюро: Каменев был переведён из членов в кандидаты в члены Политбюро. В советской историографии XIV съезд получил название «съезда индустриализации».

[Статья составлена для этого тестового набора; формулировки составлены, факты соответствуют общепринятому изложению.]
""")

doc("303_embassy_telegram_20th_congress_1956",
    dict(title="The Ambassador in the Soviet Union (Bohlen) to the Department of State", date="1956-02-27",
         genre="telegram", language="en", author="Charles E. Bohlen", recipient="Department of State"),
"""Telegram 1817

The Ambassador in the Soviet Union (Bohlen) to the Department of State

Moscow, February 27, 1956

1. Twentieth Congress of CPSU closed February 25 after election of new Central Committee, which in turn confirmed N. S. Khrushchev as First Secretary. Presidium of CC remains essentially unchanged, although Zhukov, Brezhnev, Furtseva and Shepilov among others have been added as candidate members.

2. Most striking feature of Congress has been open repudiation of the “cult of the individual”. Khrushchev’s report of February 14 condemned the cult as alien to Marxism-Leninism and proclaimed that war between capitalist and socialist systems is no longer fatally inevitable. Report also declares that the transition to socialism may take different forms in different countries, including the parliamentary road.

3. Mikoyan’s speech went furthest in public. He attacked the Short Course history of the party and Stalin’s last work “Economic Problems of Socialism in the USSR”, without however naming Stalin’s mistakes in detail. Embassy notes that the name of Stalin was barely mentioned by other speakers.

4. Reports now circulating among foreign correspondents and reliable Soviet contacts say that at a closed session on February 25 Khrushchev delivered a lengthy speech denouncing Stalin personally for the mass repressions of 1937-1938 and for his conduct of the war. Embassy has been unable to confirm these reports, but believes them substantially correct.

5. Embassy’s preliminary view is that present leadership is seeking to free itself from the burden of Stalin’s terror while preserving the authority of the Party apparatus. It is too early to judge how the denunciation of Stalin will affect the satellite parties and the Chinese Communists. Full analysis follows by despatch.

Bohlen

[Telegram number and wording are composed for this test set; the events reported follow the record of the Congress and the Embassy’s reporting.]
""")

doc("304_pravda_vrachi_1953_ru",
    dict(title="Подлые шпионы и убийцы под маской профессоров-врачей", date="1953-01-13",
         genre="editorial", language="ru", source="Правда"),
"""Правда, 13 января 1953 г.

Подлые шпионы и убийцы под маской профессоров-врачей

Сегодня публикуется сообщение ТАСС об аресте группы врачей-вредителей. Органами государственной безопасности раскрыта террористическая группа врачей, ставивших своей целью путём вредительского лечения сокращать жизнь активным деятелям Советского Союза.

В состав этой группы входили: профессор М. С. Вовси, профессор В. Н. Виноградов, профессор М. Б. Коган, профессор Б. Б. Коган, профессор П. И. Егоров, профессор А. И. Фельдман, профессор Я. Г. Этингер, профессор А. М. Гринштейн, врач Г. И. Майоров. Как говорится в сообщении, преступники, используя своё положение врачей, подорвали здоровье товарища А. А. Жданова и умертвили товарища А. С. Щербакова. Следствие будет закончено в ближайшее время.

Сообщение указывает, что большинство участников группы были связаны с международной еврейской буржуазно-националистической организацией «Джойнт», созданной американской разведкой. Вовси заявил следствию, что получил директиву об истреблении руководящих кадров СССР через врача Шимелиовича и еврейского буржуазного националиста Михоэлса. Другие участники группы — Виноградов, М. Б. Коган, Егоров — оказались старыми агентами английской разведки.

Редакция считает необходимым сказать прямо: органы государственной безопасности не вскрыли вовремя вредительскую организацию врачей. Руководители Министерства здравоохранения СССР проявили беспечность и ротозейство. Партийные организации должны покончить с политической слепотой и усилить бдительность во всех звеньях государственного аппарата.

Советский народ с гневом клеймит банду убийц и их иностранных хозяев. Коммунистическая партия учит нас, что пока существует капиталистическое окружение, будут засылаться к нам шпионы, диверсанты и вредители. Разоблачение шайки врачей-отравителей нанесло удар по американо-английским поджигателям войны, и все коммунисты обязаны сделать из него выводы.

[Текст передовой сокращён и частично пересказан для этого тестового набора; отдельные формулировки составлены, изложение сообщения следует опубликованному тексту.]
""")

doc("305_georgian_affair_essay_1922",
    dict(title="Lenin, the Georgian Affair and the Letter to the Congress", genre="essay", language="en"),
"""Lenin, the Georgian Affair and the Letter to the Congress

The quarrel known as the Georgian affair began in the autumn of 1922 over the plan, drafted by Stalin as People’s Commissar of Nationalities, to bring the Soviet republics into the RSFSR as autonomous units. The Central Committee of the Communist Party of Georgia, led by Budu Mdivani and Filipp Makharadze, insisted that Georgia enter the future union directly, not through a Transcaucasian federation. G. K. Ordzhonikidze, who headed the Transcaucasian Kraikom, answered with threats and dismissals; in one quarrel he struck a Georgian Communist, Akaki Kabakhidze. In October 1922 the Georgian Central Committee resigned in protest.

The Politburo of the RKP(b) sent a commission under F. E. Dzerzhinsky to Tiflis, and it largely exonerated Ordzhonikidze. Lenin, partly paralysed since May, judged otherwise. In the notes “On the Question of Nationalities or of ‘Autonomization’”, dictated on 30-31 December 1922, he blamed Stalin’s haste and administrative zeal, accused Dzerzhinsky of a superficial inquiry and demanded that Ordzhonikidze be punished in an exemplary way.

The same days produced Lenin’s dictation that came to be called the Letter to the Congress. Dictated from 23 December 1922, it weighed the leaders of the Central Committee one by one: Trotsky’s “excessive self-assurance”, Zinoviev and Kamenev’s “October episode”, Bukharin’s scholasticism. A postscript of 4 January 1923 declared Stalin “too rude” and proposed that the comrades find a way of removing him from the post of General Secretary.

On 6 March 1923 Lenin wrote to Mdivani and Makharadze that he was following their cause “with all my heart”. A stroke three days later ended his political life. Trotsky, whom Lenin had asked to defend the Georgian case, stayed silent at the Twelfth Congress in April 1923. When Krupskaya handed the Letter to the Congress to the Central Committee in May 1924, it was read only to the delegations of the Thirteenth Congress, and Stalin kept his post.

[This essay is composed for this test set; the facts follow the standard historical accounts.]
""")

doc("306_malenkov_report_beria_plenum_1953",
    dict(title="Report of Comrade G. M. Malenkov at the Plenum of the CC CPSU, 2 July 1953", date="1953-07-02",
         genre="report", language="en", author="Georgy Malenkov"),
"""From the Report of Comrade G. M. Malenkov at the Plenum of the Central Committee of the CPSU
2 July 1953

On the Criminal Anti-Party and Anti-State Actions of Beria

Comrades! The Presidium of the Central Committee has considered it necessary to inform the Plenum of the CC of the CPSU about the criminal activity of L. P. Beria, which the Presidium uncovered in recent weeks. On 26 June the Presidium took the decision to remove Beria from the post of Minister of Internal Affairs and to arrest him.

After the death of Comrade Stalin, Beria used his position as First Deputy Chairman of the Council of Ministers to place the MVD above the Party and the Government. He selected cadres in the organs of the MVD on the principle of personal loyalty, and instructed them to collect compromising materials on leading party workers. Under the pretext of correcting the nationalities policy he sent memoranda on Lithuania and Western Ukraine to the Presidium in the name of the MVD, setting local cadres against the Russian people.

On the German question Beria proposed to abandon the course of building socialism in the German Democratic Republic. This proposal was rejected by the Presidium; Comrades Molotov and Khrushchev spoke sharply against it.

We must say openly that the cult of personality of Comrade Stalin, which assumed monstrous forms in the last years, was used by Beria in his own careerist interests. The Presidium considers that collective leadership is the only correct principle of leading the Party.

The Presidium of the CC proposes to the Plenum: to expel L. P. Beria from the Central Committee of the CPSU and from the ranks of the Communist Party of the Soviet Union as an enemy of the Communist Party and of the Soviet people, and to instruct the party organizations to discuss the question at meetings of the party aktiv.

[This abridged rendering is composed for this test set; the substance follows the published stenographic record of the plenum, the wording is condensed and partly composed.]
""")

doc("307_xviii_konferentsiya_1941_ru",
    dict(title="О задачах партийных организаций в области промышленности и транспорта", date="1941-02",
         genre="resolution", language="ru", issuer="XVIII Всесоюзная конференция ВКП(б)"),
"""XVIII Всесоюзная конференция ВКП(б)
15—20 февраля 1941 г.

О задачах партийных организаций в области промышленности и транспорта
Резолюция по докладу тов. Г. М. Маленкова

Конференция заслушала также доклад председателя Госплана СССР тов. Н. А. Вознесенского о хозяйственных итогах 1940 года и о плане развития народного хозяйства СССР на 1941 год.

Заслушав доклад секретаря ЦК ВКП(б) тов. Маленкова, XVIII конференция ВКП(б) отмечает, что многие партийные организации ослабили внимание к промышленности и транспорту. Обкомы, крайкомы и горкомы часто подменяют хозяйственные органы и вместо контроля за работой предприятий занимаются мелкой опекой. Ряд наркоматов, в том числе Наркомат чёрной металлургии и Наркомат путей сообщения, плохо борется с нарушениями технологической дисциплины и с браком.

XVIII конференция ВКП(б) постановляет:

1. Обязать обкомы, крайкомы, горкомы и ЦК компартий союзных республик повседневно контролировать выполнение предприятиями производственных планов, не подменяя хозяйственных руководителей.

2. Ввести в обкомах, крайкомах и горкомах должности секретарей по промышленности и по транспорту, а в промышленных районах — секретарей по главным отраслям промышленности.

3. Обязать наркоматы и директоров предприятий в течение 1941 года ликвидировать отставание в выпуске продукции и навести порядок в учёте и отчётности.

4. Запретить партийным организациям подменять руководство предприятий и отдавать распоряжения через голову директоров.

5. Вывести из состава членов ЦК ВКП(б) М. М. Литвинова и из кандидатов в члены ЦК П. С. Жемчужину как не обеспечивших выполнения обязанностей членов ЦК. Предупредить тов. М. М. Кагановича, что если он не выполнит поручений партии и правительства, то будет выведен из состава ЦК.

[Резолюция сокращена для этого тестового набора; нумерация пунктов и формулировки составлены по существу решений конференции.]
""")

doc("308_editorial_september_plenum_1953",
    dict(title="A Programme for the Countryside", date="1953-09-15", genre="editorial", language="en"),
"""A Programme for the Countryside

Editorial

The September Plenum of the Central Committee of the CPSU has spoken plainly about agriculture. In his report “On Measures for the Further Development of Agriculture of the USSR”, delivered on 3 September 1953, Comrade N. S. Khrushchev told the Plenum that the country still has too little meat, milk, potatoes and vegetables, and that in several branches of animal husbandry the herd was smaller than before collectivization.

The Plenum did not hide who is to blame. It criticized the Ministry of Agriculture of the USSR for bureaucratic planning from Moscow, and it criticized many obkoms and raikoms for having turned into onlookers of the work of the collective farms. The machine-tractor stations, which should be the decisive force in the countryside, are poorly staffed with agronomists and engineers.

The resolution adopted by the Plenum on 7 September sets out clear measures. State procurement prices are raised 5.5 times for cattle and poultry, twice for milk and butter and by 2.5 times for potatoes. Obligatory deliveries from the personal plots of collective farmers are reduced. The MTS are to receive 100,000 specialists with higher and secondary education, and the raikoms are to set up groups of instructors at each MTS under a secretary of the raikom.

The Plenum also elected Comrade Khrushchev First Secretary of the Central Committee of the CPSU. This decision expresses the Party’s confidence in a leader who knows the village well.

Every party organization, every collective farmer and every worker of the MTS must now take up the decisions of the Plenum. The Communist Party of the Soviet Union has never hidden its difficulties from the people; it has always overcome them.

[This editorial is composed for this test set in the manner of the Soviet press of September 1953; the measures and figures follow the Plenum’s resolution, the wording and the publication date are composed.]
""")
