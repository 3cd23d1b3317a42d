package nlp

import "strings"

// valueEntities finds the rule-based values of the text: DATE ("Friday",
// "next week", "March 3, 2025", "2025"), TIME ("10:30 a.m.", "midnight",
// "this morning"), MONEY ("$5.7 billion", "€200m", "45 pence"), PERCENT
// ("30%", "30 per cent") and CARDINAL (other numbers: "three", "1,000",
// "two dozen"). They are in text order and do not overlap; prepositions
// stay out ("on Thursday" gives "Thursday"). Where the tagger has run, a
// word tagged other than NUM is not taken for a number ("one of them").
func valueEntities(a *Analysis) []Entity {
	return valueEntitiesIn(a, lowerWords(a.Tokens))
}

// valueEntitiesIn is valueEntities with the words of a.Tokens lower-cased
// already, as lowerWords gives them.
func valueEntitiesIn(a *Analysis, low []string) []Entity {
	var out []Entity
	toks := a.Tokens
	for si := range a.Sentences {
		s := a.Sentences[si]
		for i := s.First; i < s.Last; {
			typ, end := valueAt(toks, low, i, s.Last)
			if end <= i {
				i++
				continue
			}
			out = append(out, Entity{Type: typ, First: i, Last: end, Text: a.Span(i, end)})
			i = end
		}
	}
	return out
}

// lowerWords returns the words of toks lower-cased, as lowerWord does
// it: no copy for a word that is lower case already, and the ASCII words
// with capitals all lowered into one string (a word of their own only for
// the others).
func lowerWords(toks []Token) []string {
	low := make([]string, len(toks))
	need := 0
	for i := range toks {
		switch w := toks[i].Text; asciiCase(w) {
		case 0:
			low[i] = w
		case 1:
			need += len(w)
		default:
			low[i] = strings.ToLower(w)
		}
	}
	if need == 0 {
		return low
	}
	buf := make([]byte, 0, need)
	for i := range toks {
		if w := toks[i].Text; asciiCase(w) == 1 {
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		}
	}
	all := string(buf)
	at := 0
	for i := range toks {
		if w := toks[i].Text; asciiCase(w) == 1 {
			low[i] = all[at : at+len(w)]
			at += len(w)
		}
	}
	return low
}

// lowerWordsFrom is lowerWords for the words of toks already lowered in
// ASCII (asciiLow, as buildNERDoc lowers them): those are lowerWords' but
// for a word with a byte outside ASCII, which strings.ToLower lowers.
func lowerWordsFrom(toks []Token, asciiLow []string) []string {
	low := make([]string, len(toks))
	for i := range toks {
		w := toks[i].Text
		if !isASCII(w) {
			low[i] = strings.ToLower(w)
		} else {
			low[i] = asciiLow[i]
		}
	}
	return low
}

// isASCII reports whether w has no byte outside ASCII.
func isASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiCase sorts a word for lowerWords: 0 when it is lower case already
// (lowerWord returns it as it is), 1 when it is ASCII with a capital, 2
// when it holds a byte outside ASCII.
func asciiCase(w string) int {
	c := 0
	for k := 0; k < len(w); k++ {
		switch b := w[k]; {
		case b >= 0x80:
			return 2
		case 'A' <= b && b <= 'Z':
			c = 1
		}
	}
	return c
}

