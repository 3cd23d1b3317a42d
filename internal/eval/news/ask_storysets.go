package news

import (
	"embed"
	"fmt"

	"github.com/parley-bot/parley/internal/summarize"
)

// storySetFS holds the question sets written with the project's own
// stories (StoryTexts) and their first runs, recorded once, before any
// change made while looking at a set: questions_<name>.json and
// questions_<name>_firstrun.json.
//
//go:embed questions_dev6.json questions_dev6_firstrun.json questions_blind3.json questions_blind3_firstrun.json
//go:embed questions_dev7.json questions_dev7_firstrun.json questions_blind4.json questions_blind4_firstrun.json
//go:embed questions_dev8.json questions_dev8_firstrun.json questions_blind5.json questions_blind5_firstrun.json
//go:embed questions_dev9.json questions_dev9_firstrun.json questions_blind6.json questions_blind6_firstrun.json
//go:embed questions_dev10.json questions_dev10_firstrun.json questions_blind7.json questions_blind7_firstrun.json
//go:embed questions_dev11.json questions_dev11_firstrun.json questions_blind8.json questions_blind8_firstrun.json
//go:embed questions_dev12.json questions_dev12_firstrun.json questions_blind9.json questions_blind9_firstrun.json
//go:embed questions_dev13.json questions_dev13_firstrun.json questions_blind10.json questions_blind10_firstrun.json
//go:embed questions_dev14.json questions_dev14_firstrun.json questions_blind11.json questions_blind11_firstrun.json
//go:embed questions_dev15.json questions_dev15_firstrun.json questions_blind12.json questions_blind12_firstrun.json
//go:embed questions_dev16.json questions_dev16_firstrun.json questions_blind13.json questions_blind13_firstrun.json
//go:embed questions_dev17.json questions_dev17_firstrun.json questions_blind14.json questions_blind14_firstrun.json
//go:embed questions_dev18.json questions_dev18_firstrun.json questions_blind15.json questions_blind15_firstrun.json
//go:embed questions_dev19.json questions_dev19_firstrun.json questions_blind16.json questions_blind16_firstrun.json
//go:embed questions_dev20.json questions_dev20_firstrun.json questions_blind17.json questions_blind17_firstrun.json
//go:embed questions_dev21.json questions_dev21_firstrun.json questions_blind18.json questions_blind18_firstrun.json
//go:embed questions_dev22.json questions_dev22_firstrun.json questions_blind19.json questions_blind19_firstrun.json
//go:embed questions_dev23.json questions_dev23_firstrun.json questions_blind20.json questions_blind20_firstrun.json
//go:embed questions_dev24.json questions_dev24_firstrun.json questions_blind21.json questions_blind21_firstrun.json
//go:embed questions_dev25.json questions_dev25_firstrun.json questions_blind22.json questions_blind22_firstrun.json
//go:embed questions_dev26.json questions_dev26_firstrun.json questions_blind23.json questions_blind23_firstrun.json
//go:embed questions_dev27.json questions_dev27_firstrun.json questions_blind24.json questions_blind24_firstrun.json
//go:embed questions_dev28.json questions_dev28_firstrun.json questions_blind25.json questions_blind25_firstrun.json
//go:embed questions_dev29.json questions_dev29_firstrun.json questions_blind26.json questions_blind26_firstrun.json
//go:embed questions_dev30.json questions_dev30_firstrun.json questions_blind27.json questions_blind27_firstrun.json
//go:embed questions_dev31.json questions_dev31_firstrun.json questions_blind28.json questions_blind28_firstrun.json
//go:embed questions_dev32.json questions_dev32_firstrun.json questions_blind29.json questions_blind29_firstrun.json
//go:embed questions_dev33.json questions_dev33_firstrun.json questions_blind30.json questions_blind30_firstrun.json
//go:embed questions_dev34.json questions_dev34_firstrun.json questions_blind31.json questions_blind31_firstrun.json
//go:embed questions_dev35.json questions_dev35_firstrun.json questions_blind32.json questions_blind32_firstrun.json
//go:embed questions_dev36.json questions_dev36_firstrun.json questions_blind33.json questions_blind33_firstrun.json
//go:embed questions_dev37.json questions_dev37_firstrun.json questions_blind34.json questions_blind34_firstrun.json
//go:embed questions_dev38.json questions_dev38_firstrun.json questions_blind35.json questions_blind35_firstrun.json
//go:embed questions_dev39.json questions_dev39_firstrun.json questions_blind36.json questions_blind36_firstrun.json
//go:embed questions_dev40.json questions_dev40_firstrun.json questions_blind37.json questions_blind37_firstrun.json
//go:embed questions_dev41.json questions_dev41_firstrun.json questions_blind38.json questions_blind38_firstrun.json
//go:embed questions_dev42.json questions_dev42_firstrun.json questions_blind39.json questions_blind39_firstrun.json
//go:embed questions_dev43.json questions_dev43_firstrun.json questions_blind40.json questions_blind40_firstrun.json
//go:embed questions_dev44.json questions_dev44_firstrun.json questions_blind41.json questions_blind41_firstrun.json
//go:embed questions_dev45.json questions_dev45_firstrun.json questions_blind42.json questions_blind42_firstrun.json
//go:embed questions_dev46.json questions_dev46_firstrun.json questions_blind43.json questions_blind43_firstrun.json
//go:embed questions_dev47.json questions_dev47_firstrun.json questions_blind44.json questions_blind44_firstrun.json
//go:embed questions_dev48.json questions_dev48_firstrun.json questions_blind45.json questions_blind45_firstrun.json
//go:embed questions_dev49.json questions_dev49_firstrun.json questions_blind46.json questions_blind46_firstrun.json
//go:embed questions_dev50.json questions_dev50_firstrun.json questions_blind47.json questions_blind47_firstrun.json
//go:embed questions_dev51.json questions_dev51_firstrun.json questions_blind48.json questions_blind48_firstrun.json
//go:embed questions_dev52.json questions_dev52_firstrun.json questions_blind49.json questions_blind49_firstrun.json
//go:embed questions_dev53.json questions_dev53_firstrun.json questions_blind50.json questions_blind50_firstrun.json
//go:embed questions_dev54.json questions_dev54_firstrun.json questions_blind51.json questions_blind51_firstrun.json
//go:embed questions_dev55.json questions_dev55_firstrun.json questions_blind52.json questions_blind52_firstrun.json
//go:embed questions_dev56.json questions_dev56_firstrun.json questions_blind53.json questions_blind53_firstrun.json
//go:embed questions_dev57.json questions_dev57_firstrun.json questions_blind54.json questions_blind54_firstrun.json
//go:embed questions_dev58.json questions_dev58_firstrun.json questions_blind55.json questions_blind55_firstrun.json
//go:embed questions_dev59.json questions_dev59_firstrun.json questions_blind56.json questions_blind56_firstrun.json
//go:embed questions_dev60.json questions_dev60_firstrun.json questions_blind57.json questions_blind57_firstrun.json
//go:embed questions_dev61.json questions_dev61_firstrun.json questions_blind58.json questions_blind58_firstrun.json
//go:embed questions_dev62.json questions_dev62_firstrun.json questions_blind59.json questions_blind59_firstrun.json
//go:embed questions_dev63.json questions_dev63_firstrun.json questions_blind60.json questions_blind60_firstrun.json
//go:embed questions_dev64.json questions_dev64_firstrun.json questions_blind61.json questions_blind61_firstrun.json
//go:embed questions_dev65.json questions_dev65_firstrun.json questions_blind62.json questions_blind62_firstrun.json
//go:embed questions_dev66.json questions_dev66_firstrun.json questions_blind63.json questions_blind63_firstrun.json
//go:embed questions_dev67.json questions_dev67_firstrun.json questions_blind64.json questions_blind64_firstrun.json
//go:embed questions_dev68.json questions_dev68_firstrun.json questions_blind65.json questions_blind65_firstrun.json
//go:embed questions_dev69.json questions_dev69_firstrun.json questions_blind66.json questions_blind66_firstrun.json
//go:embed questions_dev70.json questions_dev70_firstrun.json questions_blind67.json questions_blind67_firstrun.json
var storySetFS embed.FS

