package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// The tables in this file are the engine's knowledge of the world: countries
// with their other names and demonyms, well-known bodies, groups, titles,
// roles and first names. They are built once and never changed.

// countryData lists "Canonical name|other names...|demonyms..." (demonyms
// after "#").
const countryData = `
United States|US|U.S.|USA|U.S.A.|America|United States of America|Washington#American|Americans|U.S.-based|US-based
United Kingdom|UK|U.K.|Britain|Great Britain|London|Downing Street|Number 10#British|Briton|Britons|English|Scottish|Welsh
Russia|Russian Federation|Moscow|Kremlin#Russian|Russians
Ukraine|Kyiv|Kiev#Ukrainian|Ukrainians
China|People's Republic of China|PRC|Beijing#Chinese
Taiwan|Taipei#Taiwanese
Japan|Tokyo#Japanese
South Korea|Republic of Korea|Seoul#South Korean|South Koreans
North Korea|DPRK|Pyongyang#North Korean|North Koreans
India|New Delhi#Indian|Indians
Pakistan|Islamabad#Pakistani|Pakistanis
Afghanistan|Kabul#Afghan|Afghans
Iran|Tehran#Iranian|Iranians
Iraq|Baghdad#Iraqi|Iraqis
Syria|Damascus#Syrian|Syrians
Israel|Jerusalem#Israeli|Israelis
Palestine|Palestinian territories|West Bank|Gaza|Gaza Strip#Palestinian|Palestinians
Lebanon|Beirut#Lebanese
Jordan|Amman#Jordanian
Egypt|Cairo#Egyptian|Egyptians
Saudi Arabia|Riyadh#Saudi|Saudis
Qatar|Doha#Qatari
United Arab Emirates|UAE|Abu Dhabi#Emirati
Yemen|Sanaa#Yemeni
Oman|Muscat#Omani
Turkey|Türkiye|Ankara#Turkish|Turks
Greece|Athens#Greek|Greeks
Cyprus|Nicosia#Cypriot
France|Paris|Elysee|Élysée|Elysee Palace|Élysée Palace#French
Germany|Berlin#German|Germans
Italy|Rome#Italian|Italians
Spain|Madrid#Spanish
Portugal|Lisbon#Portuguese
Netherlands|Holland|The Hague|Amsterdam#Dutch
Belgium|Brussels#Belgian
Switzerland|Geneva|Bern#Swiss
Austria|Vienna#Austrian
Poland|Warsaw#Polish|Poles
Hungary|Budapest#Hungarian
Czech Republic|Czechia|Prague#Czech
Slovakia|Bratislava#Slovak
Romania|Bucharest#Romanian
Bulgaria|Sofia#Bulgarian
Serbia|Belgrade#Serbian|Serb|Serbs
Croatia|Zagreb#Croatian
Bosnia|Bosnia and Herzegovina|Sarajevo#Bosnian
Kosovo|Pristina#Kosovar
Albania|Tirana#Albanian
Moldova|Chisinau#Moldovan
Belarus|Minsk#Belarusian
Georgia|Tbilisi#Georgian
Armenia|Yerevan#Armenian|Armenians
Azerbaijan|Baku#Azerbaijani|Azeri
Kazakhstan|Astana#Kazakh
Turkmenistan|Ashgabat#Turkmen
Uzbekistan|Tashkent#Uzbek
Sweden|Stockholm#Swedish
Norway|Oslo#Norwegian
Denmark|Copenhagen#Danish
Finland|Helsinki#Finnish
Iceland|Reykjavik#Icelandic
Ireland|Dublin#Irish
Estonia|Tallinn#Estonian
Latvia|Riga#Latvian
Lithuania|Vilnius#Lithuanian
Canada|Ottawa#Canadian|Canadians
Mexico|Mexico City#Mexican|Mexicans
Brazil|Brasilia#Brazilian
Argentina|Buenos Aires#Argentine|Argentinian
Chile|Santiago#Chilean
Colombia|Bogota#Colombian
Venezuela|Caracas#Venezuelan
Peru|Lima#Peruvian
Cuba|Havana#Cuban
Australia|Canberra#Australian|Australians
New Zealand|Wellington#New Zealander
Indonesia|Jakarta#Indonesian
Malaysia|Kuala Lumpur#Malaysian
Philippines|Manila#Philippine|Filipino
Vietnam|Hanoi#Vietnamese
Thailand|Bangkok#Thai
Myanmar|Burma|Naypyidaw#Burmese
Bangladesh|Dhaka#Bangladeshi
Sri Lanka|Colombo#Sri Lankan
Nepal|Kathmandu#Nepali
South Africa|Pretoria|Johannesburg#South African
Nigeria|Abuja#Nigerian
Ethiopia|Addis Ababa#Ethiopian
Eritrea|Asmara#Eritrean
Sudan|Khartoum#Sudanese
South Sudan|Juba#South Sudanese
Kenya|Nairobi#Kenyan
Somalia|Mogadishu#Somali
Libya|Tripoli#Libyan
Tunisia|Tunis#Tunisian
Algeria|Algiers#Algerian
Morocco|Rabat#Moroccan
Western Sahara#Sahrawi
Democratic Republic of Congo|DR Congo|DRC|Kinshasa#Congolese
Rwanda|Kigali#Rwandan
Uganda|Kampala#Ugandan
Mali|Bamako#Malian
Niger|Niamey#Nigerien
Ghana|Accra#Ghanaian
Zimbabwe|Harare#Zimbabwean
Mozambique|Maputo#Mozambican
Angola|Luanda#Angolan
Crimea#Crimean
Singapore#Singaporean
Vatican|Holy See
Puerto Rico#Puerto Rican
Cameroon|Yaounde|Yaoundé#Cameroonian|Cameroonians
Laos|Lao PDR|Vientiane#Laotian|Lao
Cambodia|Phnom Penh#Cambodian|Cambodians
Papua New Guinea|PNG|Port Moresby#Papua New Guinean
Bolivia|La Paz#Bolivian
Ecuador|Quito#Ecuadorian|Ecuadorean
Paraguay|Asuncion|Asunción#Paraguayan
Uruguay|Montevideo#Uruguayan
Guyana#Guyanese
Suriname|Paramaribo#Surinamese
Panama#Panamanian
Costa Rica#Costa Rican
Nicaragua|Managua#Nicaraguan
Honduras|Tegucigalpa#Honduran
Guatemala#Guatemalan
El Salvador|San Salvador#Salvadoran|Salvadorean
Haiti|Port-au-Prince#Haitian|Haitians
Dominican Republic|Santo Domingo#Dominican
Jamaica#Jamaican
Trinidad and Tobago|Port of Spain#Trinidadian
Bahrain|Manama#Bahraini
Kuwait#Kuwaiti
Mongolia|Ulaanbaatar#Mongolian
Kyrgyzstan|Bishkek#Kyrgyz
Tajikistan|Dushanbe#Tajik
Bhutan|Thimphu#Bhutanese
Maldives#Maldivian
Brunei#Bruneian
East Timor|Timor-Leste|Dili#Timorese
Fiji|Suva#Fijian
Tonga#Tongan
Samoa|Apia#Samoan
Solomon Islands|Honiara#Solomon Islander
Vanuatu|Port Vila#Ni-Vanuatu
Senegal|Dakar#Senegalese
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire|Abidjan#Ivorian
Burkina Faso|Ouagadougou#Burkinabe
Guinea|Conakry#Guinean
Guinea-Bissau|Bissau
Sierra Leone|Freetown#Sierra Leonean
Liberia|Monrovia#Liberian
Togo|Lome|Lomé#Togolese
Benin|Cotonou|Porto-Novo#Beninese
Chad|N'Djamena#Chadian
Central African Republic|Bangui#Central African
Gabon|Libreville#Gabonese
Republic of Congo|Congo-Brazzaville|Brazzaville
Equatorial Guinea|Malabo#Equatoguinean
Tanzania|Dodoma|Dar es Salaam#Tanzanian
Burundi|Bujumbura#Burundian
Zambia|Lusaka#Zambian
Malawi|Lilongwe#Malawian
Namibia|Windhoek#Namibian
Botswana|Gaborone#Motswana|Batswana
Lesotho|Maseru#Basotho
Eswatini|Swaziland|Mbabane#Swazi
Madagascar|Antananarivo#Malagasy
Mauritius|Port Louis#Mauritian
Djibouti#Djiboutian
Mauritania|Nouakchott#Mauritanian
Gambia|Banjul#Gambian
Cape Verde|Cabo Verde|Praia#Cape Verdean
North Macedonia|Macedonia|Skopje#Macedonian
Montenegro|Podgorica#Montenegrin
Slovenia|Ljubljana#Slovenian|Slovene
Luxembourg#Luxembourgish|Luxembourger
Malta|Valletta#Maltese
Monaco#Monegasque
Liechtenstein|Vaduz
`

