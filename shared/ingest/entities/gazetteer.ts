// Words that tell what kind of thing a capitalised name is: places desk officers meet (countries, regions,
// capitals and large cities), the words that make a name an organisation or a place, the titles that come
// before a person's name, and nationality adjectives, which are never entities by themselves.

/** A set of the words or phrases of a `|`-separated list. */
export const list = (text: string) =>
  new Set(
    text
      .split('|')
      .map((word) => word.trim())
      .filter(Boolean),
  );

export const PLACES = list(
  [
    // Countries
    'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Benin|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Mali|Malta|Mauritania|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Deutschland|Maroc|Marruecos|Marokko|Allemagne|Alemania|Algérie|Algerien|Tunisie|Tunesien|Libye|Libyen|Égypte|Ägypten|Espagne|Spanien|Italie|Italien|Frankreich|Belgique|Belgien|Pays-Bas|Niederlande|Suisse|Schweiz|Autriche|Österreich|Pologne|Polen|Tchéquie|Tschechien|Grèce|Griechenland|Turquie|Türkei|Syrie|Syrien|Irak|Liban|Libanon|Jordanie|Jordanien|Arabie saoudite|Russie|Russland|Serbie|Serbien|Ukraine|Mauritanie|Mauretanien|Sénégal|Tchad|Soudan|Äthiopien|Éthiopie|Nigéria|Royaume-Uni|Großbritannien|États-Unis|Vereinigte Staaten|Chine|Japon|Inde|Indien|Afghanistan|Pakistan|Iran',
    // Regions
    'Africa|North Africa|West Africa|East Africa|Sahel|Sahara|Western Sahara|Maghreb|Middle East|Near East|Europe|Western Europe|Eastern Europe|Balkans|Western Balkans|Mediterranean|Asia|Central Asia|Latin America|Gulf|Persian Gulf|Scandinavia|Caucasus|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Kurdistan|Andalusia|Catalonia|Bavaria|Saxony|Hesse|North Rhine-Westphalia|Brandenburg|Canary Islands|Ceuta|Melilla|Strait of Gibraltar|Gibraltar',
    // Capitals and large cities
    'Rabat|Casablanca|Tangier|Tanger|Marrakech|Marrakesh|Fez|Agadir|Oujda|Nador|Laayoune|Algiers|Tunis|Tripoli|Cairo|Alexandria|Khartoum|Nouakchott|Bamako|Niamey|Dakar|Abuja|Lagos|Nairobi|Addis Ababa|Berlin|Bonn|Cologne|Köln|Munich|München|Hamburg|Frankfurt|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|Hanover|Hannover|Bremen|Nuremberg|Wiesbaden|Karlsruhe|Essen|Dortmund|Paris|Marseille|Lyon|Strasbourg|Madrid|Barcelona|Seville|Valencia|Malaga|Lisbon|Porto|Rome|Milan|Naples|Brussels|Antwerp|Amsterdam|Rotterdam|The Hague|Luxembourg City|Vienna|Zurich|Geneva|Bern|London|Manchester|Birmingham|Edinburgh|Dublin|Copenhagen|Stockholm|Oslo|Helsinki|Warsaw|Prague|Budapest|Bucharest|Sofia|Athens|Belgrade|Zagreb|Sarajevo|Tirana|Skopje|Pristina|Ankara|Istanbul|Moscow|Kyiv|Kiev|Minsk|Tbilisi|Baku|Yerevan|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Muscat|Kuwait City|Manama|Kabul|Islamabad|Karachi|New Delhi|Delhi|Mumbai|Beijing|Shanghai|Hong Kong|Tokyo|Seoul|Bangkok|Jakarta|Manila|Sydney|Canberra|Washington|New York|Los Angeles|Chicago|Ottawa|Toronto|Mexico City|Brasilia|Buenos Aires|Bogota|Lima|Santiago|Caracas|Havana|Bruxelles|Genève|Genf|Wien|Rom|Mailand|Lissabon|Londres|Moskau|Moscou|Athènes|Varsovie|Warschau|Prag|Alger|Le Caire|Kairo|Tanger|Tétouan|Tetouan|Al Hoceima|Nouadhibou|Oran|Constantine|Annaba|Tamanrasset|Sfax|Sousse|Benghazi|Misrata|Sabha|Gao|Timbuktu|Tombouctou|Agadez|Ouagadougou|Mogadishu|Mombasa|Kampala|Kinshasa|Johannesburg|Cape Town|Palermo|Lampedusa|Catania|Turin|Genoa|Bologna|Florence|Venice|Bilbao|Algeciras|Almería|Almeria|Cádiz|Cadiz|Murcia|Zaragoza|Toulouse|Nice|Bordeaux|Lille|Nantes|Montpellier|Rennes|Duisburg|Bochum|Bielefeld|Mannheim|Mainz|Kiel|Rostock|Magdeburg|Erfurt|Potsdam|Saarbrücken|Freiburg|Augsburg|Aachen|Münster|Bonn|Lesbos|Samos|Lyon|Liverpool|Glasgow|Belfast|Marseilles|Gothenburg|Malmö|Krakow|Gdansk|Thessaloniki|Izmir|Antalya|Gaziantep|Aleppo|Homs|Mosul|Basra|Erbil|Sanaa|Aden|Mecca|Medina|Peshawar|Lahore|Quetta|Kandahar|Herat|Dhaka|Colombo|Kathmandu|Hanoi|Ho Chi Minh City|Kuala Lumpur|Melbourne|Auckland|Vancouver|Montreal|Boston|Miami|San Francisco|Houston|Sao Paulo|São Paulo|Rio de Janeiro|Medellin|Quito|Guayaquil',
  ].join('|'),
);

