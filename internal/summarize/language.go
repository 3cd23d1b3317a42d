package summarize

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// stopwords of the languages the guesser tells apart; English first.
var langStopwords = []struct {
	code  string
	words map[string]bool
}{
	{"en", makeSet(`the of and to in is that for on with as was said by at it be from has have are will not this but he she they his her their which who an or were been would`)},
	{"fr", makeSet(`le la les de des et est que une un du dans pour pas qui sur au avec il elle sont ont été par ce cette aux ne se`)},
	{"es", makeSet(`el la los las de del y que en un una es por con para no se su al lo como más pero sus le ha fue`)},
	{"de", makeSet(`der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird sind wurde`)},
	{"it", makeSet(`il la le di che è e un una per non con del della sono gli nel alla si ha lo da dei al`)},
	{"pt", makeSet(`o a os as de do da e que em um uma para com não por se na no mais foi ao dos das`)},
	{"nl", makeSet(`de het een en van is dat op te in niet zijn voor met die er aan ook als door bij`)},
}

// langStopwordMask maps each stopword of langStopwords to the set of
// languages that list it (bit i for langStopwords[i]), so that a word is
// looked up once rather than once per language.
var langStopwordMask = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range langStopwords {
		for w := range l.words {
			m[w] |= 1 << i
		}
	}
	return m
}()

// langStopwordLongest is the length of the longest word of
// langStopwordMask: a longer word is not looked up.
var langStopwordLongest = func() int {
	n := 0
	for w := range langStopwordMask {
		n = max(n, len(w))
	}
	return n
}()

// detectLanguage guesses the language of the article from its script and
// its most common words. ok is true for English (or too little text to say).
func detectLanguage(d *doc) (code string, ok bool) {
	latin, other := 0, 0
	var script string
	for i := 0; i < len(d.text); {
		if c := d.text[i]; c < utf8.RuneSelf {
			// An ASCII byte, told without decoding it: a letter is
			// a Latin one.
			i++
			if !isLetterByte(c) {
				continue
			}
			latin++
		} else {
			r, n := utf8.DecodeRuneInString(d.text[i:])
			i += n
			if !unicode.IsLetter(r) {
				continue
			}
			switch {
			case r < 0x250:
				latin++
			default:
				other++
				if script == "" {
					script = scriptOf(r)
				}
			}
		}
		if latin+other > 20000 {
			break
		}
	}
	if other > latin {
		if script == "" {
			script = "und"
		}
		return script, false
	}
	counts := make([]int, len(langStopwords))
	words := 0
	for ti := range d.toks {
		t := &d.toks[ti]
		if !t.word {
			continue
		}
		words++
		if len(t.lower) <= langStopwordLongest { // else no stopword
			for mask := langStopwordMask[t.lower]; mask != 0; mask &= mask - 1 {
				counts[bits.TrailingZeros8(mask)]++
			}
		}
		if words > 5000 {
			break
		}
	}
	if words < 12 {
		return "en", true
	}
	best := 0
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	if best == 0 || counts[0]*100 >= words*12 {
		return "en", true
	}
	return langStopwords[best].code, false
}

func scriptOf(r rune) string {
	switch {
	case unicode.Is(unicode.Cyrillic, r):
		return "ru"
	case unicode.Is(unicode.Arabic, r):
		return "ar"
	case unicode.Is(unicode.Hebrew, r):
		return "he"
	case unicode.Is(unicode.Hangul, r):
		return "ko"
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return "ja"
	case unicode.Is(unicode.Han, r):
		return "zh"
	case unicode.Is(unicode.Greek, r):
		return "el"
	case unicode.Is(unicode.Devanagari, r):
		return "hi"
	case unicode.Is(unicode.Thai, r):
		return "th"
	}
	return ""
}