// orgData lists well-known bodies: "Canonical|other names...".
const orgData = `
European Union|EU|E.U.|European Commission|Brussels|Europe#European|Europeans
NATO|North Atlantic Treaty Organization|Nato
United Nations|UN|U.N.|UN Security Council|U.N. Security Council|Security Council|United Nations Security Council
World Trade Organization|WTO|World Trade Organisation
International Monetary Fund|IMF
World Bank
OPEC|Opec
African Union|AU
Arab League
ASEAN
Mercosur
Gulf Cooperation Council|GCC
OECD
BRICS
Organization of American States|OAS
ECOWAS
Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
International Criminal Court|ICC
International Court of Justice|ICJ
International Committee of the Red Cross|ICRC|Red Cross
G7|G-7
G20|G-20
White House
State Department|U.S. State Department|US State Department
Pentagon
Congress|U.S. Congress|US Congress
Senate|U.S. Senate|US Senate
House of Representatives|House|U.S. House
Parliament
European Parliament
European Council
Supreme Court
Cabinet Office
Treasury
Foreign Office
Hamas
Hezbollah
Taliban
Houthis
International Atomic Energy Agency|IAEA
Federal Reserve|Fed
European Central Bank|ECB
Trades Union Congress|TUC
Unison
Unite
AFL-CIO
Communications Workers of America|CWA
United Auto Workers|UAW
Teamsters
Associated Press|AP
Reuters
Democrats|Democratic Party#Democrat|Democratic
Republicans|Republican Party|GOP#Republican
Conservatives|Tories|Conservative Party|Tory#Conservative
Labour|Labour Party
Liberal Democrats|Lib Dems
Liberals|Liberal Party#Liberal
Greens|Green Party
`

