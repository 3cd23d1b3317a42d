package nlp

import "strings"

// The entity recognizer's name lists. They are evidence, not decisions: the
// trainer compiles them into the ner model file (a StrMap from a lower-case
// phrase to its classes), and each word gets features saying which lists
// cover it and where (first, inside, last or only word of the phrase). The
// model learns how much to trust each list.
//
// Class letters:
//
//	C country        S state, province   Y city            R region, continent
//	D demonym        I international body G government body P party, group
//	M male name      F female name        T title           X company suffix
//	H org head noun  L place head noun    E facility head noun
//	K company, brand, news organisation or university

// gazCountries lists country names and their short forms.
func gazCountries() string {
	return `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina-faso burundi
cambodia cameroon canada chad chile china colombia comoros congo costa-rica croatia cuba cyprus czech-republic czechia
denmark djibouti dominica dominican-republic ecuador egypt el-salvador eritrea estonia eswatini ethiopia fiji finland france
gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland new-zealand nicaragua
niger nigeria north-korea north-macedonia macedonia norway oman pakistan palau palestine panama papua-new-guinea paraguay peru
philippines poland portugal qatar romania russia rwanda samoa san-marino saudi-arabia senegal serbia seychelles sierra-leone
singapore slovakia slovenia somalia south-africa south-korea korea south-sudan spain sri-lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine
united-arab-emirates uae united-kingdom uk u.k. britain great-britain england scotland wales northern-ireland united-states
united-states-of-america us u.s. usa u.s.a. america uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia
zimbabwe ivory-coast hong-kong puerto-rico greenland tibet soviet-union ussr yugoslavia gaza west-bank crimea`
}

// gazStates lists US states and other large subdivisions.
func gazStates() string {
	return `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania
rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington west-virginia wisconsin wyoming
ontario quebec british-columbia alberta manitoba saskatchewan nova-scotia bavaria catalonia scotland wales kurdistan
punjab kashmir siberia chechnya xinjiang tuscany provence queensland victoria tasmania`
}

// gazCities lists capitals and large or much-mentioned cities.
func gazCities() string {
	return `new-york new-york-city nyc los-angeles la chicago houston phoenix philadelphia philly san-antonio san-diego dallas
san-jose austin jacksonville san-francisco sf columbus indianapolis seattle denver washington boston detroit nashville
memphis portland las-vegas vegas baltimore milwaukee albuquerque tucson fresno sacramento atlanta miami orlando tampa
oakland minneapolis cleveland pittsburgh cincinnati st.-louis kansas-city new-orleans honolulu anchorage salt-lake-city
raleigh richmond buffalo newark hartford providence berkeley palo-alto cambridge princeton london paris berlin madrid
rome milan naples venice florence barcelona lisbon amsterdam brussels vienna zurich geneva bern munich frankfurt hamburg
cologne warsaw prague budapest bucharest sofia athens istanbul ankara moscow st.-petersburg kiev kyiv minsk dublin
edinburgh glasgow manchester liverpool birmingham leeds oxford stockholm oslo copenhagen helsinki reykjavik tallinn riga
vilnius belgrade zagreb sarajevo tirana beijing shanghai hong-kong shenzhen guangzhou tokyo osaka kyoto seoul pyongyang
taipei bangkok hanoi saigon ho-chi-minh-city manila jakarta singapore kuala-lumpur delhi new-delhi mumbai bombay calcutta
kolkata bangalore chennai karachi lahore islamabad kabul tehran baghdad basra fallujah mosul damascus aleppo beirut amman
jerusalem tel-aviv gaza cairo alexandria riyadh mecca medina jeddah dubai abu-dhabi doha kuwait-city sanaa muscat
nairobi lagos abuja johannesburg cape-town pretoria addis-ababa khartoum kinshasa tripoli tunis algiers casablanca rabat
toronto montreal vancouver ottawa calgary mexico-city havana bogota lima santiago buenos-aires rio sao-paulo rio-de-janeiro
caracas sydney melbourne brisbane perth auckland wellington canberra hollywood brooklyn manhattan queens bronx harlem
houston hyderabad dhaka colombo kathmandu tashkent baku tbilisi yerevan astana`
}