// valueAt returns the longest value that starts at token i (before the
// sentence end e), or end <= i.
func valueAt(toks []Token, low []string, i, e int) (string, int) {
	w := toks[i].Text
	// MONEY: a currency sign or code, then an amount.
	if isCurrency(w) && i+1 < e {
		if j := numPhrase(toks, low, i+1, e); j > i+1 {
			return MONEY, j
		}
	}
	if currencyAmount(w) {
		return MONEY, scaleAfter(toks, low, i+1, e)
	}
	// A currency's letters glued to an amount: "Sh60 million", "R48m",
	// "N50,000"; a single letter only with a scale or a separator
	// ("R2" may be a road).
	if p, n := gluedCurrency(w); p != "" {
		j := scaleAfter(toks, low, i+1, e)
		if len(p) > 1 || j > i+1 || strings.ContainsAny(n, ",.") {
			return MONEY, j
		}
	} else if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && isDigitByte(w[1]) && isNumeric(w[1:]) {
		// Any other currency's letter glued to an amount with a scale
		// ("E95 million" emalangeni, "K40 billion" kwacha, "P12m"
		// pula): a scale says it is a sum, not a model or a road ("A4",
		// "M23").
		if j := scaleAfter(toks, low, i+1, e); j > i+1 {
			return MONEY, j
		}
	}
	// Clock times.
	if isClock(w) {
		if i+1 < e && isAMPM(toks[i+1].Text) {
			return TIME, i + 2
		}
		return TIME, i + 1
	}
	// TIME words.
	if j := timeWords(toks, low, i, e); j > i {
		return TIME, j
	}
	// DATE words.
	if j := dateAt(toks, low, i, e); j > i {
		return DATE, j
	}
	if j := numPhrase(toks, low, i, e); j > i {
		if j < e {
			n := low[j]
			switch {
			case n == "%" || n == "percent" || n == "pct" || n == "percentage":
				if n == "percentage" && j+1 < e && low[j+1] == "points" {
					return PERCENT, j + 2
				}
				return PERCENT, j + 1
			case n == "per" && j+1 < e && low[j+1] == "cent":
				return PERCENT, j + 2
			case isCurrencyWord(n):
				return MONEY, j + 1
			case isAMPM(toks[j].Text) && isClockNumber(toks, i, j):
				return TIME, j + 1
			}
			if end := currencyOfCountry(toks, low, j, e); end > j {
				return MONEY, end // "5.6 Indian rupees", "10 Hong Kong dollars"
			}
		}
		if j < e {
			// durations: "three weeks", "two hours"
			switch strings.TrimSuffix(low[j], "s") {
			case "hour", "minute", "second":
				return TIME, j + 1
			case "day", "week", "month", "year", "decade", "century":
				if j+1 < e && low[j+1] == "ago" {
					return DATE, j + 2
				}
				return DATE, j + 1
			}
		}
		return CARDINAL, j
	}
	return "", i
}

// currencyOfCountry returns the end of a currency named with its
// country's words, capitalised, after an amount ("Indian rupees", "Hong
// Kong dollars", "US dollars" from j), or j when there is none.
func currencyOfCountry(toks []Token, low []string, j, e int) int {
	for k := j; k < e && k < j+2; k++ {
		if r := toks[k].Text; r == "" || r[0] < 'A' || r[0] > 'Z' {
			return j
		}
		if k+1 < e && isCurrencyWord(low[k+1]) {
			return k + 2
		}
	}
	return j
}

// isCurrency reports whether w is a currency sign or code written before an
// amount.
func isCurrency(w string) bool {
	switch w {
	case "$", "€", "£", "¥", "₹", "₦", "US$", "C$", "A$", "HK$", "S$", "NZ$", "Rs", "Rs.", "R$", "KSh", "Ksh", "Rp":
		return true
	}
	// The codes are three capital letters: other words skip the look-up.
	return len(w) == 3 && 'A' <= w[0] && w[0] <= 'Z' && currencyCodes[w]
}

// currencyCodes are the ISO 4217 codes of the currencies news writes
// before an amount ("NOK 212 per share", "CHF 1.2bn").
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CNY": true, "CAD": true, "AUD": true,
	"NZD": true, "HKD": true, "SGD": true, "NOK": true, "SEK": true, "DKK": true, "ISK": true, "PLN": true,
	"CZK": true, "HUF": true, "RON": true, "BGN": true, "TRY": true, "RUB": true, "UAH": true, "INR": true,
	"PKR": true, "BDT": true, "LKR": true, "IDR": true, "MYR": true, "THB": true, "VND": true, "PHP": true,
	"KRW": true, "TWD": true, "ZAR": true, "NGN": true, "KES": true, "EGP": true, "MAD": true, "SAR": true,
	"AED": true, "QAR": true, "KWD": true, "ILS": true, "BRL": true, "MXN": true, "ARS": true, "CLP": true,
	"COP": true, "PEN": true,
}

