package news

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// storyFS holds 784 news stories about negotiations written for the
// project (not copied from any outlet, nor from shared/): the articles of
// the dev6 and blind3 question sets (s01–s16), of the dev7 and blind4
// sets (s17–s28), of the dev8 and blind5 sets (s29–s40), of the dev9
// and blind6 sets (s41–s52), of the dev10 and blind7 sets (s53–s64),
// of the dev11 and blind8 sets (s65–s76), of the dev12 and blind9 sets
// (s77–s88), of the dev13 and blind10 sets (s89–s100), of the dev14 and
// blind11 sets (s101–s112), of the dev15 and blind12 sets (s113–s124),
// of the dev16 and blind13 sets (s125–s136), of the dev17 and blind14
// sets (s137–s148), of the dev18 and blind15 sets (s149–s160), of the
// dev19 and blind16 sets (s161–s172), of the dev20 and blind17 sets
// (s173–s184), of the dev21 and blind18 sets (s185–s196), of the dev22
// and blind19 sets (s197–s208), of the dev23 and blind20 sets (s209–s220),
// of the dev24 and blind21 sets (s221–s232), of the dev25 and blind22 sets
// (s233–s244), of the dev26 and blind23 sets (s245–s256), of the dev27
// and blind24 sets (s257–s268), of the dev28 and blind25 sets (s269–s280),
// of the dev29 and blind26 sets (s281–s292), of the dev30 and blind27
// sets (s293–s304), of the dev31 and blind28 sets (s305–s316), of the
// dev32 and blind29 sets (s317–s328), of the dev33 and blind30 sets
// (s329–s340), of the dev34 and blind31 sets (s341–s352), of the dev35
// and blind32 sets (s353–s364), of the dev36 and blind33 sets
// (s365–s376), of the dev37 and blind34 sets (s377–s388), of the dev38
// and blind35 sets (s389–s400), of the dev39 and blind36 sets
// (s401–s412), of the dev40 and blind37 sets (s413–s424), of the dev41
// and blind38 sets (s425–s436), of the dev42 and blind39 sets
// (s437–s448), of the dev43 and blind40 sets (s449–s460), of the dev44
// and blind41 sets (s461–s472), of the dev45 and blind42 sets
// (s473–s484), of the dev46 and blind43 sets (s485–s496), of the dev47
// and blind44 sets (s497–s508), of the dev48 and blind45 sets
// (s509–s520), of the dev49 and blind46 sets (s521–s532), of the dev50
// and blind47 sets (s533–s544), of the dev51 and blind48 sets
// (s545–s556), of the dev52 and blind49 sets (s557–s568), of the dev53
// and blind50 sets (s569–s580), of the dev54 and blind51 sets
// (s581–s592), of the dev55 and blind52 sets (s593–s604), of the dev56
// and blind53 sets (s605–s616), of the dev57 and blind54 sets
// (s617–s628), of the dev58 and blind55 sets (s629–s640), of the dev59
// and blind56 sets (s641–s652), of the dev60 and blind57 sets
// (s653–s664), of the dev61 and blind58 sets (s665–s676), of the dev62
// and blind59 sets (s677–s688), of the dev63 and blind60 sets
// (s689–s700), of the dev64 and blind61 sets (s701–s712), of the dev65
// and blind62 sets (s713–s724), of the dev66 and blind63 sets
// (s725–s736), of the dev67 and blind64 sets (s737–s748), of the dev68
// and blind65 sets (s749–s760), of the dev69 and blind66 sets
// (s761–s772), of the dev70 and blind67 sets (s773–s784) and of the
// stories' who-said-what gold
// (internal/eval/pages). Each file is a title line, a blank line and the
// story's paragraphs, as a user would paste it; most of s17–s28 carry a
// page's furniture too (standfirst, byline, dateline or timestamp,
// captions, "Read more" lines, sign-up prompts), as do about half of
// s29–s40, of s41–s52 (which add a live blog, an interview transcript,
// a press release reprinted and an explainer), of s53–s64 (a radio
// transcript, a factbox, a translated report, podcast show notes) and of
// s65–s76 (a wire story, a business daily with tickers, a live blog in
// British single quotes, a Sunday feature, a press release, a Q&A, a
// radio transcript, an explainer, a newsletter, a translated report, an
// opinion column) and of s77–s88 (a wire story, an Indian daily, a New
// Zealand local site, a press-briefing transcript, a TV news page, a trade
// journal, a magazine long read, posts quoted from social media, a union
// bulletin, a live blog in single quotes, an opinion column, a court
// report) and of s89–s100 (a wire story on a port contract, a takeover
// page, a live blog with time stamps, a mining wage story, a Q&A
// interview, a sports labour story, an Asian business daily, a local
// paper on a teachers' strike, a nuclear-talks analysis, a press release
// reprinted, a parliamentary report, a magazine long read; a few open
// with their first paragraph, no title line) and of s101–s112 (an Indian
// business daily, a wire ceasefire story with unnamed sources, trade talks
// with Spanish double surnames, a Canadian public-sector strike, merger
// talks with analysts, a British analysis in the present tense, an
// Australian broadcaster, climate-finance talks with German titles, a
// sports bargaining story with posts and a podcast, an arbitration
// ruling, a legislature's live blog, a negotiator's profile) and of
// s113–s124 (a Nigerian daily, a Japanese wire with family names first, a
// French paper in translation with guillemets, a hostage exchange from
// unnamed sources, a US local TV site with straight quotes, a hostile bid,
// a student paper with a Q&A, an Irish broadcaster, a shipping journal, a
// call with two governments' readouts, an Indian state story, a magazine
// feature in the present tense) and of s125–s136 (a South African daily
// on a platinum strike, a Korean wire with family names first, a São
// Paulo paper in translation, a British rail strike in single marks with
// a quotation inside another, a wire truce story with a quotation over
// three paragraphs, a private-equity bid from people familiar with the
// matter, a Kenyan doctors' strike, a hockey league's bargaining with a
// post, a podcast and a memo, Dutch coalition talks with a joint
// statement, river talks between two foreign ministries, a teachers'
// work-to-rule with a letter to families, a negotiator's interview in
// Q: and A:) and of s137–s148 (an Indonesian harbour blockade, a Gulf
// wire on a detainee swap with Arabic names, a German metalworkers' wage
// round in translation, a Mexican trade review with double surnames, a
// Western Australian nurses' dispute in single marks with two women as
// "she", a US airline pilots' contract, a Scottish council strike, a
// Bangladeshi garment wage board, Danube shipping talks from Kyiv, an
// Argentine bond rescheduling, a podcast transcript with speaker labels,
// an EU trilogue) and of s149–s160 (Colombian ceasefire talks in
// Caracas, a Korean shipyard wage round with two men named Kim, a
// Canadian rail lockout, a Nigerian minimum-wage round, a Nile dam
// technical round, British resident doctors in single marks, a Belgian
// club takeover in guillemets, a Thai–Cambodian border committee, a
// Kenyan live blog newest entry first, a press release with the other
// side's note, a Maldivian negotiator interviewed with name labels, a
// Mercosur–EU safeguard round) and of s161–s172 (Iran–US nuclear talks
// in Muscat through an interpreter, Korea–China trade talks with
// surname-first names and two Parks, South African platinum wage talks
// with Afrikaans names, Ethiopian peace talks in Nairobi, a takeover in
// British single marks with Portuguese double surnames, a live blog of
// prisoner-exchange talks in Istanbul, Vietnam–US tariff talks, hostage
// talks for a ship's crew, plastics-treaty talks with Indian initials
// and Japanese family names first, Dutch city coalition talks with a TV
// transcript in capital labels, mackerel talks with an interview, a
// Turkish metalworkers' wage round) and of s173–s184 (Colombia–ELN
// ceasefire talks in wire copy, EU–Mercosur ratification with passive
// cues, a Chicago teachers' contract with an interview and three
// Pruitts, the Kosovo–Serbia dialogue, a Canadian port lockout, a
// football club takeover in single marks with a father and son, a
// Philippines–China shoal with Filipino name forms, Kenyan doctors'
// strike talks, India–UK trade talks with a Q&A, a Mexico–US water
// treaty, a Greek ferry strike in guillemets with two Mavridises, Pacific
// climate-finance talks in Bonn) and of s185–s196 (Sudan ceasefire talks
// in Jeddah in AP style, US–Japan auto tariffs with Japanese name order,
// Australian nurses' pay talks in single marks, Iran–E3 nuclear talks with
// a quotation over two paragraphs, a hostile mining bid with letters, an
// Armenia–Azerbaijan treaty text, a video-game performers' strike with a
// Q&A, WTO fisheries subsidies, German rail wage talks in translation, a
// Thailand–Cambodia ceasefire with Thai first names, a dockworkers' live
// blog, Greenland–Denmark fishing talks) and of s197–s208 (Gaza hostage
// talks in Doha in Reuters style with unnamed sources, EU–China
// electric-vehicle tariffs with a ministry's statement, British train
// drivers' pay in single marks, Black Sea shipping talks in Istanbul
// through interpreters with a quotation over two paragraphs, a US
// autoworkers' strike with a Q&A, India–EU trade talks with initials and
// "Shri", Colombian peace talks in translation with guillemets, a hostile
// mining bid with a letter to shareholders, a Korean doctors' strike live
// blog with two Lees, Venezuela–Guyana border talks with an unnamed
// diplomat, players' bargaining with a post and a podcast, Nile dam talks
// with a joint communiqué) and of s209–s220 (Russia–Ukraine prisoner
// exchange talks in BBC style with a spokesperson named late, US–Japan
// steel tariffs in Nikkei style with family names first, Canadian
// public-service bargaining with a minister translated from French,
// Sudan ceasefire talks in Jeddah with anonymous officials, Iran nuclear
// talks in Muscat with an IAEA report and two Jalalis, a takeover of a
// Japanese convenience-store chain with an earnings-call transcript, a US
// East Coast port strike with a quotation over two paragraphs,
// Somalia–Ethiopia talks in Ankara with a joint declaration, EU–Mercosur
// with French farmers in single marks, a video-game voice actors' strike
// with an Instagram post, Armenia–Azerbaijan treaty talks as a live blog,
// a Nigerian university lecturers' strike with "Prof." and "Dr.") and of
// s221–s232 (Israel–Hamas hostage talks in Cairo in Reuters style with a
// quotation broken by its credit, US–China tariff talks in Geneva in
// Bloomberg style with a reporter's question quoted, British resident
// doctors' pay in Guardian style with a post on X, a hostile bid between
// two European brewers in AP style with an emailed response, Colombia–ELN
// talks in Caracas translated from Spanish with an alias and quotations
// after a colon, a Korean carmaker's strike in Yonhap style with family
// names first, WTO fisheries talks with two ministers of one surname,
// DR Congo–Rwanda talks in Doha with speakers named in the sentence after,
// a parcel drivers' contract with a Q&A, India–EU trade talks with an
// official who asked not to be named, Serbia–Kosovo talks with a
// quotation inside a quotation, a nurses' strike with a radio transcript)
// and of s233–s244 (Thailand–Cambodia border talks in Bangkok Post style
// with a spokesman named after his first quotation, US–Mexico water
// treaty talks in Politico style with a letter quoted, an animation
// guild's contract talks in Variety style with an email to members,
// pilots voting on a tentative agreement in CNBC style with a union memo
// and an earnings call, Yemen prisoner-exchange talks in Muscat in Al
// Jazeera style, a hostile bank takeover in Italy in FT style, German
// public-sector wage talks translated from German in DW style,
// Philippines–China talks on a shoal with a briefing in questions and
// answers, Australian teachers' bargaining with a press-conference
// transcript, Venezuelan talks in Barbados with a nickname and two people
// of one surname, UK–EU veterinary talks with a leaked memo and several
// speakers in one paragraph, a Canadian postal strike with a Facebook
// post) and of s245–s256 (Nile dam talks in Washington in Reuters style
// with an unnamed US official, a US carmaker strike in Detroit Free Press
// style with a livestream, Chile–Bolivia talks at The Hague translated
// from Spanish with two-surname names, a Japanese retailer's US takeover
// in Nikkei Asia style with family names first, North Atlantic mackerel
// talks with patronymic names, New Zealand nurses' pay talks with Māori
// names and a minister's press release, Israel–Lebanon maritime talks
// with an anonymous official and a Hezbollah statement, a Hollywood
// writers' deal with a guild email over two paragraphs and an Instagram
// post, Pakistan–IMF loan talks in Dawn style, a Belgian rail strike with
// French and Flemish names, Armenia–Azerbaijan treaty talks with a
// quotation inside a quotation, US dockworkers in AP style) and of
// s257–s268 (Sudan ceasefire talks in Jeddah in AFP style with a source
// close to the mediation, UK–EU veterinary talks in Guardian style, Ontario
// teachers' bargaining with a union bulletin, a regional airline merger in
// Wall Street Journal style with an earnings call, Ukraine–Russia prisoner
// exchange talks with a Telegram post, EU–Mercosur ratification with
// two-part Portuguese and Spanish names, Iran nuclear talks in Muscat with
// IRNA quoted, South Korean trainee doctors with family names first and two
// Kims, a video game studio's first union contract with a Discord message
// and a memo, Somalia–Somaliland talks with an official named after his
// description, US–Mexico steel tariff talks with a Q&A, a women's
// basketball league's bargaining with a nickname and a podcast) and of
// s269–s280 (Cyprus reunification talks in Reuters style, Colombia–ELN
// talks in Caracas with two people sharing a surname, US–China chip export
// control talks in Bloomberg style with family names first, UK nurses' pay
// talks with a ballot and a letter to members, an animation guild's
// contract talks over AI in Variety style, the Armenia–Azerbaijan border
// commissions in AFP style, Japan–US auto tariff talks in Nikkei style with
// two Satos, a hostile bid for a copper miner in Financial Times style with
// a letter to shareholders, the Nile dam talks in Al Jazeera style with an
// Arabic-language television interview, a German train drivers' strike in
// DW style, WTO fisheries subsidies talks in Geneva, a city bus union's
// tentative contract with a press-conference Q&A) and of s281–s292
// (Sudan ceasefire talks in Jeddah in Reuters style, the Canada–US
// softwood lumber duties in a Canadian paper's style, an aerospace
// machinists' contract vote with a letter to employees, the Serbia–Kosovo
// dialogue in Brussels in AFP style, a cross-border telecom takeover and
// its remedies in Financial Times style with an analyst note, EU–Mercosur
// and farmers' protests in BBC style, South Korean junior doctors' talks
// with family names first and two Kims, Iran–IAEA inspection talks with a
// statement and a briefing, Congo–Rwanda–M23 talks in Doha with a radio
// interview, a Chicago teachers' strike with two Boyds, India–UK trade
// talks in an Indian paper's style, an airline pilots' mediation with a
// press-conference Q&A) and of s293–s304 (Guyana–Venezuela Essequibo talks
// in Brasilia in Reuters style with the chair described before he is
// named, a South African platinum wage deal in News24 style with two
// Mathebulas, a Kenyan doctors' strike in Nation style with an intern
// quoted before she is named, a video game performers' strike over AI in
// AP style with an Instagram post, Norway–EU–UK mackerel quota talks in
// Bloomberg style with the minister named after his first quotation,
// Ethiopia–Somalia sea-access talks in Ankara in Al Jazeera style with two
// Warsames, an Argentina–IMF loan review around a press-conference Q&A,
// French unions leaving the pension conclave translated from French, a
// Canadian rail lockout in Canadian Press style with a letter to
// employees, a Vietnamese battery maker's county tax break with family
// names first and given names in use, Philippine government–NDFP talks in
// Oslo in Inquirer style, a blocked Chinese takeover of a Sheffield alloy
// maker in Guardian style with two Zhangs) and of s305–s316 (Cameroon
// government–Anglophone separatist talks in Montreux in AFP style, EU–
// Australia trade talks in Canberra over beef and feta, Saudi–US civil
// nuclear talks in Riyadh in Bloomberg style, a Finnish board-mill strike
// in Kotka in a regional paper's style with two Heinonens, a Thai group's
// takeover of a Norwegian salmon farmer in trade-press style with a father
// and daughter Nordvik, Uzbekistan, Turkmenistan and the Taliban on the Amu
// Darya in Guardian style, a Laotian baht bond restructuring in Nikkei
// style, Turkish Super Lig TV-rights talks, a Galway data-centre water deal
// in an Irish regional paper's style, Papua New Guinea–Bougainville talks on
// the independence vote in AP style with two Brennans, a Chilean copper
// strike in Reuters style with two Arayas, and the International Seabed
// Authority's council in Kingston) and of s317–s328 (Central African
// Republic–rebel talks in Luanda in wire style with subheads, Ghana–Nigeria
// cement-duty talks in Accra with two Adomakos, a Sri Lankan tea-estate wage
// dispute, a Geneva briefing transcript on autonomous weapons, a Chilean
// port-terminal takeover with two de la Fuentes, a Mongolian bond
// restructuring press release, an opinion piece on a shipping levy, a
// Montreal budget live blog, a Q&A with a Caribbean cricketers' union chief,
// a translated Senegal–Mauritania fishing-licence report with translator's
// notes and two Diops, a union wage bulletin with two Soks, and a feature on
// a wind-farm standoff with Sámi herders in Norway's north) and of s329–s340
// (a China-brokered Myanmar truce in wire style, an orchestra lockout in a
// regional paper, a Taiwanese takeover of a Dutch e-bike maker in trade
// press, an air-traffic controllers' agreement as a press release, a
// Brasília truckers' strike live blog, a Q&A with a kabaddi players' union
// chief, a translated Casamance demining report, an opinion piece on
// Brazil's submarine talks in Vienna, a Colorado River feature, a Bristol
// Bay sockeye price standoff on a local TV site, a long read on Ethiopia's
// bond talks and a trade newsletter on Thailand–EU sugar talks) and of
// s341–s352 (Thai–southern rebel talks in Kuala Lumpur in wire style,
// Morocco–EU tomato quotas in produce trade press, a ski jumpers' podcast
// summary with timestamps, a Welsh steelworks rescue before a Senedd
// committee, an obituary of a cocoa negotiator, a fact check on a Panama
// reservoir's resettlement promises, an aircraft lessor's takeover talks
// from an earnings call, a tabloid bin strike, a ballpark lease on a local
// TV site, a student paper on a university's payment to its city, Viet
// Nam's climate-finance talks in a national paper, and a translated report
// on Mozambique's Eurobond talks) and of s353–s364 (a Moldova–Transnistria
// stopgap gas deal, a Polish pharmacy chains' tie-up before the competition
// watchdog, a ski resort's creek-water deal with its council, Cambodia's
// garment wage council, racecourses' media-rights talks with bookmakers, the
// Congo Republic's crude-backed loans, China and Kazakhstan on the Ili river,
// Iceland's coalition talks over a fishing levy, a Korean buyer for a
// Sulawesi nickel smelter, Baghdad and Erbil on Kurdish oil exports, Pacific
// nations' tuna vessel-day fee, and the early retirement of a Philippine coal
// plant) and of s365–s376 (South Sudan's Tumaini talks in Nairobi as a live
// blog, the Itaipú tariff between Paraguay and Brazil, a Tết bonus strike at a
// Đồng Nai shoe plant, an Irish dairy co-operatives' merger, Tonga's Chinese
// loans, Denver's ride-hail driver pay floor, Iraq and Turkey on Tigris
// releases, Chilean football clubs' league rights, an analysis of Seoul's
// push for enrichment rights, the Iberian sardine limit, Botswana's diamond
// sales pact, and a Waikiki hotel strike's end), of s377–s388 (the Naga
// talks in Dimapur, Lesotho's water price as a feature, a Greek ferry strike
// as a live blog, an analysis of the Torkham truce, a Canadian town's water
// deal with a First Nation, a Brazilian snack-maker takeover, a Fijian
// debt-for-coral swap told through its negotiator, a Peruvian copper-corridor
// blockade's end, a Georgia–Abkhazia detainee swap, Himalayan hydropower for
// Dhaka, a Japanese basketball league's streaming deal, and the Palk Bay
// fishers' talks), of s389–s400 (a Haitian truce around a fuel terminal,
// a space base's lease on the Kenyan coast as a feature, India–UAE air talks
// as a live blog, an analysis of a Chinese developer's creditors, snow-plow
// contract talks in a city, Poland's second nuclear plant, a Manila
// seafarers' negotiator profiled, a gene therapy's outcomes-based price in
// Brazil, a radio transcript on Ghana's power contracts, an explainer on a
// Lake Victoria perch accord, a Belarus prisoner swap, and Dutch university
// pay), of s401–s412 (a Madagascar vanilla price floor, New Caledonia's
// nickel furnaces as a feature, a Chilean salmon strike as a live blog, an
// analysis of a Central Asian water swap, Scottish islanders buying their
// island, a Japanese grocery merger, Ecuador and the EU on banana residues,
// a Djibouti–Eritrea detainee exchange, a Mexican women's league split over
// streaming, Montenegro's motorway loan, an Aqaba crane strike's end, and a
// county 911 dispatch deal), of s413–s424 (a Kidal ceasefire agreed in
// Algiers, Kenya–Uganda milk and trucks talks, Poland's first reactor's
// cost, a Rome taxi strike suspended, a Quebec City firm rejecting a French
// takeover, two Finnish towns splitting a tram's cost, Taiwan baseball's
// streaming deal, Gabon and its bondholders, Zambia and Zimbabwe cutting
// Kariba water use, Greenland–EU fisheries, a Tunisian public-sector pay
// deal, and a Mindanao weapons handover), of s425–s436 (a Plateau
// herders' and farmers' peace accord, Canada–UK cheese and beef talks,
// Japan letting Pacific scientists sample Fukushima water, a Seoul bus
// strike called off, a Bolivian cement maker buying a Colombian one, a
// council and a leisure trust keeping a swimming baths open, a Portuguese
// club rejecting a Gulf bid for a player, the Maldives and its sukuk
// holders, East African Nile perch rules, Spain and Portugal on the
// Tagus, Bavarian dairy farmers' blockade, and an airline's Catania base),
// of s437–s448 (Indonesia and Timor-Leste on Oecusse border
// segments, Jakarta ride-hailing drivers' commission cut, Zhongheng buying
// an Ostrava bus maker, a Korean league's first players' agreement, an
// analysis of a Turkana–Karamoja water accord, Filipino seafarers freed in
// the Niger Delta as a live blog, convenience-store franchise owners'
// fight as a feature, a Q&A on volleyball's first collective agreement, a
// brewery cutting aquifer pumping for farmers, an Egyptian mill strike's
// end, a council and a miner relocating Järnvik's homeowners, and Fiji
// cane growers' harvest boycott called off), of s449–s460 (an Angola–
// Cabinda separatist truce in Brazzaville, South Africa–EU citrus talks
// as a live blog, Ghana's small modular reactor deal, Silesian miners'
// underground protest called off, a Dutch seed company backing an
// Indian bid, an Australian shire and a coal miner on haul-road damage,
// the Caspian states' sturgeon fishing ban, a Q&A on a Kordofan detainee
// swap, women's cycling's first joint agreement, an analysis of
// Morocco–Polisario talks in Geneva, a Chile–India trade pact, and
// Mumbai film workers' strike called off), of s461–s472 (a Burundi–
// FNR-Inkingi ceasefire in Dar es Salaam, Malaysia–EU palm-oil trade
// talks as a live blog, a Q&A with Suriname's oil negotiator on Block
// 63, an analysis of Samoa's rugby players' first collective agreement,
// a Gozo quarry-to-park council deal, Alpenkrone's takeover of Croatia's
// Jadran Riviera, a Jamaica bauxite go-slow pay deal, a North
// Macedonia–Albania Lake Ohrid accord, a Swiss nuclear-waste repository
// compensation deal, a Costa Rica–Panama farm trade settlement, a
// Uruguay meatpacking wage deal, and a church-brokered Laventille gang
// truce in Trinidad), of s473–s484 (an Ethiopia–Egypt–Sudan dam-data
// deal in drought years at Kigali talks, Rotterdam dockers' strike as a
// live blog, an analysis of the battle for Halvorsen Bio in an Aarhus
// foundation's boardroom, Colombia and a Pacific guerrilla group ending
// child recruitment at Oslo talks, a Q&A with India's chief trade
// negotiator on the US tariff deal, the IAEA and Iran on monitoring
// cameras at Isfahan, Fjordair pilots' walkout as a live blog, Tuvalu
// bargaining with Japan's tuna fleet, Portugal's nurses' strike called
// off, an explainer on the Eritrea–Djibouti border accord, a Congo–
// Huayuan cobalt royalty deal, and Italian dubbing actors' strike ended
// over AI voice cloning), of s485–s496 (a South Sudan–SPLF-Nyandit
// truce in Nairobi, a Canada–Mexico steel surtax-for-quota swap,
// Altos del Loa strikers' tentative deal on day nine, Sundvik's raised
// hostile bid for Kuusamo Board, a Kyrgyzstan–Tajikistan heavy-weapons
// pullback, Pacific tuna talks in Honiara as a live blog, an explainer
// on the Mekong dry-season flow deal, Malawi's debt deal with its
// commercial creditors, an informateur clearing the way for three-party
// coalition talks, a Yemen detainee swap after Muscat talks, a
// transcript of ministers on a South Asia adaptation fund deal, and a
// Romania–Moldova gas transit deal), of s497–s508 (a Mauritania–
// Senegal pirogue fishing pact with a catch cap, Auckland nurses
// accepting a pay deal that ends rolling strikes, Rheinland Airways
// pilots moving towards a strike ballot, a UAE-brokered Ukraine–Russia
// prisoner exchange, Mongolia and Meridian agreeing a higher Tsagaan
// Tolgoi copper royalty, Van Hoorn's hostile bid for the Belgian
// brewer De Kempen, Iran letting the IAEA reinstall cameras, Colombia
// and a Catatumbo guerrilla coalition's ceasefire signed in Havana,
// the India–Bangladesh Teesta water-sharing treaty, an EU–Southern
// African customs union truce over citrus rules and steel duties,
// Bolivia's debt restructuring deal with its bondholders, and Durban
// dockworkers ending their strike), of s509–s520 (Kazakhstan's coal
// for Uzbekistan's summer Syr Darya water releases, a Seoul subway
// strike called off hours before the walkout as a live blog, a Q&A
// with Ghana's chief cocoa negotiator on making the chocolate industry
// pay farmers more, an analysis of Latvia's coalition talks running
// aground on defence money and a bank tax, an explainer on Manila
// haggling with a Korean utility over a nuclear plant that never
// produced a watt, the cork maker Vale do Sado rejecting Ellison
// Crane's €1.1 billion approach, Mexico's women's league and its
// players signing a first collective agreement, Laos winning a
// ten-year grace period on its railway debt from Chinese lenders,
// Hallstatt and coach operators agreeing a daily bus cap and booking
// slots, Thailand and southern insurgents agreeing to reduce violence
// during Ramadan after Kuala Lumpur talks, Kenyan doctors suspending a
// 38-day strike over intern postings and pay arrears, and a
// Switzerland–US framework cutting tariffs on watches and machinery), of
// s521–s532 (coastal states' five-year mackerel deal with the catch
// limit cut by 41%, Antwerp-Bruges dockers ending a 48-hour strike over
// an automated terminal as a live blog, a Q&A with Bolivia's lithium
// negotiator on making foreign partners pay for water, an analysis of
// Saudi–US nuclear talks circling the one word neither side will write
// down, an explainer on Japan's baseball players threatening their
// first strike since 2004, a feature on Colombia's village-by-village
// ceasefire talks with the Magdalena Medio rebels, the Kraków games
// studio Mroczny Las rejecting a Riyadh-backed takeover bid, New
// Zealand nurses' union recommending a pay deal with a safe-staffing
// guarantee, Indonesia and climate finance partners agreeing to shut
// the Cirebon coal plant seven years early, Canada and China trading
// canola tariffs for a cut to the EV surtax, Ethiopia's bondholders
// agreeing an 18% haircut on its defaulted Eurobond, and Iraq and
// Turkey tying Tigris releases to oil-funded irrigation projects), of
// s533–s544 (Aerolusa pilots calling off a Christmas strike after an
// overnight deal on pay and rest, a Seoul bus strike averted before
// dawn as a live blog, an interview with Tonga's climate envoy on the
// first payouts from the loss-and-damage fund, an analysis of Banca
// Lariana's bid for Credito Adriatico stuck on Bari, jobs and Rome, an
// explainer on Malawi's talks with the IMF and the kwacha, a feature on
// Mozambique and Tanzania's quiet talks over their maritime boundary,
// Brazil winning a 62% discount on an obesity drug from a Danish maker,
// Greek Super League clubs voting for a joint TV deal worth €612m,
// Yemen's warring parties agreeing in Muscat to free 860 detainees,
// Quebec's teachers' union reaching a tentative deal after 22 days of
// strikes, the Tiel and Nijmegen hospitals agreeing a merger that keeps
// a round-the-clock emergency room, and Bougainville and Papua New
// Guinea agreeing a timetable for the independence vote in parliament)
// and of s545–s556 (Colombia and the Frente Comunero rebels agreeing a
// 90-day ceasefire after Geneva talks, Super Netball pay talks going to
// the wire as a live blog, an interview with the Kazakh diplomat
// chairing UN talks on autonomous weapons, an analysis of why the
// EU–Indonesia trade deal keeps slipping over nickel and palm oil, a
// feature on the brand name that nearly sank Malaysia's biggest
// telecoms merger, Dublin City Council and Corrib Waste agreeing a new
// bin contract after a summer of missed collections, shipping carbon
// levy talks at the IMO ending without a deal, Mongolia's bondholders
// agreeing to push back $1.1bn in debt payments, Cerro Alto's miners
// ending an 18-day strike with a bonus and shorter shifts, India and New
// Zealand closing a trade deal that leaves dairy out, Cyprus's leaders
// agreeing two new crossings while a draft shows the gulf on wider
// talks, and Saxony's train drivers calling off a weekend strike after
// the arbitrators' deal on a 35-hour week). Of s557–s568 only the
// development half's subjects are given (a transcript of Congo's
// negotiators and ARK rebels after a Doha ceasefire signing, Vienna
// nuclear talks breaking with enrichment limits still in brackets,
// Karaca Holding sweetening its bid for a Polish dairy whose founder
// still says no, Turkey and Iraq signing a summer water deal for the
// Tigris, a weekly bargaining roundup on Lagos dockworkers and Seoul
// bus talks, and the last night of the plastics treaty talks in
// Nairobi): the held-out half was wired without being read. Of
// s569–s580 likewise only the development half's subjects are given
// (Libya's rival governments extending the Tripoli ceasefire and
// agreeing a prisoner swap after UN-mediated talks in Tunis, Lakeview's
// nurses ratifying a three-year contract with staffing limits, Kystlaks
// Group's bid for the salmon farmer Havbruk Nord resting on its
// founder's 34 %, a Q&A with Ethiopia's debt negotiator on the stalled
// bondholder deal, Ceredigion's council and Arfordir Buses agreeing a
// seven-year subsidy to save twelve rural routes, and enrichment
// standing between Washington and a Saudi civil nuclear deal): the
// held-out half was wired without being read. Of s581–s592 likewise
// only the development half's subjects are given (Colombia's government
// and the Frente Comunero del Sur agreeing a six-month ceasefire after
// talks in Caracas, Rotterdam's crane operators ending a five-day
// strike with a deal that gives their union a say over automation,
// Yemen's warring sides agreeing to swap 540 prisoners after talks in
// Muscat, a feature from the Toktogul dam on the yearly bargaining over
// how much water Kyrgyzstan lets down to Uzbekistan's and Kazakhstan's
// cotton fields, the Philippines and a U.S.-Japanese reactor consortium
// ending a fourth round of nuclear talks without a deal on spent fuel,
// and Uganda's doctors ending a 41-day strike after a deal on intern pay
// and postings): the held-out half was wired without being read. Of
// s593–s604 likewise only the development half's subjects are given
// (South Sudan's government and the Sobat River Alliance signing a
// 90-day ceasefire in Nairobi that opens the Sobat to food barges, a
// Q&A with South Korea's nuclear envoy after a fifth round of talks with
// Washington on enrichment and spent fuel, the Horáček brothers split
// over Wisłana Foods' bid for the Pivovar Hradní Vrch brewery, fourteen
// crew of the tanker Kalliope Star freed in Nigeria after 38 days with
// the owner silent on a ransom, Iraq and Turkey agreeing a minimum
// summer flow on the Tigris tied to Iraqi-funded irrigation works, and
// Cerro Pelado's copper miners accepting a three-year contract and
// calling off a strike): the held-out half was wired without being
// read. Of s605–s616 likewise only the development half's subjects are
// given (Durban's dockworkers ending a nine-day strike with a two-year
// pay deal that keeps their night-shift allowance, a live blog from the
// Ergneti crossing as four Georgians and two South Ossetians are freed
// in an exchange, a feature on India and Bangladesh's interim deal to
// share the Teesta's dry-season flow, Malawi's agreement in principle
// with its commercial creditors to cut about $850 million of debt by a
// quarter, Romania's football league signing a record five-year TV deal
// after its clubs accepted streaming and Monday matches, and Latvia's
// three-party coalition signing its agreement after nine weeks): the
// held-out half was wired without being read. Of s617–s628 likewise only
// the development half's subjects are given (Namibia and a lithium miner
// agreeing a royalty that slides with the lithium price, ending an
// eight-month standoff over the Okarundu mine's expansion, a live blog of
// overnight talks on the future of the Hallam Vale steelworks ending in
// a deal at dawn, an analysis of Bremen's return of the Bakwenyi throne to Cameroon
// and the argument over who in Cameroon receives it, a wind farm's owner
// and Sami reindeer herders in Finnmark agreeing a spring shutdown and
// new winter pasture, an analysis of Chile and Argentina's protocol
// splitting the cost of the Los Patos rail tunnel under the Andes, and
// Quebec's video game voice actors winning consent and pay rules for AI
// copies of their voices, ending a 14-week recording boycott): the
// held-out half was wired without being read. Of s629–s640 likewise only
// the development half's subjects are given (Thai and Philippine
// satellite operators settling an interference row by moving a satellite
// and splitting frequencies, an analysis of Albania's 35-year concession
// for a container port at Vlorë and the argument over whom it is for, a
// Q&A with the cellist who led the Twin Ports Symphony's musicians
// through a 21-week lockout, a live blog of Greek air traffic
// controllers calling off a 48-hour strike after an overnight deal on
// staffing and radar, Riverton's council approving a 25-year Kessler
// Field lease that keeps the Rivercats in town, and French rugby clubs
// agreeing to release Pacific island players for Test windows in
// exchange for a compensation fund): the held-out half was wired
// without being read. Of s641–s652 likewise only the development half's
// subjects are given (Senegal and Mauritania renewing their fishing pact
// and letting 500 Saint-Louis pirogues back into Mauritanian waters, an
// analysis of Odisha and Chhattisgarh's settlement sharing the Mahanadi
// in the dry season and what it leaves out for the monsoon, Coastal
// Pacific and Skeena Air cleared to merge after promising to keep
// northern routes for five years, Harlow Valley's teachers ratifying a
// contract that ends an 11-day strike, a live blog of the crew of the
// hijacked bulk carrier Amber Horizon freed off Somalia after 94 days,
// and an explainer on the $2.1 billion pledge to take coal out of
// Ulaanbaatar's winters): the held-out half was wired without being
// read. Of s653–s664 likewise only the development half's subjects are
// given (Iran and the UN nuclear watchdog agreeing to reinstall cameras
// and restore inspections at Fordow, an analysis of Indonesia and the EU
// ending their nickel war and what it leaves Morowali's smelter workers,
// Kuraya's board backing Calder Rock's raised ¥680 billion buyout after
// the founding family split, Faisalabad's loom sheds weighing Pakistan's
// renegotiated power contracts, a Q&A with the Cambodian official who
// spent six years negotiating the return of nine Koh Ker statues, and
// Mumbai's screenwriters and producers signing their first minimum
// contract on pay and credits after 18 months of talks): the held-out
// half was wired without being read. Of s665–s676 likewise only the
// development half's subjects are given (Cameroon's government and the
// Anglophone separatists agreeing a 90-day truce to reopen schools after
// talks in Rome, a live blog of the overnight talks that ended the Port
// Botany stevedoring strike between Harbourline and the wharfies, a Q&A
// with the retired judge who mediated Ecuador's fuel-price deal between
// the government and CONAIE after 16 days of blockades, KOMCA and the
// short-video platform Loopline signing a royalty licence after a
// 14-month standoff, Colcha K on the edge of the Uyuni salt flat
// bargaining over the water beneath it with the lithium consortium, and
// an opinion piece on Brazil's Série A clubs selling their TV rights as
// one and what the 40-30-30 split costs the small clubs): the held-out
// half was wired without being read. Of s677–s688 likewise only the
// development half's subjects are given (Colombia's government and the
// ELN extending their ceasefire by 180 days and agreeing a first joint
// demining zone in Catatumbo after talks in Havana, a live blog of the
// third day of the Laurentian Pacific Railway lockout as the federal
// mediator calls the company and the TCRC back to the table in Montreal,
// a Q&A with Ghana's debt negotiator on the $13.1 billion bondholder
// exchange and the IMF, Halden Pharma licensing its TB drug resmidalin to
// the Medicines Patent Pool with Cape Town's Kapa Generics the first
// sublicensee, the herders of Ruovdevárre sameby bargaining a wind farm
// on their migration route down from 61 turbines to 38, and an opinion
// piece on Fiji's cane price agreement between the growers' council and
// the Fiji Sugar Corporation and what it does not tell growers): the
// held-out half was wired without being read. Of s689–s700 likewise
// only the development half's subjects are given (Denmark's Nordhavn Line
// agreeing to buy the Klaipėda terminal operator Amberport for about
// €610 million once Lithuania had its security and jobs pledges, a
// transcript of the Kyrgyz, Uzbek and Kazakh ministers on the summer
// water-for-energy protocol for the Toktogul reservoir, an analysis of
// Paraguay and Brazil revising Annex C of the Itaipu treaty so that
// Paraguay may sell its surplus on Brazil's free market, for a lower
// tariff, the crews of the Trinidad and Tobago inter-island ferries
// accepting an overtime and rest deal with the Port Authority, an
// explainer on the Baghdad–Erbil deal restarting Kurdish oil exports
// through Ceyhan with salaries separated from oil deliveries, and a long
// read on the Marshall Islands' nuclear legacy trust fund agreement with
// the United States, which recognizes but does not apologise): the
// held-out half was wired without being read. Of s701–s712 likewise
// only the development half's subjects are given (the Philippine
// government and the Ranao Islamic Liberation Front signing a ceasefire
// in Lanao del Sur under which about 600 fighters hand over their
// weapons within 18 months, a live blog of India and Sri Lanka's
// fisheries talks in Colombo freeing 64 detained fishermen and promising
// to phase out bottom trawling in the Palk Bay, a Q&A with Nepal's
// negotiator on the ten-year agreement to sell monsoon hydropower to
// India, and some of it on to Bangladesh, Madagascar, its exporters and
// five flavour houses agreeing a $95 a kilogram vanilla reference price
// and a later harvest date, a long read on the Hebridean island of
// Eilean Sgarbh bought by its community for £3.1 million with its salmon
// farm lease, and an opinion piece on Estonia's teachers' pay deal and
// what it leaves out for the schools of Narva): the held-out half was
// wired without being read. Of s713–s724 likewise only the development
// half's subjects are given (the Hungarian drugmaker Tiszagen buying the
// Polish generics firm Farmavita with written pledges on jobs at its
// Pabianice factory and on antibiotic supply, a transcript of Slovenia
// and Croatia's interim arrangement letting both countries' fishermen
// work the Bay of Piran without fines, an analysis of Guinea's amended
// mining convention requiring a bauxite exporter to commission an
// alumina refinery by 2030 or pay a penalty for each year of delay, the
// end of a strike at a hake-processing plant in Walvis Bay, Namibia,
// with a wage deal and pay for weeks without fish, an explainer on
// Oman's land lease with a green hydrogen consortium at Duqm, its water
// and camel herders' clauses, and a long read on the church-brokered
// peace talks in Bor between the Lou Nuer and the Murle of Jonglei,
// South Sudan): the held-out half was wired without being read. Of
// s725–s736 likewise only the development half's subjects are given (the
// government of the Democratic Republic of Congo and a Kivu rebel group
// signing a ceasefire in Doha, with Qatar mediating, that has the rebels
// leave Minova and both sides free their prisoners within 30 days, a live
// blog of the talks at Italy's enterprise ministry in Rome on selling the
// idle Sud Frigo fridge plant in Teano to a heat-pump maker, a Q&A with a
// woman chief of a village on Savai'i, Samoa, on its 30-year lease of
// customary land for a solar farm, kept graves, plantation track and
// all, a trade paper on Malawi's tobacco price agreement setting a
// minimum price for burley and payment within seven days, a feature on a
// women's argan cooperative near Tafraout, Morocco, and its supply
// contract with a Paris cosmetics house, a floor price and the
// cooperative's name on every bottle, and an opinion piece with reporting
// on Jamaica's agreement to restart an idle alumina refinery on the
// Pedro Plains and what it promises the farmers downwind about dust):
// the held-out half was wired without being read. Of s737–s748 likewise
// only the development half's subjects are given (a Turkish dairy
// group, Yaylagöl, buying the Bulgarian yoghurt maker Rodopa Mlyako of
// Smolyan for €148 million, in a report built on the companies' press
// release, with a memorandum to the agriculture ministry on buying
// Rhodope milk and keeping the Smolyan plant, a transcript of the press
// conference at which Guyana and Suriname signed an arrangement letting
// licensed fishermen work the Corentyne River, their coast guards patrol
// it together against pirates and the boundary left aside, an analysis
// of Mali's settlement with the Toronto-listed owner of the Sékokoto gold
// mine and what it tells the next investor, a local paper on the
// three-year deal for field workers of a sugar estate near Rose-Belle,
// Mauritius, after a walkout over the heat, with shade shelters and a
// later start, an explainer on Jordan's water purchase agreement with a
// desalination consortium at Aqaba, its take-or-pay tariff and its
// brine, and a long read on the local convention by which Arab herders
// and Sara farmers in southern Chad marked a corridor for cattle through
// the millet fields): the held-out half was wired without being read.
// Of s749–s760 likewise only the development half's subjects are given
// (Niger and Benin agreeing at talks hosted by Togo in Lomé to reopen
// the Malanville–Gaya border crossing and let Niger's crude flow again
// through the pipeline to Benin's Sèmè terminal, a live blog of the
// talks at Gabon's labour ministry that ended a nine-day strike by the
// oil workers' union ONEP at an offshore operator, Mandji Energy, over
// pay, the rotation and posts held by expatriates, a Q&A with the
// Garífuna community leader of Barra Sambo in Colón, Honduras, on
// getting land, beach access and hotel jobs back from a resort
// developer, a trade paper on Kiribati's three-year tuna purse-seine
// access deal with a distant-water fleet, Zhoushan Blue Ocean, with a
// higher day rate, cameras on every vessel and transshipment only at
// Betio, a feature on a village in Chivi district, Zimbabwe, bargaining
// over its relocation, graves and all, for a lithium mine, and an
// opinion piece with reporting on Costa Rica's rice-sector fund after
// the tariff cut and the small growers of Upala it leaves behind): the
// held-out half was wired without being read. Of s761–s772 likewise only
// the development half's subjects are given (a French dairy cooperative
// group, Sauveterre, buying North Macedonia's Mlekara Pelister of Bitola
// for about €74 million, with a framework agreement with the agriculture
// ministry that sets a five-year price floor for the Pelagonia farmers'
// milk and keeps the trucks collecting from the mountain villages, a
// transcript of the press conference in Dhusamareb, Somalia, after two
// sub-clans' elders signed a ceasefire over the Qoryaale wells and their
// berkads, with a joint committee of elders to set the watering rota, an
// analysis of Mauritania's amended production-sharing contract for the
// offshore Sbeikha gas field, its domestic gas share and the letter of
// credit the state power company must keep, a local paper on the
// collective agreement at a resort in Gros Islet, Saint Lucia, with a
// pay rise, a fairer share of the service charge and a night bus, an
// explainer on the Cook Islands' agreement for a trial collection of
// seabed nodules, its tonnage cap, bond and published monitoring, and a
// long read on a chiefdom in Eswatini's lowveld that turned down a lease
// to a sugar company and will grow the cane itself on its own land): the
// held-out half was wired without being read. Of s773–s784 likewise only
// the development half's subjects are given (Algeria's Sonatrach and an
// Italian utility, Vantera Energia, revising the price formula of their
// pipeline gas contract, a part tied to the Dutch hub for the first
// time, with higher volumes and a retroactive payment, after a threat of
// arbitration, a live blog of the ceasefire talks in Bir Ghadira, Libya,
// where the town's elders got two armed groups to a sixty-day truce, the
// fuel depot handed to the Petroleum Facilities Guard and an audit of
// its takings, a Q&A with the retired customs officer who negotiated a
// Gambian coastal village's agreement with a mineral-sands miner (no
// digging near the beach, replanting, a share of gross sales, the
// women's gardens moved only once a borehole works), the EU doubling
// Moldova's duty-free quotas for table grapes, plums and apples, with a
// monitoring committee, and northern packers who say cold storage is now
// what holds them back, a feature on the fishers of São Nicolau, Cabo
// Verde, and their supply agreement with a cannery in Mindelo, with a
// minimum price, payment within fifteen days and an ice machine, and an
// opinion piece on Grenada's bond deal, whose hurricane clause it would
// see joined by one for drought): the held-out half was wired without
// being read.
//
//go:embed stories/*.txt
var storyFS embed.FS

// StoryTexts returns the embedded stories by id ("s01" … "s784").
func StoryTexts() (map[string]string, error) {
	ents, err := fs.ReadDir(storyFS, "stories")
	if err != nil {
		return nil, fmt.Errorf("list the stories: %w", err)
	}
	texts := make(map[string]string, len(ents))
	for _, e := range ents {
		b, err := storyFS.ReadFile("stories/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("read story %s: %w", e.Name(), err)
		}
		texts[strings.TrimSuffix(e.Name(), ".txt")] = string(b)
	}
	return texts, nil
}