// gazRegions lists continents, regions and other large places.
func gazRegions() string {
	return `africa asia europe antarctica oceania north-america south-america latin-america central-america middle-east
mideast near-east far-east east-asia southeast-asia south-asia central-asia western-europe eastern-europe the-west
caribbean balkans baltic scandinavia mediterranean atlantic pacific arctic sahara himalayas alps amazon nile
persian-gulf gulf midwest new-england silicon-valley wall-street bay-area tampa-bay`
}

// gazDemonyms lists nationality and group adjectives and nouns.
func gazDemonyms() string {
	return `afghan afghans albanian algerian american americans angolan arab arabs argentine argentinian armenian armenians
asian asians australian australians austrian azerbaijani azeri bangladeshi belarusian belgian bolivian bosnian brazilian
british briton britons bulgarian burmese cambodian canadian canadians chechen chilean chinese colombian congolese croatian
cuban cypriot czech danish dutch ecuadorian egyptian egyptians emirati english eritrean estonian ethiopian european
europeans filipino finnish french frenchman german germans ghanaian greek greeks haitian hispanic hungarian icelandic
indian indians indonesian iranian iranians iraqi iraqis irish israeli israelis italian italians jamaican japanese
jordanian kazakh kenyan korean koreans kosovar kurd kurds kurdish kuwaiti latin latino latinos latvian lebanese libyan
lithuanian malaysian mexican mexicans mongolian moroccan nepali nigerian norwegian pakistani pakistanis palestinian
palestinians persian peruvian polish portuguese romanian russian russians rwandan saudi saudis scottish serb serbs serbian
sikh singaporean slovak somali spanish sudanese swedish swiss syrian syrians taiwanese thai tibetan tunisian turkish turks
ugandan ukrainian ukrainians uzbek venezuelan vietnamese welsh yemeni zimbabwean texan californian african africans
muslim muslims islamic christian christians catholic catholics protestant jewish jews jew hindu hindus buddhist
sunni sunnis shia shiite shiites arabic western eastern asian~american african~american soviet
afghani argentinians australians belgians brazilians canadians chileans colombians cubans danes dutchman egyptians
ethiopians filipinos finns frenchmen haitians hungarians indonesians irishman japanese jordanians kenyans lebanese
libyans mexicans nigerians norwegians pakistanis persians poles portuguese romanians saudis scots somalis spaniards
swedes ukrainians vietnamese yemenis hispanics asians latina latinas caucasian europeans
hindus sikhs buddhists mormon mormons baptist baptists methodist methodists anglican anglicans evangelical evangelicals
lutheran lutherans orthodox muslim~american jihadist jihadists islamist islamists zionist zionists
republican republicans democrat democrats tory tories socialist socialists communist communists marxist marxists
neocon neocons neoconservative neoconservatives libertarian libertarians labourite`
}

// gazIntl lists international bodies.
func gazIntl() string {
	return `un u.n. united-nations nato eu e.u. european-union wto world-trade-organization imf world-bank opec iaea who
unesco unicef african-union arab-league asean g7 g8 g20 g~7 g~20 oecd interpol red-cross security-council
european-commission european-parliament european-council ecb european-central-bank icc hamas hezbollah taliban al~qaeda
al~qaida isis isil fifa ioc`
}

// gazGovernment lists government bodies and their metonyms.
func gazGovernment() string {
	return `kremlin white-house pentagon congress senate house-of-representatives parliament downing-street state-department
supreme-court cia fbi nsa nasa epa fda irs sec ftc fcc dod doj dhs fed federal-reserve treasury foreign-office
home-office cabinet-office bundestag knesset duma politburo whitehall capitol-hill us-army army navy air-force marines
police scotland-yard ministry-of-defence enron`
}