/** Acronyms that are places, not organisations. */
export const PLACE_ACRONYMS = list('US|USA|UK|UAE|EU27|DRC|GDR|FRG');

/** Acronyms that are never entities: units, formats, markings, the clipping furniture. */
export const NOT_ENTITIES = list(
  'PHOTO|FILE|FOTO|PDF|HTML|URL|CEO|CFO|TV|GDP|TLP|AM|PM|UTC|CET|CEST|GMT|OK|FAQ|PR|ID|IT|AI|UN|NB|PS|II|III|IV|VI|VII|VIII|IX|XI|XII|ISBN|ISSN|DOI|NGO|NGOS',
);

/** A name containing one of these is an organisation. */
export const ORGANISATION_WORDS = list(
  'Office|Police|Polizei|Gendarmerie|Guardia|Sûreté|Direction|Office|Conseil|Gouvernement|Ministère|Haut|Commissariat|Agence|Organisation|Nations|Ministry|Ministerium|Department|Agency|Bureau|Service|Services|Directorate|Directorate-General|Council|Commission|Committee|Group|Organisation|Organization|Union|Court|Parliament|Government|Army|Forces|Force|Guard|Gendarmerie|Authority|Authorities|Institute|Institut|Center|Centre|Bank|Party|Front|Movement|Association|Federation|Foundation|Academy|University|School|Company|Corporation|Inc|Ltd|GmbH|AG|SA|Network|Alliance|Coalition|Brigade|Brigades|Cartel|Bundestag|Bundesrat|Bundeskriminalamt|Bundespolizei|Interpol|Europol|Frontex|NATO|Secretariat|Embassy|Consulate|Prosecutor|Tribunal|Assembly|Senate|Congress|Cabinet|Navy|Command|Unit|Administration|Intelligence|Security|Surveillance',
);

/** Bodies known by one word of their own, never a common noun: alone, they are organisations. */
export const ORGANISATION_NAMES = list(
  'Interpol|Europol|Frontex|NATO|Bundestag|Bundesrat|Bundeskriminalamt|Bundespolizei',
);

/** A name ending in one of these is a place. */
export const PLACE_WORDS = list(
  'Cathedral|Mosque|Church|Square|Street|Avenue|Road|Airport|Port|Harbour|Harbor|Station|Province|Region|County|District|City|River|Mountains|Mountain|Island|Islands|Valley|Coast|Desert|Bay|Sea|Ocean|Lake|Bridge|Palace|Stadium|Camp|Border|Crossing|Prefecture|Governorate|Oblast|Land',
);

