package news

import (
	"fmt"
	"slices"
)

// StoryBatch is one batch of the project's own stories (StoryTexts):
// twelve news stories (sixteen in the first batch) written with their
// who-said-what gold and two question sets by a helper who never ran the
// engine. The odd-numbered stories are the batch's development half, the
// even-numbered ones its held-out half.
//
// A batch's data files are its stories, stories/<First>.txt to
// stories/<Last>.txt; its question sets and their recorded first runs,
// questions_<Dev>.json, questions_<Dev>_firstrun.json,
// questions_<Blind>.json and questions_<Blind>_firstrun.json (a first run
// is an empty file until recorded); and its gold halves,
// internal/eval/pages/gold_stories<N>_dev.json and
// gold_stories<N>_heldout.json (gold_stories_dev.json and
// gold_stories_heldout.json for the first batch).
type StoryBatch struct {
	// N is the batch's number, from 1.
	N int
	// Ordinal names the batch in its question sets' headers: "our
	// sixty-fifth batch of stories".
	Ordinal string
	// First and Last are the ids of the batch's first and last stories.
	First, Last string
	// Dev names the question set on the odd-numbered stories, developed
	// on after its first run; Blind the one on the even-numbered stories,
	// never tuned on (its failures are never printed).
	Dev, Blind string
	// devAbout and blindAbout, when set, say what the sets are in place
	// of the usual wording (about).
	devAbout, blindAbout string
}

// Stories returns the batch's stories as a range, "s773–s784".
func (b StoryBatch) Stories() string {
	return b.First + "–" + b.Last
}

// about says what the batch's set (its Dev or Blind) is: the header its
// run prints.
func (b StoryBatch) about(set string) string {
	switch {
	case set == b.Dev && b.devAbout != "":
		return b.devAbout
	case set == b.Blind && b.blindAbout != "":
		return b.blindAbout
	}
	what := fmt.Sprintf("our %s batch of stories, written with their questions by someone who never ran the answerer", b.Ordinal)
	if set == b.Blind {
		return what + "; never tuned on"
	}
	return what + ", then developed on"
}

// StoryBatches returns the batches of the project's own stories, oldest
// first.
func StoryBatches() []StoryBatch {
	return slices.Clone(storyBatches)
}

// storySet returns the batch that has the question set of the stories
// with this name.
func storySet(name string) (StoryBatch, bool) {
	for _, b := range storyBatches {
		if name == b.Dev || name == b.Blind {
			return b, true
		}
	}
	return StoryBatch{}, false
}

// StorySetNames returns the names of the question sets of the stories,
// the development sets first, each in batch order.
func StorySetNames() []string {
	var dev, blind []string
	for _, b := range storyBatches {
		dev = append(dev, b.Dev)
		blind = append(blind, b.Blind)
	}
	return append(dev, blind...)
}