// gazCompanies lists well-known companies, brands, news organisations and
// universities (organisations in every scheme).
func gazCompanies() string {
	return `google alphabet microsoft apple amazon facebook meta twitter instagram youtube netflix yahoo ebay paypal ibm intel
oracle cisco dell hp hewlett~packard adobe nvidia qualcomm samsung sony panasonic toshiba nokia ericsson huawei
lenovo alibaba tencent baidu xiaomi tesla spacex ford gm general-motors chrysler toyota honda nissan hyundai kia bmw
mercedes mercedes-benz volkswagen audi porsche ferrari fiat renault peugeot volvo boeing airbus lockheed lockheed-martin
raytheon exxon exxonmobil chevron shell bp total gazprom aramco walmart wal~mart target costco kroger starbucks
mcdonald's mcdonalds burger-king wendy's kfc subway pepsi pepsico coca~cola coke nestle unilever kellogg's heinz
procter-&-gamble johnson-&-johnson pfizer merck novartis roche moderna astrazeneca bayer monsanto dupont
goldman-sachs jpmorgan morgan-stanley citigroup citibank wells-fargo bank-of-america barclays hsbc ubs deutsche-bank
visa mastercard american-express amex enron worldcom at&t verizon comcast t~mobile sprint vodafone disney
warner-bros time-warner viacom cbs nbc abc cnn fox fox-news msnbc bbc reuters ap afp bloomberg associated-press
new-york-times washington-post wall-street-journal guardian telegraph economist forbes fortune newsweek
ups fedex dhl ikea h&m zara nike adidas lego mattel hasbro nintendo sega ubisoft uber lyft airbnb spotify
linkedin tiktok bytedance snapchat whatsapp wikipedia mozilla firefox linux ge general-electric siemens philips
kodak xerox canon nikon 3m caterpillar deere halliburton blackrock vanguard fidelity berkshire-hathaway
delta united-airlines american-airlines southwest lufthansa ryanair easyjet emirates qantas
harvard yale stanford princeton mit oxford cambridge berkeley ucla columbia-university nyu`
}

// gazParties lists political parties and groups named as a whole.
func gazParties() string {
	return `democrats democratic-party republicans republican-party gop conservatives tories tory conservative-party labour
labour-party liberal-democrats lib-dems liberals liberal-party greens green-party communist-party`
}

// gazMaleNames lists common male first names.
func gazMaleNames() string {
	return `aaron abdul abraham adam adrian ahmad ahmed alan albert alex alexander ali allen andrew andy angel anthony antonio
arnold arthur barack barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brian bruce bryan carl carlos
charles charlie chris christopher chuck clark colin craig curtis dale dan daniel danny darren dave david dean dennis derek
dick don donald doug douglas duncan dylan earl ed eddie edward elon emmanuel eric erik ernest eugene evan frank fred
frederick gabriel gary gavin george gerald glenn gordon graham greg gregory harold harry harvey hassan henry howard hugh
ian isaac ivan jack jacob jake james jamie jason jay jean jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny
jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt kyle larry lawrence lee
leo leonard leon lewis louis luis luke marc marco marcus mario mark martin matt matthew max michael miguel mike mohammed
muhammad nathan neil nicholas nick nigel noah oliver omar oscar owen patrick paul pedro pete peter phil philip pierre
ralph randy ray raymond ricardo richard rick ricky rob robert roberto rodney roger ron ronald ross roy russell ryan sam
samuel scott sean sergei seth shane simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd
tom tommy tony travis trevor tyler victor vincent vladimir walter warren wayne wesley william willie xavier zach
abbas abdullah akbar alain alberto alejandro alessandro alfonso alfred ali amir andre andrei andreas andres angelo
anton antoine armando arturo ashok axel bashar benedict bernie bill boyd brett bryce caleb calvin cameron carlo
cedric cesar chad chester christian clarence claude clifford clint clyde conor cory cristiano dmitri dominic
donovan dwayne dwight edgar eduardo efrain emil emilio enrique erich ernesto esteban fabio farid felipe felix
fernando floyd francesco francis francisco franco franz fritz gerard gerhard giovanni giuseppe glen gonzalo gustavo
hamid hans hector heinz helmut herbert herman hiroshi homer horace hugo hussein ibrahim igor ismail jacques jamal
javier jerome jesus jin joaquin johann jonas jorge josef juergen julio jurgen kareem karim kazuo kenji khalid kofi
kurt lamar lance lars leonardo leroy lionel lorenzo lucas luca luigi mahmoud malcolm manuel marcel marcelo marcos
mariano marvin massimo mateo mauricio maurice mehmet mikhail milton mitch mitchell mohamed mohammad moses mustafa
nasser nelson niall nicolas nikolai noel norman olaf oleg omar orlando osama otto pablo pascal patrice paulo pavel
percy phillip rafael rahul raj rajesh ramon randall raul reginald reza ricky rodrigo roland rolf roman rudolph rudy
rupert salvador sami sanjay santiago sergio shawn sid silvio stefan sven takeshi ted terrence thierry tobias tomas
ulrich vijay vito wade waleed werner wilbur wolfgang yasser yoshi youssef yuri zachary zhang ziad`
}