// currencyAmount reports whether w is a currency code glued to an amount
// ("GBP45.50", "USD5").
func currencyAmount(w string) bool {
	if len(w) < 4 {
		return false
	}
	return isDigitByte(w[3]) && currencyCodes[w[:3]] && isNumeric(w[3:])
}

// gluedPrefixes are the letters of currencies that news writes glued to
// an amount: the South African rand (R), the Kenyan and Ugandan shilling
// (Sh, KSh, USh), the Nigerian naira (N), the rupee (Rs), the Bangladeshi
// taka (Tk).
var gluedPrefixes = []string{"KSh", "Ksh", "USh", "Sh", "Rs", "Tk", "R", "N"}

// gluedFirsts are the first letters of gluedPrefixes: a word that starts
// with none of them is no glued amount, whatever follows.
const gluedFirsts = "KUSRTN"

// gluedCurrency splits w into a currency's letters and the amount glued
// to them ("Sh60" -> "Sh", "60"), or returns "", "".
func gluedCurrency(w string) (prefix, amount string) {
	if w == "" || strings.IndexByte(gluedFirsts, w[0]) < 0 {
		return "", ""
	}
	for _, p := range gluedPrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) && isDigitByte(w[len(p)]) && isNumeric(w[len(p):]) {
			return p, w[len(p):]
		}
	}
	return "", ""
}

// isCurrencyWord reports whether w, after a number, names a currency
// ("60 million shillings", "4 billion reais"): the world's currencies by
// the names English news gives them, singular and plural.
func isCurrencyWord(w string) bool {
	switch w {
	case "dollars", "dollar", "euros", "euro", "pounds", "pound", "pence", "cents", "cent", "yen", "yuan",
		"rupees", "rupee", "francs", "franc", "rubles", "roubles", "ruble", "rouble", "pesos", "peso",
		"usd", "eur", "gbp", "dinars", "dinar", "shekels", "shekel", "krona", "kronor", "kronur", "krone", "kroner",
		"won", "ringgit", "rand", "lira", "liras", "lire",
		"shillings", "shilling", "naira", "cedis", "cedi", "reais", "baht", "rupiah", "dong", "riyals", "riyal",
		"rials", "rial", "dirhams", "dirham", "taka", "kwacha", "birr", "zlotys", "zloty", "zlotych", "forints",
		"forint", "hryvnias", "hryvnia", "hryvnas", "tenge", "manat", "lari", "kyat", "kip", "riel", "renminbi",
		"koruna", "korunas", "lei", "leu", "leva", "lev", "quetzales", "quetzal", "lempiras", "lempira",
		"soles", "bolivares", "bolivars", "guaranies", "guaranis", "afghanis", "rufiyaa", "pula", "kina",
		"tugrik", "tugriks", "somoni", "leones", "leone", "ouguiyas", "ouguiya", "dalasi", "ariary",
		// The koruna and the krona as English news often writes them
		// ("3.2 billion Czech crowns"), and more of the world's.
		"crowns", "crown", "bolivianos", "boliviano", "colones", "cordobas", "córdobas", "som", "nakfa",
		"kwanza", "kwanzas", "metical", "meticais", "vatu", "tala", "lilangeni", "emalangeni", "maloti", "loti",
		// The rest of the world's currencies by their English names, and
		// some of those the euro replaced that histories still quote.
		"escudos", "escudo", "denars", "denar", "denari", "gourdes", "gourde", "dobras", "dobra", "pa'anga", "paanga",
		"drams", "dram", "kuna", "kunas", "lek", "leke", "ngultrum", "florins", "florin", "guilders", "guilder",
		"balboas", "balboa", "kips", "kyats", "riels", "dalasis", "rands", "bolívares", "colón", "manats",
		"pesetas", "drachmas", "afghani", "tögrög", "nairas":
		return true
	}
	return false
}

// scaleAfter extends an amount over a following scale word ("million").
func scaleAfter(toks []Token, low []string, j, e int) int {
	if j < e && isScale(low[j]) {
		return j + 1
	}
	return j
}