/** Titles and roles before a person's name; taken off it ("Interior Minister Nancy Faeser" → Nancy Faeser). */
export const PERSON_TITLES = list(
  'Mr|Mrs|Ms|Miss|Dr|Prof|M|Mme|Mlle|Me|Pr|Analyst|Researcher|Minister|Ministerin|Innenminister|Innenministerin|Außenminister|Außenministerin|Bundeskanzler|Bundeskanzlerin|Bundesinnenministerin|Bundesinnenminister|Staatssekretär|Staatssekretärin|Präsident|Präsidentin|Sonderbevollmächtigte|Sonderbevollmächtigter|Sprecher|Sprecherin|Generalbundesanwalt|Oberstaatsanwalt|Oberstaatsanwältin|Botschafter|Botschafterin|Polizeipräsident|Polizeipräsidentin|Direktor|Direktorin|Bürgermeister|Bürgermeisterin|Ministre|Président|Présidente|Ambassadeur|Ambassadrice|Procureur|Commissaire|Général|Colonel|Préfet|Maire|Porte-parole|Professor|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Sheikh|President|Vice|Prime|Minister|Chancellor|Secretary|Director|General|Deputy|Chief|Head|Commissioner|Ambassador|Consul|Judge|Justice|Prosecutor|Senator|Governor|Mayor|Colonel|Major|Captain|Lieutenant|Sergeant|Inspector|Superintendent|Officer|Spokesman|Spokeswoman|Spokesperson|Interior|Foreign|Defence|Defense|Justice|Federal|State|Police|Herr|Frau|Monsieur|Madame|Señor|Señora|Don|Doña|Pope|Imam|Rabbi|Father|Bishop|Cardinal|Emir|Crown|Regional|National|Interim|Acting|Former|Then|Attorney',
);

/** Nationality and group adjectives: "German", "Moroccan", "Egyptian-German" are not entities by themselves. */
export const DEMONYMS = list(
  'German|Germans|Moroccan|Moroccans|French|Spanish|Italian|Portuguese|Dutch|Belgian|Austrian|Swiss|British|English|Irish|Scottish|Welsh|European|Europeans|African|Africans|American|Americans|Canadian|Mexican|Brazilian|Argentine|Algerian|Tunisian|Libyan|Egyptian|Sudanese|Malian|Nigerien|Nigerian|Senegalese|Mauritanian|Sahrawi|Saharan|Arab|Arabs|Arabic|Berber|Amazigh|Turkish|Kurdish|Syrian|Iraqi|Iranian|Afghan|Pakistani|Indian|Chinese|Japanese|Korean|Russian|Ukrainian|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Bosnian|Albanian|Greek|Cypriot|Israeli|Palestinian|Lebanese|Jordanian|Saudi|Emirati|Qatari|Kuwaiti|Yemeni|Omani|Swedish|Danish|Norwegian|Finnish|Muslim|Muslims|Islamic|Islamist|Islamists|Christian|Jewish|Western|Eastern|Northern|Southern|Alawi|Alawite|Federal|National|International|Transnational',
);

/** Capitalised words that begin sentences or headings but are never names. */
export const NOT_NAMES = list(
  'The|A|An|In|On|At|Of|For|From|To|By|With|Without|After|Before|During|Since|Until|As|And|But|Or|Nor|So|Yet|If|When|While|Where|Why|How|What|Which|Who|Whom|Whose|This|That|These|Those|It|Its|He|She|They|We|You|I|His|Her|Their|Our|Your|My|There|Here|Now|Then|Just|Also|Both|Each|Every|All|Some|Many|Most|More|Few|Several|Such|Other|Another|No|Not|Only|Even|Indeed|However|Moreover|Furthermore|Meanwhile|Especially|Although|Though|Because|Therefore|Thus|According|Today|Yesterday|Tomorrow|Last|Next|First|Second|Third|New|Key|Joint|Future|Recommendations|Outlook|Background|Summary|Contents|Table|Figure|Photo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Year|Focus|Area|Description|Initiative|Expected|Impact|Contribution|Arrests|Training|Sessions|Operations|Made|Real-time|Coordinated|Periodic|Strengthening|Expanding|Establishing|Leveraging|Enabling|Synchronizing|Observers|Officials|Representatives',
);

/** Given names common in the material desk officers read (European, Arabic, African), so that a person is
 * told from two capitalised nouns in German, where every noun is capitalised. */