// groupData lists groups that take sides: factions, workers. Political
// parties act as bodies: they are organisations (orgData).
const groupData = `
unions|union|trade unions
workers
rebels
separatists
`

// isTitleWord reports whether a word, in any case and with or without a
// full stop, is one of titleWords ("Sen.", "minister").
// A title written as one hyphenated word ("Vice-Minister", "Ex-President",
// "co-chair") is one when each of its parts is a title word or a prefix of
// rank ("ex", "co").
func isTitleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if lowerIn(titleWords, w) {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if !lowerIn(titleWords, part) && !nlp.EqualFoldLower(part, "ex") && !nlp.EqualFoldLower(part, "co") {
			return false
		}
	}
	return true
}

// titleWords precede a name and name a role ("President Donald Trump",
// "Sen. Jon Tester"). Lower case, periods removed.
var titleWords = makeSet(`president presidents vice prime minister ministers chancellor secretary sen senator
rep representative gov governor mayor judge justice general gen adm admiral col colonel lt lieutenant
mr mrs ms miss dr prof professor king queen prince princess pope sheikh emir ambassador commissioner
speaker leader chairman chairwoman chair ceo director spokesman spokeswoman spokesperson envoy
foreign finance defence defense trade commerce interior treasury state economy energy justice labor labour
premier officer negotiator chief executive founder rev father sir dame lord lady baroness baron
secretary-general undersecretary under-secretary deputy acting former incoming outgoing top senior majority minority whip
attorney counsel advisor adviser aide analyst economist captain commander marshal field
president-elect mp mep mps sgt cpl pvt supt inspector detective sergeant coach host presenter anchor moderator
administrator superintendent chancellor-elect governor-general emperor crown archbishop bishop cardinal
ayatollah imam rabbi mullah lawmaker congressman congresswoman councillor councilor alderman
delegate representative commissioner-general president-designate senators governors mayors ambassadors envoys
negotiators representatives engr barr alh cllr cr coun commr cdr pst evang
monsignor monseñor msgr señor señora herr frau monsieur madame madam shri smt`)