// isNumeric reports whether w is written in digits ("3", "1,000", "4.5",
// "1/2", "-3").
func isNumeric(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case isDigitByte(c):
			digits++
		case c == ',' || c == '.' || c == '/':
			if i == 0 || i == len(w)-1 {
				return false
			}
		case c == '-' || c == '+':
			if i != 0 {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}

// NumberWord reports whether lower-case w is a number spelled out ("four",
// "twenty", "hundred").
func NumberWord(w string) bool { return numberWord(w) }

func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
		"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "zero", "dozen", "dozens", "hundred",
		"hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion":
		return true
	}
	return false
}

func isScale(w string) bool {
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "dozen", "m", "bn", "k", "mn", "b", "tn", "mln", "bln":
		return true
	}
	return false
}

// numPhrase returns the end of the number that starts at token i ("5.7
// billion", "twenty - five", "two dozen", "a million"), or i.
func numPhrase(toks []Token, low []string, i, e int) int {
	j := i
	w := low[i]
	if (w == "a" || w == "an") && i+1 < e {
		n := low[i+1]
		if n == "hundred" || n == "thousand" || n == "million" || n == "billion" || n == "dozen" || n == "trillion" {
			return scaleRun(toks, low, i+2, e)
		}
		return i
	}
	switch {
	case isNumeric(toks[i].Text) && !strings.Contains(toks[i].Text[1:], "-"):
		j = i + 1
		// "3 1/2"
		if j < e && strings.IndexByte(toks[j].Text, '/') > 0 && isNumeric(toks[j].Text) {
			j++
		}
	case numberWord(w):
		if w == "one" && !numTagged(toks[i]) {
			return i
		}
		if (w == "dozens" || w == "hundreds" || w == "thousands" || w == "millions" || w == "billions") && !(i+1 < e && low[i+1] == "of") {
			return i + 1
		}
		j = i + 1
		for j < e {
			n := low[j]
			if numberWord(n) && n != "dozens" {
				j++
				continue
			}
			if (n == "-" || n == "and") && j+1 < e && numberWord(low[j+1]) && (n == "-" || isScale(low[j-1])) {
				j += 2
				continue
			}
			break
		}
		return j
	default:
		return i
	}
	return scaleRun(toks, low, j, e)
}

// scaleRun extends a number over scale words ("5.7 billion", "200 m").
func scaleRun(toks []Token, low []string, j, e int) int {
	for j < e && isScale(low[j]) {
		// "m" and "k" count only right after the digits ("200m")
		n := low[j]
		if len(n) <= 2 && toks[j].Start != toks[j-1].End {
			break
		}
		j++
	}
	return j
}

// numTagged reports whether the tagger, when it ran, called the word a
// number; with no tags, "one" followed by a word other than "of" counts.
func numTagged(t Token) bool {
	return t.UPOS == "NUM"
}

func isAMPM(w string) bool {
	switch w {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "AM", "PM", "A.M.", "P.M.":
		return true
	}
	return false
}

// isClock reports whether w is a clock time ("10:30", "9:05:12").
func isClock(w string) bool {
	c := strings.IndexByte(w, ':')
	if c <= 0 || c > 2 || len(w) < c+3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) && w[i] != ':' {
			return false
		}
	}
	return true
}

func isClockNumber(toks []Token, i, j int) bool {
	if j != i+1 {
		return false
	}
	w := toks[i].Text
	return isClock(w) || len(w) <= 2 && isNumeric(w)
}

// timeWords matches "midnight", "noon", "this morning", "last night",
// "tonight", "Friday evening".
func timeWords(toks []Token, low []string, i, e int) int {
	w := low[i]
	switch w {
	case "midnight", "noon", "midday", "tonight", "overnight":
		if w == "overnight" {
			return i
		}
		return i + 1
	case "this", "last", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "early", "late", "that":
		if i+1 < e {
			switch low[i+1] {
			case "morning", "afternoon", "evening", "night":
				if w == "last" && low[i+1] != "night" {
					return i
				}
				if w == "that" {
					return i
				}
				return i + 2
			}
		}
	}
	return i
}