export const GIVEN_NAMES = list(
  [
    'Anna|Andrea|Andreas|Angela|Annalena|Alexander|Alexandra|Anja|Bernd|Birgit|Boris|Christian|Christina|Christine|Claudia|Daniel|Daniela|Dieter|Dirk|Elke|Erik|Eva|Felix|Florian|Frank|Franz|Friedrich|Gabriele|Georg|Gerhard|Günter|Hans|Heike|Heinz|Helmut|Herbert|Holger|Horst|Ingrid|Jan|Jana|Jens|Joachim|Johannes|Jörg|Julia|Jürgen|Karin|Karl|Katharina|Katrin|Klaus|Kristina|Lars|Lena|Lukas|Manfred|Marco|Maria|Markus|Martin|Martina|Matthias|Michael|Monika|Nancy|Nina|Olaf|Peter|Petra|Rainer|Ralf|Robert|Sabine|Sandra|Sebastian|Stefan|Stefanie|Stephan|Susanne|Sven|Thomas|Thorsten|Tobias|Torsten|Ursula|Uwe|Volker|Werner|Wolfgang',
    'Alain|Amélie|Antoine|Bernard|Bruno|Camille|Catherine|Céline|Christophe|Claire|Didier|Emmanuel|Éric|François|Françoise|Frédéric|Gérald|Hélène|Isabelle|Jacques|Jean|Jean-Claude|Jean-Marc|Jean-Pierre|Julien|Laurent|Louis|Luc|Marc|Marie|Marine|Mathieu|Matthieu|Michel|Nathalie|Nicolas|Olivier|Patrick|Philippe|Pierre|Sophie|Stéphane|Sylvie|Thierry|Valérie|Vincent|Yves',
    'Adam|Alan|Alice|Amy|Andrew|Anne|Ben|Charles|Chris|David|Edward|Elizabeth|Emily|Emma|George|Hannah|Harry|Helen|Henry|Ian|Jack|James|Jane|Jennifer|John|Jonathan|Joseph|Kate|Laura|Linda|Lisa|Mark|Mary|Matthew|Owen|Patricia|Paul|Rachel|Richard|Rose|Ruth|Sarah|Simon|Steven|Susan|Tom|William',
    'Abdel|Abdellatif|Abdelaziz|Abdelkader|Abdelouafi|Abdullah|Ahmad|Ahmed|Aicha|Aisha|Ali|Amina|Amira|Amine|Aziz|Fatima|Fatma|Hamid|Hassan|Hicham|Hussein|Ibrahim|Issa|Jamal|Karim|Khadija|Khalid|Khaled|Leila|Lina|Mahmoud|Mehdi|Mohamed|Mohammed|Muhammad|Mustafa|Nabil|Nadia|Nasser|Omar|Rachid|Rami|Said|Saïd|Salma|Samir|Samira|Tariq|Yasmine|Youssef|Yusuf|Zineb',
    'Carlos|Fernando|Javier|José|Juan|Luis|Manuel|Miguel|Pablo|Pedro|Isabel|Carmen|Lucía|Giorgia|Giuseppe|Marco|Matteo|Giovanni|Ivan|Sergei|Vladimir|Olga|Tesfay|Abiy|Amadou|Mamadou|Moussa|Fatou|Aminata|Kwame|Grace|Ingrid|Helena',
  ].join('|'),
);

/** Words before a name in German and French that start a sentence but never a name: articles, pronouns, prepositions. */
export const NOT_NAMES_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = {
  de: list(
    'Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Im|Am|Vom|Zum|Zur|Beim|Ins|Seit|Bis|Nach|Laut|Wie|Was|Wer|Wo|Diese|Dieser|Dieses|Diesen|Mit|Von|Bei|Auch|Erst|Bereits|Mehr|Es|Er|Sie|Wir|Ihr|Jetzt|Hinweis|Ende|Anfang|Für|Gegen|Ohne|Über|Unter|Vor|Nach|Aus|Auf|In|An|Und|Oder|Aber|Doch|Dann|Damit|Dass|Als|Wenn|Weil|So|Noch|Nur|Schon|Heute|Gestern|Morgen|Jahr|Jahren|Jahre|Uhr|Teilen|Lesen|Mehr|Seite|Zurück|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Kilogramm|Tonnen|Euro|Prozent|Millionen|Milliarden',
  ),
  fr: list(
    'Le|La|Les|Un|Une|Des|Du|De|Au|Aux|Selon|Pour|Par|Dans|Sur|Avec|Sans|Sous|Cette|Ce|Cet|Ces|Il|Elle|Ils|Elles|On|Nous|Vous|Lire|Depuis|Après|Avant|Pendant|Entre|Mais|Et|Ou|Donc|Car|Lors|Contre|Chez|Vers|Mots-clés|Partager|Publié|Page|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Janvier|Février|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre',
  ),
};