// storyBatches are the batches of stories, oldest first; each came with
// two question sets, written with the stories by a helper who never read
// or ran the answerer, a third each factual, "what did X say" and
// unanswerable (the third to tenth batches': seven the story answers and
// two it does not, per story). A new batch is one more row, with its data
// files (StoryBatch).
var storyBatches = []StoryBatch{
	// dev6 (99 questions) and blind3 (100): the first batch, s01–s16.
	{N: 1, Ordinal: "first", First: "s01", Last: "s16", Dev: "dev6", Blind: "blind3",
		devAbout:   "our own stories, written with their questions by someone who never ran the answerer, then developed on",
		blindAbout: "our own stories, written with their questions by someone who never ran the answerer; never tuned on"},
	// dev7 (78) and blind4 (77): the second batch, s17–s28, pasted pages
	// with their furniture and harder credits.
	{N: 2, Ordinal: "second", First: "s17", Last: "s28", Dev: "dev7", Blind: "blind4",
		devAbout: "our second batch of stories, pasted pages with their furniture, written with their questions by someone who never ran the answerer, then developed on"},
	// dev8 (54) and blind5 (54): the third batch, s29–s40.
	{N: 3, Ordinal: "third", First: "s29", Last: "s40", Dev: "dev8", Blind: "blind5"},
	// dev9 (54) and blind6 (54): the fourth batch, s41–s52 (a live blog,
	// an interview transcript, a press release reprinted, an explainer).
	{N: 4, Ordinal: "fourth", First: "s41", Last: "s52", Dev: "dev9", Blind: "blind6"},
	// dev10 (54) and blind7 (54): the fifth batch, s53–s64 (a radio
	// transcript, a factbox, a translated report, podcast show notes).
	{N: 5, Ordinal: "fifth", First: "s53", Last: "s64", Dev: "dev10", Blind: "blind7"},
	// dev11 (54) and blind8 (54): the sixth batch, s65–s76, recorded at
	// 681ca68 before the round that followed it changed anything.
	{N: 6, Ordinal: "sixth", First: "s65", Last: "s76", Dev: "dev11", Blind: "blind8"},
	// dev12 (54) and blind9 (54): the seventh batch, s77–s88, recorded at
	// f83080c before the round that followed it changed anything.
	{N: 7, Ordinal: "seventh", First: "s77", Last: "s88", Dev: "dev12", Blind: "blind9"},
	// dev13 (54) and blind10 (54): the eighth batch, s89–s100, recorded
	// at 87d4199 before the round that followed it changed anything.
	{N: 8, Ordinal: "eighth", First: "s89", Last: "s100", Dev: "dev13", Blind: "blind10"},
	// dev14 (54) and blind11 (54): the ninth batch, s101–s112, recorded
	// at 3309c39 before the round that followed it changed anything.
	{N: 9, Ordinal: "ninth", First: "s101", Last: "s112", Dev: "dev14", Blind: "blind11"},
	// dev15 (54) and blind12 (54): the tenth batch, s113–s124, recorded
	// at a80e20f, in the middle of the round, before anything was changed
	// while looking at it.
	{N: 10, Ordinal: "tenth", First: "s113", Last: "s124", Dev: "dev15", Blind: "blind12"},
	// dev16 (54) and blind13 (54): the eleventh batch, s125–s136,
	// recorded at 936c2f9, in the middle of the round, before anything was
	// changed while looking at it.
	{N: 11, Ordinal: "eleventh", First: "s125", Last: "s136", Dev: "dev16", Blind: "blind13"},
	// dev17 (54) and blind14 (54): the twelfth batch, s137–s148,
	// recorded at da5ad39, in the middle of the round, before anything was
	// changed while looking at it.
	{N: 12, Ordinal: "twelfth", First: "s137", Last: "s148", Dev: "dev17", Blind: "blind14"},
	// dev18 (54) and blind15 (54): the thirteenth batch, s149–s160,
	// recorded at 467aa4d, the code the round started from, before
	// anything was changed while looking at it.
	{N: 13, Ordinal: "thirteenth", First: "s149", Last: "s160", Dev: "dev18", Blind: "blind15"},
	// dev19 (54) and blind16 (54): the fourteenth batch, s161–s172,
	// recorded at c1e4bad, the code the round started from, before
	// anything was changed while looking at it.
	{N: 14, Ordinal: "fourteenth", First: "s161", Last: "s172", Dev: "dev19", Blind: "blind16"},
	// dev20 (54) and blind17 (54): the fifteenth batch, s173–s184,
	// recorded at 561805b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 15, Ordinal: "fifteenth", First: "s173", Last: "s184", Dev: "dev20", Blind: "blind17"},
	// dev21 (54) and blind18 (54): the sixteenth batch, s185–s196,
	// recorded at 98ad064, the code the round started from, before
	// anything was changed while looking at it.
	{N: 16, Ordinal: "sixteenth", First: "s185", Last: "s196", Dev: "dev21", Blind: "blind18"},
	// dev22 (54) and blind19 (54): the seventeenth batch, s197–s208,
	// recorded at 3ad0223, the code the round started from, before
	// anything was changed while looking at it.
	{N: 17, Ordinal: "seventeenth", First: "s197", Last: "s208", Dev: "dev22", Blind: "blind19"},
	// dev23 (54) and blind20 (54): the eighteenth batch, s209–s220,
	// recorded at 09cf7f8, the code the round started from, before
	// anything was changed while looking at it.
	{N: 18, Ordinal: "eighteenth", First: "s209", Last: "s220", Dev: "dev23", Blind: "blind20"},
	// dev24 (54) and blind21 (54): the nineteenth batch, s221–s232,
	// recorded at 4ec6ad5, the code the round started from, before
	// anything was changed while looking at it.
	{N: 19, Ordinal: "nineteenth", First: "s221", Last: "s232", Dev: "dev24", Blind: "blind21"},
	// dev25 (54) and blind22 (54): the twentieth batch, s233–s244,
	// recorded at f7488a4, the code the round started from, before
	// anything was changed while looking at it.
	{N: 20, Ordinal: "twentieth", First: "s233", Last: "s244", Dev: "dev25", Blind: "blind22"},
	// dev26 (54) and blind23 (54): the twenty-first batch, s245–s256,
	// recorded at 923484c, the code of the round when it came, before
	// anything was changed while looking at it.
	{N: 21, Ordinal: "twenty-first", First: "s245", Last: "s256", Dev: "dev26", Blind: "blind23"},
	// dev27 (54) and blind24 (54): the twenty-second batch, s257–s268,
	// recorded at e714364, the code the round started from, before
	// anything was changed while looking at it.
	{N: 22, Ordinal: "twenty-second", First: "s257", Last: "s268", Dev: "dev27", Blind: "blind24"},
	// dev28 (54) and blind25 (54): the twenty-third batch, s269–s280,
	// recorded at 362ca44, the code the round started from, before
	// anything was changed while looking at it.
	{N: 23, Ordinal: "twenty-third", First: "s269", Last: "s280", Dev: "dev28", Blind: "blind25"},
	// dev29 (54) and blind26 (54): the twenty-fourth batch, s281–s292,
	// recorded at 0ee00c3, the code the round started from, before
	// anything was changed while looking at it.
	{N: 24, Ordinal: "twenty-fourth", First: "s281", Last: "s292", Dev: "dev29", Blind: "blind26"},
	// dev30 (54) and blind27 (54): the twenty-fifth batch, s293–s304,
	// recorded at e9088b0, the code the round started from, before
	// anything was changed while looking at it.
	{N: 25, Ordinal: "twenty-fifth", First: "s293", Last: "s304", Dev: "dev30", Blind: "blind27"},
	// dev31 (54) and blind28 (54): the twenty-sixth batch, s305–s316,
	// recorded at 83fb565, the code the round started from, before
	// anything was changed while looking at it.
	{N: 26, Ordinal: "twenty-sixth", First: "s305", Last: "s316", Dev: "dev31", Blind: "blind28"},
	// dev32 (54) and blind29 (54): the twenty-seventh batch, s317–s328,
	// recorded at b5c125c, the code the round started from, before
	// anything was changed while looking at it.
	{N: 27, Ordinal: "twenty-seventh", First: "s317", Last: "s328", Dev: "dev32", Blind: "blind29"},
	// dev33 (54) and blind30 (54): the twenty-eighth batch, s329–s340,
	// recorded at 81eb671, the code the round started from, before
	// anything was changed while looking at it.
	{N: 28, Ordinal: "twenty-eighth", First: "s329", Last: "s340", Dev: "dev33", Blind: "blind30"},
	// dev34 (54) and blind31 (54): the twenty-ninth batch, s341–s352,
	// recorded at 04dc368, the code the round started from, before
	// anything was changed while looking at it.
	{N: 29, Ordinal: "twenty-ninth", First: "s341", Last: "s352", Dev: "dev34", Blind: "blind31"},
	// dev35 (54) and blind32 (54): the thirtieth batch, s353–s364,
	// recorded at 684d03b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 30, Ordinal: "thirtieth", First: "s353", Last: "s364", Dev: "dev35", Blind: "blind32"},
	// dev36 (54) and blind33 (54): the thirty-first batch, s365–s376,
	// recorded at 8707494, the code the round started from, before
	// anything was changed while looking at it.
	{N: 31, Ordinal: "thirty-first", First: "s365", Last: "s376", Dev: "dev36", Blind: "blind33"},
	// dev37 (54) and blind34 (54): the thirty-second batch, s377–s388,
	// recorded at 4bb483d, the code the round started from, before
	// anything was changed while looking at it.
	{N: 32, Ordinal: "thirty-second", First: "s377", Last: "s388", Dev: "dev37", Blind: "blind34"},
	// dev38 (54) and blind35 (54): the thirty-third batch, s389–s400,
	// recorded at 4bb483d, the code the round started from, before
	// anything was changed while looking at it.
	{N: 33, Ordinal: "thirty-third", First: "s389", Last: "s400", Dev: "dev38", Blind: "blind35"},
	// dev39 (54) and blind36 (54): the thirty-fourth batch, s401–s412,
	// recorded at 756162a, the code the round started from, before
	// anything was changed while looking at it.
	{N: 34, Ordinal: "thirty-fourth", First: "s401", Last: "s412", Dev: "dev39", Blind: "blind36"},
	// dev40 (54) and blind37 (54): the thirty-fifth batch, s413–s424,
	// recorded at 7169a18, the code the round started from, before
	// anything was changed while looking at it.
	{N: 35, Ordinal: "thirty-fifth", First: "s413", Last: "s424", Dev: "dev40", Blind: "blind37"},
	// dev41 (54) and blind38 (54): the thirty-sixth batch, s425–s436,
	// recorded at dd1ce67, the code the round started from, before
	// anything was changed while looking at it.
	{N: 36, Ordinal: "thirty-sixth", First: "s425", Last: "s436", Dev: "dev41", Blind: "blind38"},
	// dev42 (54) and blind39 (54): the thirty-seventh batch, s437–s448,
	// recorded at 1a18f0f, the code the round started from, before
	// anything was changed while looking at it.
	{N: 37, Ordinal: "thirty-seventh", First: "s437", Last: "s448", Dev: "dev42", Blind: "blind39"},
	// dev43 (54) and blind40 (54): the thirty-eighth batch, s449–s460,
	// recorded at fc24532, the code the round started from, before
	// anything was changed while looking at it.
	{N: 38, Ordinal: "thirty-eighth", First: "s449", Last: "s460", Dev: "dev43", Blind: "blind40"},
	// dev44 (54) and blind41 (54): the thirty-ninth batch, s461–s472,
	// recorded at 4fefc2f, the code the round started from, before
	// anything was changed while looking at it.
	{N: 39, Ordinal: "thirty-ninth", First: "s461", Last: "s472", Dev: "dev44", Blind: "blind41"},
	// dev45 (54) and blind42 (54): the fortieth batch, s473–s484,
	// recorded at 750bc70, the code the round started from, before
	// anything was changed while looking at it.
	{N: 40, Ordinal: "fortieth", First: "s473", Last: "s484", Dev: "dev45", Blind: "blind42"},
	// dev46 (54) and blind43 (54): the forty-first batch, s485–s496,
	// recorded at 6f58e2b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 41, Ordinal: "forty-first", First: "s485", Last: "s496", Dev: "dev46", Blind: "blind43"},
	// dev47 (54) and blind44 (54): the forty-second batch, s497–s508,
	// recorded at 308d208, the code the round started from, before
	// anything was changed while looking at it.
	{N: 42, Ordinal: "forty-second", First: "s497", Last: "s508", Dev: "dev47", Blind: "blind44"},
	// dev48 (54) and blind45 (54): the forty-third batch, s509–s520,
	// recorded at b40b135, the code the round started from, before
	// anything was changed while looking at it.
	{N: 43, Ordinal: "forty-third", First: "s509", Last: "s520", Dev: "dev48", Blind: "blind45"},
	// dev49 (54) and blind46 (54): the forty-fourth batch, s521–s532,
	// recorded at f2ceb4b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 44, Ordinal: "forty-fourth", First: "s521", Last: "s532", Dev: "dev49", Blind: "blind46"},
	// dev50 (54) and blind47 (54): the forty-fifth batch, s533–s544,
	// recorded at 5cf4413, the code the round started from, before
	// anything was changed while looking at it.
	{N: 45, Ordinal: "forty-fifth", First: "s533", Last: "s544", Dev: "dev50", Blind: "blind47"},
	// dev51 (54) and blind48 (54): the forty-sixth batch, s545–s556,
	// recorded at e0fcc55, the code the round started from, before
	// anything was changed while looking at it.
	{N: 46, Ordinal: "forty-sixth", First: "s545", Last: "s556", Dev: "dev51", Blind: "blind48"},
	// dev52 (54) and blind49 (54): the forty-seventh batch, s557–s568,
	// recorded at 0b52afa, the code the round started from, before
	// anything was changed while looking at it.
	{N: 47, Ordinal: "forty-seventh", First: "s557", Last: "s568", Dev: "dev52", Blind: "blind49"},
	// dev53 (54) and blind50 (54): the forty-eighth batch, s569–s580,
	// recorded at aae3afc, the code the round started from, before
	// anything was changed while looking at it.
	{N: 48, Ordinal: "forty-eighth", First: "s569", Last: "s580", Dev: "dev53", Blind: "blind50"},
	// dev54 (54) and blind51 (54): the forty-ninth batch, s581–s592,
	// recorded at c2073b0, the code the round started from, before
	// anything was changed while looking at it.
	{N: 49, Ordinal: "forty-ninth", First: "s581", Last: "s592", Dev: "dev54", Blind: "blind51"},
	// dev55 (54) and blind52 (54): the fiftieth batch, s593–s604,
	// recorded at 543e722, the code the round started from, before
	// anything was changed while looking at it.
	{N: 50, Ordinal: "fiftieth", First: "s593", Last: "s604", Dev: "dev55", Blind: "blind52"},
	// dev56 (54) and blind53 (54): the fifty-first batch, s605–s616,
	// recorded at 01103d0, the code the round started from, before
	// anything was changed while looking at it.
	{N: 51, Ordinal: "fifty-first", First: "s605", Last: "s616", Dev: "dev56", Blind: "blind53"},
	// dev57 (54) and blind54 (54): the fifty-second batch, s617–s628,
	// recorded at 0051622, the code the round started from, before
	// anything was changed while looking at it.
	{N: 52, Ordinal: "fifty-second", First: "s617", Last: "s628", Dev: "dev57", Blind: "blind54"},
	// dev58 (54) and blind55 (54): the fifty-third batch, s629–s640,
	// recorded at 95c72ff, the code the round started from, before
	// anything was changed while looking at it.
	{N: 53, Ordinal: "fifty-third", First: "s629", Last: "s640", Dev: "dev58", Blind: "blind55"},
	// dev59 (54) and blind56 (54): the fifty-fourth batch, s641–s652,
	// recorded at 3683546, the code the round started from, before
	// anything was changed while looking at it.
	{N: 54, Ordinal: "fifty-fourth", First: "s641", Last: "s652", Dev: "dev59", Blind: "blind56"},
	// dev60 (54) and blind57 (54): the fifty-fifth batch, s653–s664,
	// recorded at 7a73e85, the code the round started from, before
	// anything was changed while looking at it.
	{N: 55, Ordinal: "fifty-fifth", First: "s653", Last: "s664", Dev: "dev60", Blind: "blind57"},
	// dev61 (54) and blind58 (54): the fifty-sixth batch, s665–s676,
	// recorded at 7fad6c7, the code the round started from, before
	// anything was changed while looking at it.
	{N: 56, Ordinal: "fifty-sixth", First: "s665", Last: "s676", Dev: "dev61", Blind: "blind58"},
	// dev62 (54) and blind59 (54): the fifty-seventh batch, s677–s688,
	// recorded at 6737d8e, the code the round started from, before
	// anything was changed while looking at it.
	{N: 57, Ordinal: "fifty-seventh", First: "s677", Last: "s688", Dev: "dev62", Blind: "blind59"},
	// dev63 (54) and blind60 (54): the fifty-eighth batch, s689–s700,
	// recorded at 43afe5b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 58, Ordinal: "fifty-eighth", First: "s689", Last: "s700", Dev: "dev63", Blind: "blind60"},
	// dev64 (54) and blind61 (54): the fifty-ninth batch, s701–s712,
	// recorded at e37131b, the code the round started from, before
	// anything was changed while looking at it.
	{N: 59, Ordinal: "fifty-ninth", First: "s701", Last: "s712", Dev: "dev64", Blind: "blind61"},
	// dev65 (54) and blind62 (54): the sixtieth batch, s713–s724,
	// recorded at 3e16b9e, the code the round started from, before
	// anything was changed while looking at it.
	{N: 60, Ordinal: "sixtieth", First: "s713", Last: "s724", Dev: "dev65", Blind: "blind62"},
	// dev66 (54) and blind63 (54): the sixty-first batch, s725–s736,
	// recorded at e3b6f03, the code the round started from, before
	// anything was changed while looking at it.
	{N: 61, Ordinal: "sixty-first", First: "s725", Last: "s736", Dev: "dev66", Blind: "blind63"},
	// dev67 (54) and blind64 (54): the sixty-second batch, s737–s748,
	// recorded at 4325b19, this session's code so far, before anything
	// was changed while looking at it.
	{N: 62, Ordinal: "sixty-second", First: "s737", Last: "s748", Dev: "dev67", Blind: "blind64"},
	// dev68 (54) and blind65 (54): the sixty-third batch, s749–s760,
	// recorded at 49edfc0, before anything was changed while looking at
	// it.
	{N: 63, Ordinal: "sixty-third", First: "s749", Last: "s760", Dev: "dev68", Blind: "blind65"},
	// dev69 (54) and blind66 (54): the sixty-fourth batch, s761–s772,
	// recorded at 528fc3b, before anything was changed while looking at
	// it.
	{N: 64, Ordinal: "sixty-fourth", First: "s761", Last: "s772", Dev: "dev69", Blind: "blind66"},
	// dev70 (54) and blind67 (54): the sixty-fifth batch, s773–s784,
	// recorded at a0092d0, before anything was changed while looking at
	// it.
	{N: 65, Ordinal: "sixty-fifth", First: "s773", Last: "s784", Dev: "dev70", Blind: "blind67"},
	// dev71 (54) and blind68 (54): the sixty-sixth batch, s785–s796,
	// recorded at 6c50b17, before anything was changed while looking at
	// it.
	{N: 66, Ordinal: "sixty-sixth", First: "s785", Last: "s796", Dev: "dev71", Blind: "blind68"},
	// dev72 (54) and blind69 (54): the sixty-seventh batch, s797–s808,
	// recorded at 3938453, before anything was changed while looking at
	// it.
	{N: 67, Ordinal: "sixty-seventh", First: "s797", Last: "s808", Dev: "dev72", Blind: "blind69"},
	// dev73 (54) and blind70 (54): the sixty-eighth batch, s809–s820,
	// recorded at 361df00, before anything was changed while looking at
	// it.
	{N: 68, Ordinal: "sixty-eighth", First: "s809", Last: "s820", Dev: "dev73", Blind: "blind70"},
	// dev74 (54) and blind71 (54): the sixty-ninth batch, s821–s832,
	// recorded at 2e6f04d, before anything was changed while looking at
	// it.
	{N: 69, Ordinal: "sixty-ninth", First: "s821", Last: "s832", Dev: "dev74", Blind: "blind71"},
	// dev75 (54) and blind72 (54): the seventieth batch, s833–s844,
	// recorded at e844d71, before anything was changed while looking at
	// it.
	{N: 70, Ordinal: "seventieth", First: "s833", Last: "s844", Dev: "dev75", Blind: "blind72"},
	// dev76 (54) and blind73 (54): the seventy-first batch, s845–s856,
	// recorded at 15bdd07, before anything was changed while looking at
	// it.
	{N: 71, Ordinal: "seventy-first", First: "s845", Last: "s856", Dev: "dev76", Blind: "blind73"},
	// dev77 (54) and blind74 (54): the seventy-second batch, s857–s868,
	// recorded at 69cfa84, before anything was changed while looking at
	// it.
	{N: 72, Ordinal: "seventy-second", First: "s857", Last: "s868", Dev: "dev77", Blind: "blind74"},
	// dev78 (54) and blind75 (54): the seventy-third batch, s869–s880,
	// recorded at b8b51ce, before anything was changed while looking at
	// it.
	{N: 73, Ordinal: "seventy-third", First: "s869", Last: "s880", Dev: "dev78", Blind: "blind75"},
	// dev79 (54) and blind76 (54): the seventy-fourth batch, s881–s892,
	// recorded at f1d0237, before anything was changed while looking at
	// it.
	{N: 74, Ordinal: "seventy-fourth", First: "s881", Last: "s892", Dev: "dev79", Blind: "blind76"},
	// dev80 (54) and blind77 (54): the seventy-fifth batch, s893–s904,
	// recorded at 4117d98, before anything was changed while looking at
	// it.
	{N: 75, Ordinal: "seventy-fifth", First: "s893", Last: "s904", Dev: "dev80", Blind: "blind77"},
	// dev81 (54) and blind78 (54): the seventy-sixth batch, s905–s916,
	// recorded at 5afd7d5, before anything was changed while looking at
	// it.
	{N: 76, Ordinal: "seventy-sixth", First: "s905", Last: "s916", Dev: "dev81", Blind: "blind78"},
	// dev82 (54) and blind79 (54): the seventy-seventh batch, s917–s928,
	// recorded at 64ad600, before anything was changed while looking at
	// it.
	{N: 77, Ordinal: "seventy-seventh", First: "s917", Last: "s928", Dev: "dev82", Blind: "blind79"},
}