// roleHeads are nouns that name a person's role; "the president said" is
// resolved to the person named with that role.
var roleHeads = makeSet(`president minister chancellor secretary senator representative governor mayor judge
justice general admiral ambassador commissioner speaker leader chairman chairwoman chair ceo director
spokesman spokeswoman spokesperson envoy premier officer negotiator executive founder lawyer attorney
counsel adviser advisor aide analyst economist official officials diplomat diplomats king queen prince
pope sheikh emir monarch chief boss head lawmaker congressman congresswoman mp mediator broker
president-elect secretary-general undersecretary under-secretary commander economist professor scholar expert strategist pollster
source sources owner manager boss organiser organizer campaigner activist researcher representative
delegate councillor councilor inspector regulator prosecutor captain coach governor-general
imam rabbi bishop archbishop cardinal pastor priest abbot abbé mullah ayatollah
headman headwoman chieftain`)

// honorifics mark gender when they precede a name.
var maleHonorifics = makeSet(`mr king prince sir lord father baron emperor sheikh emir`)
var femaleHonorifics = makeSet(`mrs ms miss queen princess dame lady baroness madam`)

// maleNames and femaleNames are common given names, for telling people from
// places and for resolving "he" and "she".
var maleNames = makeSet(`aaron abdel abdul abdullah abraham adam adrian ahmad ahmed akhil alan albert alex alexander alexei
alexis ali alistair andrew andrei andres andy angus anthony antonio antony ari arnold arthur ashraf aziz barack bashar
ben benjamin benny bernie bill bob boris brad bradford brett brian bruce carl carlos charles charlie chris christian christopher
chuck colin craig dan daniel dave david dean dennis derek dick dmitry dominic don donald doug douglas duncan ed eddie edward
elon emmanuel enrique eric erik evan felipe fernando francis francisco frank fred gary george gerhard gilbert giuseppe gordon
graham greg gregory hamid harold harry hassan henry hugh ian igor imran isaac ismail ivan jack jacob jacques jake james jamie
jared jason javier jean jeff jeffrey jeremy jerome jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
julian justin karl keir keith ken kenneth kevin kim kurt lance larry laurence lee leo leon lloyd lou louis lowell luis luke
mahmoud malcolm marco marcus mario mark martin matt matthew max michael miguel mike mitch mohamed mohammad mohammed muhammad
narendra nathan neil nicholas nick nigel nikolai oleg oliver omar oscar pablo patrick paul pedro pete peter phil philip pierre
rafael ralph ramzan randy ray raymond recep ricardo richard rick rishi rob robert roberto rodrigo roger ron ronald ross rudy
rupert russell ryan sadiq salman sam samuel scott sean sebastian sergei sergey shinzo silvio simon stanley stephen steve steven
stuart ted terry thomas tim timothy tom tony victor vince vincent vladimir volodymyr walter wayne william xi yasser yuri zach
mitt chad dale dwight gavin glenn grant howard jeb kirk lindsey marty mohammed nate rand reince rex ron sonny todd tucker wolfgang
olaf emmanuel friedrich benjamin naftali yair yoav ehud shimon kofi ban antonio jens mark recep viktor andrzej pedro mario
jair lula luiz alberto andres manuel justin stephen pierre xavier jacinda anthony scott malcolm kevin fumio shinzo yoshihide moon
yoon jae lee hu jiang wen wang li zhou chen liu deng mao kim abe taro hiroshi sergio dilma boris keir rishi tony gordon david
edward jeremy liam vafa dmitri jim`)