// storySetAbout says, for each question set of the stories, what it is:
// the header its run prints. Each batch of stories came with two sets,
// written with the stories by a helper who never read or ran the
// answerer, a third each factual, "what did X say" and unanswerable (the
// third to tenth batches': seven the story answers and two it does not,
// per story):
// one on the odd-numbered stories, developed on after its first run, and
// one on the even-numbered ones, never tuned on (its failures are never
// printed).
var storySetAbout = map[string]string{
	// dev6 (99 questions) and blind3 (100): the first batch, s01–s16.
	"dev6":   "our own stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind3": "our own stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev7 (78) and blind4 (77): the second batch, s17–s28, pasted pages
	// with their furniture and harder credits.
	"dev7":   "our second batch of stories, pasted pages with their furniture, written with their questions by someone who never ran the answerer, then developed on",
	"blind4": "our second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev8 (54) and blind5 (54): the third batch, s29–s40.
	"dev8":   "our third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind5": "our third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev9 (54) and blind6 (54): the fourth batch, s41–s52 (a live blog,
	// an interview transcript, a press release reprinted, an explainer).
	"dev9":   "our fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind6": "our fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev10 (54) and blind7 (54): the fifth batch, s53–s64 (a radio
	// transcript, a factbox, a translated report, podcast show notes).
	"dev10":  "our fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind7": "our fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev11 (54) and blind8 (54): the sixth batch, s65–s76, recorded at
	// 681ca68 before the round that followed it changed anything.
	"dev11":  "our sixth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind8": "our sixth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev12 (54) and blind9 (54): the seventh batch, s77–s88, recorded at
	// f83080c before the round that followed it changed anything.
	"dev12":  "our seventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind9": "our seventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev13 (54) and blind10 (54): the eighth batch, s89–s100, recorded
	// at 87d4199 before the round that followed it changed anything.
	"dev13":   "our eighth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind10": "our eighth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev14 (54) and blind11 (54): the ninth batch, s101–s112, recorded
	// at 3309c39 before the round that followed it changed anything.
	"dev14":   "our ninth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind11": "our ninth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev15 (54) and blind12 (54): the tenth batch, s113–s124, recorded
	// at a80e20f, in the middle of the round, before anything was changed
	// while looking at it.
	"dev15":   "our tenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind12": "our tenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev16 (54) and blind13 (54): the eleventh batch, s125–s136,
	// recorded at 936c2f9, in the middle of the round, before anything was
	// changed while looking at it.
	"dev16":   "our eleventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind13": "our eleventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev17 (54) and blind14 (54): the twelfth batch, s137–s148,
	// recorded at da5ad39, in the middle of the round, before anything was
	// changed while looking at it.
	"dev17":   "our twelfth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind14": "our twelfth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev18 (54) and blind15 (54): the thirteenth batch, s149–s160,
	// recorded at 467aa4d, the code the round started from, before
	// anything was changed while looking at it.
	"dev18":   "our thirteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind15": "our thirteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev19 (54) and blind16 (54): the fourteenth batch, s161–s172,
	// recorded at c1e4bad, the code the round started from, before
	// anything was changed while looking at it.
	"dev19":   "our fourteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind16": "our fourteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev20 (54) and blind17 (54): the fifteenth batch, s173–s184,
	// recorded at 561805b, the code the round started from, before
	// anything was changed while looking at it.
	"dev20":   "our fifteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind17": "our fifteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev21 (54) and blind18 (54): the sixteenth batch, s185–s196,
	// recorded at 98ad064, the code the round started from, before
	// anything was changed while looking at it.
	"dev21":   "our sixteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind18": "our sixteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev22 (54) and blind19 (54): the seventeenth batch, s197–s208,
	// recorded at 3ad0223, the code the round started from, before
	// anything was changed while looking at it.
	"dev22":   "our seventeenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind19": "our seventeenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev23 (54) and blind20 (54): the eighteenth batch, s209–s220,
	// recorded at 09cf7f8, the code the round started from, before
	// anything was changed while looking at it.
	"dev23":   "our eighteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind20": "our eighteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev24 (54) and blind21 (54): the nineteenth batch, s221–s232,
	// recorded at 4ec6ad5, the code the round started from, before
	// anything was changed while looking at it.
	"dev24":   "our nineteenth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind21": "our nineteenth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev25 (54) and blind22 (54): the twentieth batch, s233–s244,
	// recorded at f7488a4, the code the round started from, before
	// anything was changed while looking at it.
	"dev25":   "our twentieth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind22": "our twentieth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev26 (54) and blind23 (54): the twenty-first batch, s245–s256,
	// recorded at 923484c, the code of the round when it came, before
	// anything was changed while looking at it.
	"dev26":   "our twenty-first batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind23": "our twenty-first batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev27 (54) and blind24 (54): the twenty-second batch, s257–s268,
	// recorded at e714364, the code the round started from, before
	// anything was changed while looking at it.
	"dev27":   "our twenty-second batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind24": "our twenty-second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev28 (54) and blind25 (54): the twenty-third batch, s269–s280,
	// recorded at 362ca44, the code the round started from, before
	// anything was changed while looking at it.
	"dev28":   "our twenty-third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind25": "our twenty-third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev29 (54) and blind26 (54): the twenty-fourth batch, s281–s292,
	// recorded at 0ee00c3, the code the round started from, before
	// anything was changed while looking at it.
	"dev29":   "our twenty-fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind26": "our twenty-fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev30 (54) and blind27 (54): the twenty-fifth batch, s293–s304,
	// recorded at e9088b0, the code the round started from, before
	// anything was changed while looking at it.
	"dev30":   "our twenty-fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind27": "our twenty-fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev31 (54) and blind28 (54): the twenty-sixth batch, s305–s316,
	// recorded at 83fb565, the code the round started from, before
	// anything was changed while looking at it.
	"dev31":   "our twenty-sixth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind28": "our twenty-sixth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev32 (54) and blind29 (54): the twenty-seventh batch, s317–s328,
	// recorded at b5c125c, the code the round started from, before
	// anything was changed while looking at it.
	"dev32":   "our twenty-seventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind29": "our twenty-seventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev33 (54) and blind30 (54): the twenty-eighth batch, s329–s340,
	// recorded at 81eb671, the code the round started from, before
	// anything was changed while looking at it.
	"dev33":   "our twenty-eighth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind30": "our twenty-eighth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev34 (54) and blind31 (54): the twenty-ninth batch, s341–s352,
	// recorded at 04dc368, the code the round started from, before
	// anything was changed while looking at it.
	"dev34":   "our twenty-ninth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind31": "our twenty-ninth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev35 (54) and blind32 (54): the thirtieth batch, s353–s364,
	// recorded at 684d03b, the code the round started from, before
	// anything was changed while looking at it.
	"dev35":   "our thirtieth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind32": "our thirtieth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev36 (54) and blind33 (54): the thirty-first batch, s365–s376,
	// recorded at 8707494, the code the round started from, before
	// anything was changed while looking at it.
	"dev36":   "our thirty-first batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind33": "our thirty-first batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev37 (54) and blind34 (54): the thirty-second batch, s377–s388,
	// recorded at 4bb483d, the code the round started from, before
	// anything was changed while looking at it.
	"dev37":   "our thirty-second batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind34": "our thirty-second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev38 (54) and blind35 (54): the thirty-third batch, s389–s400,
	// recorded at 4bb483d, the code the round started from, before
	// anything was changed while looking at it.
	"dev38":   "our thirty-third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind35": "our thirty-third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev39 (54) and blind36 (54): the thirty-fourth batch, s401–s412,
	// recorded at 756162a, the code the round started from, before
	// anything was changed while looking at it.
	"dev39":   "our thirty-fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind36": "our thirty-fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev40 (54) and blind37 (54): the thirty-fifth batch, s413–s424,
	// recorded at 7169a18, the code the round started from, before
	// anything was changed while looking at it.
	"dev40":   "our thirty-fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind37": "our thirty-fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev41 (54) and blind38 (54): the thirty-sixth batch, s425–s436,
	// recorded at dd1ce67, the code the round started from, before
	// anything was changed while looking at it.
	"dev41":   "our thirty-sixth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind38": "our thirty-sixth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev42 (54) and blind39 (54): the thirty-seventh batch, s437–s448,
	// recorded at 1a18f0f, the code the round started from, before
	// anything was changed while looking at it.
	"dev42":   "our thirty-seventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind39": "our thirty-seventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev43 (54) and blind40 (54): the thirty-eighth batch, s449–s460,
	// recorded at fc24532, the code the round started from, before
	// anything was changed while looking at it.
	"dev43":   "our thirty-eighth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind40": "our thirty-eighth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev44 (54) and blind41 (54): the thirty-ninth batch, s461–s472,
	// recorded at 4fefc2f, the code the round started from, before
	// anything was changed while looking at it.
	"dev44":   "our thirty-ninth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind41": "our thirty-ninth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev45 (54) and blind42 (54): the fortieth batch, s473–s484,
	// recorded at 750bc70, the code the round started from, before
	// anything was changed while looking at it.
	"dev45":   "our fortieth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind42": "our fortieth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev46 (54) and blind43 (54): the forty-first batch, s485–s496,
	// recorded at 6f58e2b, the code the round started from, before
	// anything was changed while looking at it.
	"dev46":   "our forty-first batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind43": "our forty-first batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev47 (54) and blind44 (54): the forty-second batch, s497–s508,
	// recorded at 308d208, the code the round started from, before
	// anything was changed while looking at it.
	"dev47":   "our forty-second batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind44": "our forty-second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev48 (54) and blind45 (54): the forty-third batch, s509–s520,
	// recorded at b40b135, the code the round started from, before
	// anything was changed while looking at it.
	"dev48":   "our forty-third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind45": "our forty-third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev49 (54) and blind46 (54): the forty-fourth batch, s521–s532,
	// recorded at f2ceb4b, the code the round started from, before
	// anything was changed while looking at it.
	"dev49":   "our forty-fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind46": "our forty-fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev50 (54) and blind47 (54): the forty-fifth batch, s533–s544,
	// recorded at 5cf4413, the code the round started from, before
	// anything was changed while looking at it.
	"dev50":   "our forty-fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind47": "our forty-fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev51 (54) and blind48 (54): the forty-sixth batch, s545–s556,
	// recorded at e0fcc55, the code the round started from, before
	// anything was changed while looking at it.
	"dev51":   "our forty-sixth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind48": "our forty-sixth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev52 (54) and blind49 (54): the forty-seventh batch, s557–s568,
	// recorded at 0b52afa, the code the round started from, before
	// anything was changed while looking at it.
	"dev52":   "our forty-seventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind49": "our forty-seventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev53 (54) and blind50 (54): the forty-eighth batch, s569–s580,
	// recorded at aae3afc, the code the round started from, before
	// anything was changed while looking at it.
	"dev53":   "our forty-eighth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind50": "our forty-eighth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev54 (54) and blind51 (54): the forty-ninth batch, s581–s592,
	// recorded at c2073b0, the code the round started from, before
	// anything was changed while looking at it.
	"dev54":   "our forty-ninth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind51": "our forty-ninth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev55 (54) and blind52 (54): the fiftieth batch, s593–s604,
	// recorded at 543e722, the code the round started from, before
	// anything was changed while looking at it.
	"dev55":   "our fiftieth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind52": "our fiftieth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev56 (54) and blind53 (54): the fifty-first batch, s605–s616,
	// recorded at 01103d0, the code the round started from, before
	// anything was changed while looking at it.
	"dev56":   "our fifty-first batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind53": "our fifty-first batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev57 (54) and blind54 (54): the fifty-second batch, s617–s628,
	// recorded at 0051622, the code the round started from, before
	// anything was changed while looking at it.
	"dev57":   "our fifty-second batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind54": "our fifty-second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev58 (54) and blind55 (54): the fifty-third batch, s629–s640,
	// recorded at 95c72ff, the code the round started from, before
	// anything was changed while looking at it.
	"dev58":   "our fifty-third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind55": "our fifty-third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev59 (54) and blind56 (54): the fifty-fourth batch, s641–s652,
	// recorded at 3683546, the code the round started from, before
	// anything was changed while looking at it.
	"dev59":   "our fifty-fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind56": "our fifty-fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev60 (54) and blind57 (54): the fifty-fifth batch, s653–s664,
	// recorded at 7a73e85, the code the round started from, before
	// anything was changed while looking at it.
	"dev60":   "our fifty-fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind57": "our fifty-fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev61 (54) and blind58 (54): the fifty-sixth batch, s665–s676,
	// recorded at 7fad6c7, the code the round started from, before
	// anything was changed while looking at it.
	"dev61":   "our fifty-sixth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind58": "our fifty-sixth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev62 (54) and blind59 (54): the fifty-seventh batch, s677–s688,
	// recorded at 6737d8e, the code the round started from, before
	// anything was changed while looking at it.
	"dev62":   "our fifty-seventh batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind59": "our fifty-seventh batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev63 (54) and blind60 (54): the fifty-eighth batch, s689–s700,
	// recorded at 43afe5b, the code the round started from, before
	// anything was changed while looking at it.
	"dev63":   "our fifty-eighth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind60": "our fifty-eighth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev64 (54) and blind61 (54): the fifty-ninth batch, s701–s712,
	// recorded at e37131b, the code the round started from, before
	// anything was changed while looking at it.
	"dev64":   "our fifty-ninth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind61": "our fifty-ninth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev65 (54) and blind62 (54): the sixtieth batch, s713–s724,
	// recorded at 3e16b9e, the code the round started from, before
	// anything was changed while looking at it.
	"dev65":   "our sixtieth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind62": "our sixtieth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev66 (54) and blind63 (54): the sixty-first batch, s725–s736,
	// recorded at e3b6f03, the code the round started from, before
	// anything was changed while looking at it.
	"dev66":   "our sixty-first batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind63": "our sixty-first batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev67 (54) and blind64 (54): the sixty-second batch, s737–s748,
	// recorded at 4325b19, this session's code so far, before anything
	// was changed while looking at it.
	"dev67":   "our sixty-second batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind64": "our sixty-second batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev68 (54) and blind65 (54): the sixty-third batch, s749–s760,
	// recorded at 49edfc0, before anything was changed while looking at
	// it.
	"dev68":   "our sixty-third batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind65": "our sixty-third batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev69 (54) and blind66 (54): the sixty-fourth batch, s761–s772,
	// recorded at 528fc3b, before anything was changed while looking at
	// it.
	"dev69":   "our sixty-fourth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind66": "our sixty-fourth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
	// dev70 (54) and blind67 (54): the sixty-fifth batch, s773–s784,
	// recorded at a0092d0, before anything was changed while looking at
	// it.
	"dev70":   "our sixty-fifth batch of stories, written with their questions by someone who never ran the answerer, then developed on",
	"blind67": "our sixty-fifth batch of stories, written with their questions by someone who never ran the answerer; never tuned on",
}