// gazFemaleNames lists common female first names.
func gazFemaleNames() string {
	return `abigail alice alicia alison amanda amber amy ana andrea angela ann anna anne annie april ashley barbara betty
beverly brenda brittany carla carmen carol caroline carolyn catherine cathy charlotte cheryl chloe christina christine
cindy claire clara claudia crystal cynthia dana danielle deborah debbie debra denise diana diane donna doris dorothy
edith elaine eleanor elena elizabeth ellen emily emma erica erin esther eva evelyn fatima frances gail gina gloria grace
hannah heather helen hillary holly irene isabel jackie jacqueline jane janet janice jasmine jean jennifer jenny jessica
jill joan joanna josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kay kelly
kim kimberly kristen laura lauren leah linda lisa liz lori louise lucy lynn madeleine margaret maria marie marilyn
martha mary megan melanie melissa michelle monica nancy natalie nicole nina olga pamela patricia paula peggy penny
rachel rebecca rita roberta rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sophia sophie
stephanie sue susan suzanne sylvia tammy teresa theresa tina tracy ursula valerie vanessa victoria virginia wendy
adriana agnes aisha alexandra alexis alma amelia anastasia angelina anita antonia ariana audrey ava beatrice belinda
bernadette bonnie brigitte brittney camille candace carmen cassandra cecilia celine chantal charlene christa
colleen connie constance consuelo cora courtney daisy daphne darlene dawn delia diane dolores dominique eileen elise
eliza ella eloise elsa emilia erika estelle eugenia faith felicia fiona florence francesca gabriela gabrielle
genevieve georgia geraldine gertrude gillian gisele greta gwen harriet hazel heidi helena hilda ida ingrid iris
isabella ivana jade janine jeanette jeanne jenna joan jocelyn johanna jolene josie juanita julianne june justine
karin katarina katrina kelley kendra kristin kylie lana laurie leila lena leslie lillian lily lindsay lois lorraine
lucia luisa lydia mabel madison mae maggie mandy marcia margarita marianne marina marion marisol marjorie marlene
maureen maxine melinda mercedes meredith mia mildred miriam molly mona muriel myra nadia naomi natasha nellie
nora norma olivia paige patrice paulette pauline pearl phyllis priya priscilla queenie ramona raquel regina renee
rhonda roberta rochelle rosalind rosemary roxanne sabrina sandy sasha selena serena shannon shelby shelley sherry
silvia simone sonia sonya stacy stella susanne svetlana tamara tanya tara tatiana tess tiffany tracey traci trudy
valentina vera veronica vicki vivian whitney yolanda yvonne zoe`
}