func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// monthName reports whether w is a month name; ambiguous is true for "may"
// and the abbreviations that are also words.
func monthName(w string) (ok, ambiguous bool) {
	switch w {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "apr.", "jun.", "jul.":
		return true, w == "march"
	case "may", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "mar.":
		return true, true
	}
	return false, false
}

func isYear(w string) bool {
	if len(w) == 4 && isNumeric(w) {
		return w[0] == '1' && w[1] >= '5' || w[0] == '2' && w[1] == '0'
	}
	if len(w) == 5 && w[4] == 's' && isNumeric(w[:4]) {
		return true // "1990s"
	}
	return false
}

func isDay(w string) bool {
	if len(w) > 4 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			switch w[i:] {
			case "st", "nd", "rd", "th":
				return n >= 1 && n <= 31
			}
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n >= 1 && n <= 31
}

func periodWord(w string) bool {
	switch w {
	case "day", "week", "weekend", "month", "year", "quarter", "decade", "century", "season", "summer", "winter",
		"spring", "autumn", "fall", "semester", "term":
		return true
	}
	return false
}

// dateAt matches a date that starts at token i.
func dateAt(toks []Token, low []string, i, e int) int {
	w := low[i]
	next := func(j int) string {
		if j < e {
			return low[j]
		}
		return ""
	}
	switch w {
	case "today", "yesterday", "tomorrow":
		return i + 1
	case "last", "next", "this", "past", "coming", "previous", "earlier", "later":
		n := next(i + 1)
		if periodWord(n) || weekday(n) {
			if w == "earlier" || w == "later" {
				return i
			}
			return i + 2
		}
		if (w == "earlier" || w == "later") && (n == "this" || n == "next" || n == "last") && periodWord(next(i+2)) {
			return i + 3
		}
		if ok, amb := monthName(n); ok && !amb && (w == "last" || w == "next" || w == "this") {
			return i + 2
		}
	case "the":
		// "the past three years", "the 1990s"
		n := next(i + 1)
		if (n == "past" || n == "last" || n == "next" || n == "coming") && i+2 < e {
			if j := numPhrase(toks, low, i+2, e); j > i+2 && periodWord(strings.TrimSuffix(next(j), "s")) {
				return j + 1
			}
			if periodWord(strings.TrimSuffix(next(i+2), "s")) {
				return i + 3
			}
		}
		if isYear(n) && strings.HasSuffix(n, "s") {
			return i + 2
		}
		return i
	}
	if weekday(w) {
		return i + 1
	}
	if ok, amb := monthName(w); ok {
		j := i + 1
		if j < e && isDay(toks[j].Text) {
			j++
		}
		if j < e && toks[j].Text == "," && j+1 < e && isYear(toks[j+1].Text) {
			j += 2
		} else if j < e && isYear(toks[j].Text) {
			j++
		}
		if amb && j == i+1 {
			// "in May", "by May": after a preposition of time the
			// capitalised word is the month, never the modal.
			if toks[i].Text == "May" && i > 0 {
				switch strings.ToLower(toks[i-1].Text) {
				case "in", "by", "until", "till", "since", "from", "through", "before", "after", "during", "early", "late", "mid", "last", "next", "this":
					return i + 1
				}
			}
			return i
		}
		if w == "march" && j == i+1 {
			// "March" alone is a month when capitalised
			if toks[i].Text == "March" {
				return i + 1
			}
			return i
		}
		if j == i+1 && (toks[i].Text[0] < 'A' || toks[i].Text[0] > 'Z') {
			return i
		}
		return j
	}
	if isDay(toks[i].Text) && i+1 < e {
		// "3 March 2025"
		if ok, _ := monthName(next(i + 1)); ok && toks[i+1].Text[0] >= 'A' && toks[i+1].Text[0] <= 'Z' {
			j := i + 2
			if j < e && isYear(toks[j].Text) {
				j++
			}
			return j
		}
	}
	if isYear(toks[i].Text) {
		// not "2025 people": a year is not followed by a plural noun we
		// could count, but the tagger decides that; keep it simple.
		if n := next(i + 1); n == "%" || n == "percent" || isCurrencyWord(n) || isScale(n) {
			return i
		}
		return i + 1
	}
	return i
}