// storySetFiles returns a story question set's questions and its recorded
// first run (empty until recorded).
func storySetFiles(name string) (questions, firstRun []byte, err error) {
	if _, ok := storySetAbout[name]; !ok {
		return nil, nil, fmt.Errorf("no question set %q of the stories", name)
	}
	if questions, err = storySetFS.ReadFile("questions_" + name + ".json"); err != nil {
		return nil, nil, fmt.Errorf("read the %s set: %w", name, err)
	}
	if firstRun, err = storySetFS.ReadFile("questions_" + name + "_firstrun.json"); err != nil {
		return nil, nil, fmt.Errorf("read the %s set's first run: %w", name, err)
	}
	return questions, firstRun, nil
}

// LoadStorySet parses the embedded question set of the stories with this
// name (dev6, blind3, dev7, blind4, dev8, blind5, dev9, blind6, dev10,
// blind7, dev11, blind8, dev12, blind9, dev13, blind10, dev14, blind11, dev15, blind12,
// dev16, blind13, dev17, blind14, dev18, blind15, dev19, blind16, dev20,
// blind17, dev21, blind18, dev22, blind19, dev23, blind20, dev24, blind21,
// dev25, blind22, dev26, blind23, dev27, blind24, dev28, blind25, dev29, blind26, dev30, blind27, dev31, blind28, dev32, blind29, dev33, blind30, dev34, blind31, dev35, blind32, dev36, blind33, dev37, blind34, dev38, blind35, dev39, blind36, dev40, blind37, dev41, blind38, dev42, blind39, dev43, blind40, dev44, blind41, dev45, blind42, dev46, blind43, dev47, blind44, dev48, blind45, dev49, blind46, dev50, blind47, dev51, blind48, dev52, blind49, dev53, blind50, dev54, blind51, dev55, blind52, dev56, blind53, dev57, blind54, dev58, blind55, dev59, blind56, dev60, blind57, dev61, blind58, dev62, blind59, dev63, blind60, dev64, blind61, dev65, blind62, dev66, blind63, dev67, blind64, dev68, blind65, dev69, blind66, dev70, blind67).
func LoadStorySet(name string) ([]BlindArticle, error) {
	q, _, err := storySetFiles(name)
	if err != nil {
		return nil, err
	}
	return parseQuestionSet(name, q)
}

// RunStorySet scores the answerer on the question set of the stories with
// this name and returns it with its recorded first run. It needs no
// shared/ folder.
func RunStorySet(opts summarize.Options, name string) (*BlindResult, error) {
	q, first, err := storySetFiles(name)
	if err != nil {
		return nil, err
	}
	arts, err := parseQuestionSet(name, q)
	if err != nil {
		return nil, err
	}
	fr, err := parseFirstRun(name, first)
	if err != nil {
		return nil, err
	}
	res := &BlindResult{FirstRun: fr, Header: fmt.Sprintf("Follow-up answers, %s set (internal/eval/news/questions_%s.json: %s):", name, name, storySetAbout[name])}
	if err := runQuestionSet("", opts, name, arts, &res.Current); err != nil {
		return nil, err
	}
	return res, nil
}