var femaleNames = makeSet(`abigail alexandra alice alison amanda amy ana andrea angela angelina ann anna anne annie barbara betsy
beth betty brenda carla carly carol caroline catherine cathy cecilia charlotte cheryl chloe christina christine claire clara
claudia condoleezza cristina cynthia dana daniela deborah debbie debra denise diana diane donna dorothy elaine eleanor elena
elizabeth ellen emily emma erin eva fatima frances gabriela gina giorgia grace hannah heather heidi helen helena hillary hope
irene isabel jacinda jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna jodi josephine joy judith
judy julia julie karen kate katherine kathleen kathryn kathy katie kay kelly kim kimberly kirsten kristen kristi laura lauren
leah linda lisa liz louise lucille lucy lynn madeleine maria marie marine marion martha mary maxine megan melania melissa
michelle mira miriam monica nancy natalia natalie nicola nicole nikki nina olena olga pamela patricia paula penny priti rachel
rebecca rosa ruth sally samantha sandra sarah shannon sharon sheila shirley sophia sophie stephanie sue susan suzanne sylvia
tammy tanya teresa theresa tina ursula valerie vanessa victoria virginia wendy yulia zoe kamala nikki ilhan alexandria
rashida ayanna debbie lucille roybal angela ursula christine kaja mette sanna jacinda theresa liz priti suella yvette
harriet margaret thatcher sonia dilma cristina michelle golda benazir indira aung tsai park yingluck sheikh hasina`)

// stopCaps are capitalised words that are not names when they open a
// sentence or stand alone.
var stopCaps = makeSet(`the a an and but or nor so yet for of in on at to by with from into onto as if when while
after before since until unless although though because however meanwhile still also then now here there this that
these those it its he she they we i you his her their our my your him them us me who whom whose which what where why
how all any both each every few many most much no none not one other some such than too very can could may might must
shall should will would do does did has have had is are was were be been being am according despite during under over
between among against about above below through throughout within without toward towards upon via amid amidst
whether unlike whereas nevertheless nonetheless besides regardless either neither whatever whoever whenever wherever
yes no ok okay oh well just only even perhaps maybe indeed instead last next first second third new old
today tomorrow yesterday tonight monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
read more article continued below source photo image video file caption advertisement subscribe click share
editing reporting writing additional`)