// gazTitles lists titles and roles written before a name; they are not
// part of a PERSON span.
func gazTitles() string {
	return `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice-president prime-minister minister
chancellor secretary senator sen sen. rep rep. gov gov. governor mayor judge justice general gen gen. admiral adm col col.
colonel lt lt. lieutenant captain capt capt. sgt sgt. sergeant king queen prince princess pope sheikh emir ambassador
commissioner speaker chairman ceo director spokesman spokeswoman premier officer rev rev. reverend father brother sister
saint st st. uncle aunt coach detective agent chief deputy representative congressman congresswoman archbishop bishop
cardinal ayatollah imam rabbi`
}

// gazCompanySuffixes lists words that end company names.
func gazCompanySuffixes() string {
	return `inc inc. corp corp. corporation co co. company ltd ltd. plc llc llp lp group ag sa s.a. gmbh nv bv holdings
partners associates & enterprises industries international technologies systems solutions`
}

// gazOrgHeads lists head nouns of organisation names.
func gazOrgHeads() string {
	return `ministry department union party council commission committee association bank agency federation university
college institute school academy foundation society church club league board bureau authority court office
organization organisation center centre hospital clinic airlines airways network news times post journal press
trust fund alliance coalition front movement army navy force forces police command service services team records
studios motors electronics communications bancorp energy power oil petroleum gas resources capital holdings
media labs laboratories software pharmaceuticals pharma insurance foods brewing bakery airline railways railroad
telecom systems group partners ventures consulting securities investments financial chemicals steel mining
logistics shipping transport cooperative co-op ministries mission assembly senate parliament congress tribunal
commission agency institute orchestra band choir`
}

// gazPlaceHeads lists head nouns of geographic place names (LOC, not GPE).
func gazPlaceHeads() string {
	return `river lake sea ocean bay gulf strait island islands isle mountain mountains mount mt mt. hill hills valley
canyon desert forest peninsula coast beach falls park region creek harbor harbour shore`
}

// gazFacilityHeads lists head nouns of facility names (places in UNER).
func gazFacilityHeads() string {
	return `street st st. avenue ave ave. road rd rd. boulevard blvd highway square airport station bridge tower mall
plaza stadium arena hall palace castle cathedral museum hotel restaurant cafe bar pub grill theater theatre building
center centre`
}

// gazetteerEntries returns every phrase of the lists (lower case, words
// separated by one space) with its class letters, sorted by nothing: the
// caller builds a StrMap, which sorts. In the lists "-" stands for a
// space and "~" for a hyphen, which the tokenizer splits off ("coca~cola"
// is "coca - cola"). Proper prefixes of multi-word
// phrases are entered with "+" so that a lookup can stop early.
func gazetteerEntries() map[string]string {
	m := map[string]string{}
	enter := func(p, class string) {
		if !strings.Contains(m[p], class) {
			m[p] += class
		}
		f := strings.Fields(p)
		for n := 1; n < len(f); n++ {
			q := strings.Join(f[:n], " ")
			if !strings.Contains(m[q], "+") {
				m[q] += "+"
			}
		}
	}
	add := func(list, class string) {
		for _, w := range strings.Fields(list) {
			p := strings.ReplaceAll(w, "-", " ")
			if strings.Contains(p, "~") {
				// Both as the tokenizer splits it and as one word.
				enter(strings.ReplaceAll(p, "~", "-"), class)
				p = strings.ReplaceAll(p, "~", " - ")
			}
			enter(p, class)
		}
	}
	add(gazCountries(), "C")
	add(gazStates(), "S")
	add(gazCities(), "Y")
	add(gazRegions(), "R")
	add(gazDemonyms(), "D")
	add(gazIntl(), "I")
	add(gazGovernment(), "G")
	add(gazParties(), "P")
	add(gazCompanies(), "K")
	add(gazMaleNames(), "M")
	add(gazFemaleNames(), "F")
	add(gazTitles(), "T")
	add(gazCompanySuffixes(), "X")
	add(gazOrgHeads(), "H")
	add(gazPlaceHeads(), "L")
	add(gazFacilityHeads(), "E")
	return m
}
