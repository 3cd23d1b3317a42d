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
sunni sunnis shia shiite shiites arabic western eastern asian-american african-american soviet`
}

// gazIntl lists international bodies.
func gazIntl() string {
	return `un u.n. united-nations nato eu e.u. european-union wto world-trade-organization imf world-bank opec iaea who
unesco unicef african-union arab-league asean g7 g8 g20 g-7 g-20 oecd interpol red-cross security-council
european-commission european-parliament european-council ecb european-central-bank icc hamas hezbollah taliban al-qaeda
al-qaida isis isil fifa ioc`
}

// gazGovernment lists government bodies and their metonyms.
func gazGovernment() string {
	return `kremlin white-house pentagon congress senate house-of-representatives parliament downing-street state-department
supreme-court cia fbi nsa nasa epa fda irs sec ftc fcc dod doj dhs fed federal-reserve treasury foreign-office
home-office cabinet-office bundestag knesset duma politburo whitehall capitol-hill us-army army navy air-force marines
police scotland-yard ministry-of-defence enron`
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
tom tommy tony travis trevor tyler victor vincent vladimir walter warren wayne wesley william willie xavier zach`
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
stephanie sue susan suzanne sylvia tammy teresa theresa tina tracy ursula valerie vanessa victoria virginia wendy`
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
studios motors electronics communications bancorp`
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
// caller builds a StrMap, which sorts. Proper prefixes of multi-word
// phrases are entered with "+" so that a lookup can stop early.
func gazetteerEntries() map[string]string {
	m := map[string]string{}
	add := func(list, class string) {
		for _, w := range strings.Fields(list) {
			p := strings.ReplaceAll(w, "-", " ")
			if w == "g-7" || w == "g-20" || w == "al-qaeda" || w == "al-qaida" || w == "asian-american" || w == "african-american" {
				p = w
			}
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
	}
	add(gazCountries(), "C")
	add(gazStates(), "S")
	add(gazCities(), "Y")
	add(gazRegions(), "R")
	add(gazDemonyms(), "D")
	add(gazIntl(), "I")
	add(gazGovernment(), "G")
	add(gazParties(), "P")
	add(gazMaleNames(), "M")
	add(gazFemaleNames(), "F")
	add(gazTitles(), "T")
	add(gazCompanySuffixes(), "X")
	add(gazOrgHeads(), "H")
	add(gazPlaceHeads(), "L")
	add(gazFacilityHeads(), "E")
	return m
}