// cueVerbs are the verbs that attribute speech, in every form used in
// news ("said", "says", "adding", "told"); the value is the base form.
var cueVerbs = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(`
say said says saying
tell told tells telling
add added adds adding
state stated states stating
declare declared declares declaring
explain explained explains explaining
note noted notes noting
write wrote writes writing written
argue argued argues arguing
insist insisted insists insisting
warn warned warns warning
ask asked asks asking
reply replied replies replying
answer answered answers answering
respond responded responds responding
continue continued continues continuing
recall recalled recalls recalling
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
announce announced announces announcing
claim claimed claims claiming
comment commented comments commenting
concede conceded concedes conceding
confirm confirmed confirms confirming
contend contended contends contending
counter countered counters countering
echo echoed echoes echoing
emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising
stress stressed stresses stressing
joke joked jokes joking
maintain maintained maintains maintaining
observe observed observes observing
predict predicted predicts predicting
promise promised promises promising
remark remarked remarks remarking
reiterate reiterated reiterates reiterating
repeat repeated repeats repeating
suggest suggested suggests suggesting
tweet tweeted tweets tweeting
post posted posts posting
urge urged urges urging
vow vowed vows vowing
wonder wondered wonders wondering
complain complained complains complaining
caution cautioned cautions cautioning
conclude concluded concludes concluding
describe described describes describing
muse mused muses musing
pledge pledged pledges pledging
assert asserted asserts asserting
boast boasted boasts boasting
charge charged charges charging
shout shouted shouts shouting
scoff scoffed scoffs scoffing
quip quipped quips quipping
predict predicted predicts predicting
testify testified testifies testifying
tell told
exclaim exclaimed exclaims exclaiming
proclaim proclaimed proclaims proclaiming
announce announced
write wrote
criticize criticized criticizes criticizing criticise criticised criticises criticising
call called calls calling
accuse accused accuses accusing
describe described
add added
hail hailed hails hailing
lament lamented laments lamenting
demand demanded demands demanding
threaten threatened threatens threatening
reckon reckoned reckons reckoning
believe believed believes believing
think thought thinks thinking
affirm affirmed affirms affirming
specify specified specifies specifying
clarify clarified clarifies clarifying
indicate indicated indicates indicating
reveal revealed reveals revealing
deny denied denies denying
allege alleged alleges alleging
assure assured assures assuring
recount recounted recounts recounting
retort retorted retorts retorting
`), "\n") {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// speechCues are the cue verbs that introduce a full quotation; the others
// (criticized, called, accused...) introduce only fragments.
var weakCues = makeSet(`criticize criticise call accuse describe hail lament demand threaten believe think reckon`)

// pronouns that can stand for a speaker, with their gender.
var subjectPronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "we": 'p', "i": 0}

func makeSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// gazetteer maps lower-cased names to their canonical party.
type gazEntry struct {
	name string
	kind string
	// demonym is true when the key is an adjective or people ("Russian").
	demonym bool
}

// gazetteer is built once from the data above; keys are lower case.
var gazetteer = func() map[string]gazEntry {
	m := map[string]gazEntry{}
	add := func(data, kind string) {
		for _, line := range strings.Split(strings.TrimSpace(data), "\n") {
			names, dems, _ := strings.Cut(line, "#")
			parts := strings.Split(names, "|")
			canon := parts[0]
			for _, p := range parts {
				if p == "" {
					continue
				}
				if _, ok := lowerHas(m, p); !ok {
					m[strings.ToLower(p)] = gazEntry{name: canon, kind: kind}
				}
				// "Côte d’Ivoire" as most outlets print it, with a
				// typographic apostrophe.
				if curly := strings.ReplaceAll(p, "'", "’"); curly != p {
					if _, ok := lowerHas(m, curly); !ok {
						m[strings.ToLower(curly)] = gazEntry{name: canon, kind: kind}
					}
				}
			}
			if dems != "" {
				for _, d := range strings.Split(dems, "|") {
					if _, ok := lowerHas(m, d); !ok {
						m[strings.ToLower(d)] = gazEntry{name: canon, kind: kind, demonym: true}
					}
				}
			}
		}
	}
	add(countryData, KindCountry)
	add(orgData, KindOrganisation)
	add(groupData, KindGroup)
	return m
}()

// capitals are city names that stand for their country's government
// ("Moscow rejected the offer") but are only places after "in" or "at".
var capitals = makeSet(`moscow kyiv kiev beijing taipei tokyo seoul pyongyang new-delhi islamabad kabul tehran baghdad
damascus jerusalem gaza beirut amman cairo riyadh doha abu-dhabi sanaa muscat ankara athens nicosia paris berlin rome
madrid lisbon amsterdam the-hague brussels geneva bern vienna warsaw budapest prague bratislava bucharest sofia belgrade
zagreb sarajevo pristina tirana chisinau minsk tbilisi yerevan baku astana ashgabat tashkent stockholm oslo copenhagen
helsinki reykjavik dublin tallinn riga vilnius ottawa mexico-city brasilia buenos-aires santiago bogota caracas lima
havana canberra wellington jakarta kuala-lumpur manila hanoi bangkok naypyidaw dhaka colombo kathmandu pretoria
johannesburg abuja addis-ababa asmara khartoum juba nairobi mogadishu tripoli tunis algiers rabat kinshasa kigali
kampala bamako niamey accra harare maputo luanda london washington yaounde vientiane phnom-penh port-moresby la-paz quito
asuncion montevideo paramaribo managua tegucigalpa san-salvador port-au-prince santo-domingo port-of-spain manama
ulaanbaatar bishkek dushanbe thimphu dili suva apia honiara port-vila dakar abidjan ouagadougou conakry bissau freetown
monrovia lome cotonou porto-novo n'djamena bangui libreville brazzaville malabo dodoma dar-es-salaam bujumbura lusaka
lilongwe windhoek gaborone maseru mbabane antananarivo port-louis nouakchott banjul praia skopje podgorica ljubljana
valletta vaduz`)

// orgWords mark a capitalised sequence as an organisation.
var orgWords = makeSet(`union party committee council ministry department office commission bank agency association
congress senate house parliament court inc corp corporation group company co ltd plc llc organisation organization
fund forum institute university centre center federation alliance board service services authority airways airlines
exchange motors news times post journal network foundation trust council assembly cabinet government administration
army navy force forces police guard command bureau tribunal league coalition movement front brigade brigades
communications telecom energy petroleum oil gas holdings capital partners securities railways railway airport
resources metals foods brands logistics pharma pharmaceuticals biotech therapeutics semiconductor semiconductors
electronics aerospace chemicals guild syndicate hospital hospitals clinic museum library studios confederation
school college academy club society chamber caucus campaign secretariat directorate delegation mission embassy consulate
federal national international global european american british commission's workers
industries enterprises technologies limited incorporated terminals networks laboratories shipyards refineries
breweries lodge`)

// aliases maps a canonical name (lower case) to its other names.
var aliases = func() map[string][]string {
	m := map[string][]string{}
	for k, g := range gazetteer {
		c := strings.ToLower(g.name)
		if k != c {
			m[c] = append(m[c], k)
		}
	}
	for _, v := range m {
		slices.Sort(v)
	}
	return m
}()

// Aliases returns the other names and demonyms the engine knows for a
// country, body or group, in lower case ("United States" -> "us",
// "america", "american", ...), or nil.
func Aliases(name string) []string {
	return lowerIn(aliases, name)
}

// NationOf returns the country a word names, as the engine's lists write
// it: the country's name or one of its other names, or its people's
// adjective ("Qatari" -> "Qatar"); "" when the lists know no such country,
// and for a capital, which names where things happen as often as its
// country ("talks in Doha").
func NationOf(w string) string {
	l := strings.ToLower(w)
	if g, ok := gazetteer[l]; ok && g.kind == KindCountry && !capitals[strings.ReplaceAll(l, " ", "-")] {
		return g.name
	}
	return ""
}

// CountryOf is NationOf that also takes a capital for its country
// ("Baku" -> "Azerbaijan"): what a word of someone's role says of whose
// they are ("head of Baku's delegation").
func CountryOf(w string) string {
	if g, ok := lowerHas(gazetteer, w); ok && g.kind == KindCountry {
		return g.name
	}
	return ""
}

// IsOrgWord reports whether the lower-case word w marks a capitalised
// sequence as a body's name ("ministry", "council", "federation").
func IsOrgWord(w string) bool { return lowerIn(orgWords, w) }

// IsTitleWord reports whether the lower-case word w is a title written
// before a name ("president", "minister", "representative"), of the role
// words the narrower kind: "owner" or "head" is a role but no title.
func IsTitleWord(w string) bool {
	return titleWords[strings.TrimSuffix(strings.ToLower(w), ".")]
}

// IsRoleWord reports whether the lower-case word w names a role or a title
// before or as a name ("secretary", "commissioner", "spokesman").
func IsRoleWord(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	return titleWords[w] || roleHeads[w]
}
