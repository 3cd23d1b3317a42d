package pages

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/summarize"
)

// Gold quotations and speakers of the project's own stories
// (news.StoryTexts), written with the stories by helpers who never ran
// the engine, in sixty-five batches (s01–s16; s17–s28, written with page
// furniture and harder credits; s29–s40, s41–s52, s53–s64, s65–s76,
// s77–s88, s89–s100, s101–s112, s113–s124, s125–s136, s137–s148,
// s149–s160, s161–s172, s173–s184, s185–s196, s197–s208, s209–s220, s221–s232, s233–s244, s245–s256, s257–s268, s269–s280, s281–s292, s293–s304, s305–s316, s317–s328, s329–s340, s341–s352, s353–s364, s365–s376, s377–s388, s389–s400, s401–s412, s413–s424, s425–s436, s437–s448, s449–s460, s461–s472, s473–s484, s485–s496, s497–s508, s509–s520, s521–s532, s533–s544, s545–s556, s557–s568, s569–s580, s581–s592, s593–s604, s605–s616, s617–s628, s629–s640, s641–s652, s653–s664, s665–s676, s677–s688, s689–s700, s701–s712, s713–s724, s725–s736, s737–s748, s749–s760, s761–s772 and s773–s784,
// more outlets' styles and credits): the odd-numbered stories are the
// development half, the even-numbered ones are held out (totals only,
// never read quote by quote). Offsets are in runes of the story's text,
// as for the pages.
var (
	//go:embed gold_stories_dev.json
	goldStoriesDev []byte
	//go:embed gold_stories_heldout.json
	goldStoriesHeldOut []byte
	//go:embed gold_stories2_dev.json
	goldStories2Dev []byte
	//go:embed gold_stories2_heldout.json
	goldStories2HeldOut []byte
	//go:embed gold_stories3_dev.json
	goldStories3Dev []byte
	//go:embed gold_stories3_heldout.json
	goldStories3HeldOut []byte
	//go:embed gold_stories4_dev.json
	goldStories4Dev []byte
	//go:embed gold_stories4_heldout.json
	goldStories4HeldOut []byte
	//go:embed gold_stories5_dev.json
	goldStories5Dev []byte
	//go:embed gold_stories5_heldout.json
	goldStories5HeldOut []byte
	//go:embed gold_stories6_dev.json
	goldStories6Dev []byte
	//go:embed gold_stories6_heldout.json
	goldStories6HeldOut []byte
	//go:embed gold_stories7_dev.json
	goldStories7Dev []byte
	//go:embed gold_stories7_heldout.json
	goldStories7HeldOut []byte
	//go:embed gold_stories8_dev.json
	goldStories8Dev []byte
	//go:embed gold_stories8_heldout.json
	goldStories8HeldOut []byte
	//go:embed gold_stories9_dev.json
	goldStories9Dev []byte
	//go:embed gold_stories9_heldout.json
	goldStories9HeldOut []byte
	//go:embed gold_stories10_dev.json
	goldStories10Dev []byte
	//go:embed gold_stories10_heldout.json
	goldStories10HeldOut []byte
	//go:embed gold_stories11_dev.json
	goldStories11Dev []byte
	//go:embed gold_stories11_heldout.json
	goldStories11HeldOut []byte
	//go:embed gold_stories12_dev.json
	goldStories12Dev []byte
	//go:embed gold_stories12_heldout.json
	goldStories12HeldOut []byte
	//go:embed gold_stories13_dev.json
	goldStories13Dev []byte
	//go:embed gold_stories13_heldout.json
	goldStories13HeldOut []byte
	//go:embed gold_stories14_dev.json
	goldStories14Dev []byte
	//go:embed gold_stories14_heldout.json
	goldStories14HeldOut []byte
	//go:embed gold_stories15_dev.json
	goldStories15Dev []byte
	//go:embed gold_stories15_heldout.json
	goldStories15HeldOut []byte
	//go:embed gold_stories16_dev.json
	goldStories16Dev []byte
	//go:embed gold_stories16_heldout.json
	goldStories16HeldOut []byte
	//go:embed gold_stories17_dev.json
	goldStories17Dev []byte
	//go:embed gold_stories17_heldout.json
	goldStories17HeldOut []byte
	//go:embed gold_stories18_dev.json
	goldStories18Dev []byte
	//go:embed gold_stories18_heldout.json
	goldStories18HeldOut []byte
	//go:embed gold_stories19_dev.json
	goldStories19Dev []byte
	//go:embed gold_stories19_heldout.json
	goldStories19HeldOut []byte
	//go:embed gold_stories20_dev.json
	goldStories20Dev []byte
	//go:embed gold_stories20_heldout.json
	goldStories20HeldOut []byte
	//go:embed gold_stories21_dev.json
	goldStories21Dev []byte
	//go:embed gold_stories21_heldout.json
	goldStories21HeldOut []byte
	//go:embed gold_stories22_dev.json
	goldStories22Dev []byte
	//go:embed gold_stories22_heldout.json
	goldStories22HeldOut []byte
	//go:embed gold_stories23_dev.json
	goldStories23Dev []byte
	//go:embed gold_stories23_heldout.json
	goldStories23HeldOut []byte
	//go:embed gold_stories24_dev.json
	goldStories24Dev []byte
	//go:embed gold_stories24_heldout.json
	goldStories24HeldOut []byte
	//go:embed gold_stories25_dev.json
	goldStories25Dev []byte
	//go:embed gold_stories25_heldout.json
	goldStories25HeldOut []byte
	//go:embed gold_stories26_dev.json
	goldStories26Dev []byte
	//go:embed gold_stories26_heldout.json
	goldStories26HeldOut []byte
	//go:embed gold_stories27_dev.json
	goldStories27Dev []byte
	//go:embed gold_stories27_heldout.json
	goldStories27HeldOut []byte
	//go:embed gold_stories28_dev.json
	goldStories28Dev []byte
	//go:embed gold_stories28_heldout.json
	goldStories28HeldOut []byte
	//go:embed gold_stories29_dev.json
	goldStories29Dev []byte
	//go:embed gold_stories29_heldout.json
	goldStories29HeldOut []byte
	//go:embed gold_stories30_dev.json
	goldStories30Dev []byte
	//go:embed gold_stories30_heldout.json
	goldStories30HeldOut []byte
	//go:embed gold_stories31_dev.json
	goldStories31Dev []byte
	//go:embed gold_stories31_heldout.json
	goldStories31HeldOut []byte
	//go:embed gold_stories32_dev.json
	goldStories32Dev []byte
	//go:embed gold_stories32_heldout.json
	goldStories32HeldOut []byte
	//go:embed gold_stories33_dev.json
	goldStories33Dev []byte
	//go:embed gold_stories33_heldout.json
	goldStories33HeldOut []byte
	//go:embed gold_stories34_dev.json
	goldStories34Dev []byte
	//go:embed gold_stories34_heldout.json
	goldStories34HeldOut []byte
	//go:embed gold_stories35_dev.json
	goldStories35Dev []byte
	//go:embed gold_stories35_heldout.json
	goldStories35HeldOut []byte
	//go:embed gold_stories36_dev.json
	goldStories36Dev []byte
	//go:embed gold_stories36_heldout.json
	goldStories36HeldOut []byte
	//go:embed gold_stories37_dev.json
	goldStories37Dev []byte
	//go:embed gold_stories37_heldout.json
	goldStories37HeldOut []byte
	//go:embed gold_stories38_dev.json
	goldStories38Dev []byte
	//go:embed gold_stories38_heldout.json
	goldStories38HeldOut []byte
	//go:embed gold_stories39_dev.json
	goldStories39Dev []byte
	//go:embed gold_stories39_heldout.json
	goldStories39HeldOut []byte
	//go:embed gold_stories40_dev.json
	goldStories40Dev []byte
	//go:embed gold_stories40_heldout.json
	goldStories40HeldOut []byte
	//go:embed gold_stories41_dev.json
	goldStories41Dev []byte
	//go:embed gold_stories41_heldout.json
	goldStories41HeldOut []byte
	//go:embed gold_stories42_dev.json
	goldStories42Dev []byte
	//go:embed gold_stories42_heldout.json
	goldStories42HeldOut []byte
	//go:embed gold_stories43_dev.json
	goldStories43Dev []byte
	//go:embed gold_stories43_heldout.json
	goldStories43HeldOut []byte
	//go:embed gold_stories44_dev.json
	goldStories44Dev []byte
	//go:embed gold_stories44_heldout.json
	goldStories44HeldOut []byte
	//go:embed gold_stories45_dev.json
	goldStories45Dev []byte
	//go:embed gold_stories45_heldout.json
	goldStories45HeldOut []byte
	//go:embed gold_stories46_dev.json
	goldStories46Dev []byte
	//go:embed gold_stories46_heldout.json
	goldStories46HeldOut []byte
	//go:embed gold_stories47_dev.json
	goldStories47Dev []byte
	//go:embed gold_stories47_heldout.json
	goldStories47HeldOut []byte
	//go:embed gold_stories48_dev.json
	goldStories48Dev []byte
	//go:embed gold_stories48_heldout.json
	goldStories48HeldOut []byte
	//go:embed gold_stories49_dev.json
	goldStories49Dev []byte
	//go:embed gold_stories49_heldout.json
	goldStories49HeldOut []byte
	//go:embed gold_stories50_dev.json
	goldStories50Dev []byte
	//go:embed gold_stories50_heldout.json
	goldStories50HeldOut []byte
	//go:embed gold_stories51_dev.json
	goldStories51Dev []byte
	//go:embed gold_stories51_heldout.json
	goldStories51HeldOut []byte
	//go:embed gold_stories52_dev.json
	goldStories52Dev []byte
	//go:embed gold_stories52_heldout.json
	goldStories52HeldOut []byte
	//go:embed gold_stories53_dev.json
	goldStories53Dev []byte
	//go:embed gold_stories53_heldout.json
	goldStories53HeldOut []byte
	//go:embed gold_stories54_dev.json
	goldStories54Dev []byte
	//go:embed gold_stories54_heldout.json
	goldStories54HeldOut []byte
	//go:embed gold_stories55_dev.json
	goldStories55Dev []byte
	//go:embed gold_stories55_heldout.json
	goldStories55HeldOut []byte
	//go:embed gold_stories56_dev.json
	goldStories56Dev []byte
	//go:embed gold_stories56_heldout.json
	goldStories56HeldOut []byte
	//go:embed gold_stories57_dev.json
	goldStories57Dev []byte
	//go:embed gold_stories57_heldout.json
	goldStories57HeldOut []byte
	//go:embed gold_stories58_dev.json
	goldStories58Dev []byte
	//go:embed gold_stories58_heldout.json
	goldStories58HeldOut []byte
	//go:embed gold_stories59_dev.json
	goldStories59Dev []byte
	//go:embed gold_stories59_heldout.json
	goldStories59HeldOut []byte
	//go:embed gold_stories60_dev.json
	goldStories60Dev []byte
	//go:embed gold_stories60_heldout.json
	goldStories60HeldOut []byte
	//go:embed gold_stories61_dev.json
	goldStories61Dev []byte
	//go:embed gold_stories61_heldout.json
	goldStories61HeldOut []byte
	//go:embed gold_stories62_dev.json
	goldStories62Dev []byte
	//go:embed gold_stories62_heldout.json
	goldStories62HeldOut []byte
	//go:embed gold_stories63_dev.json
	goldStories63Dev []byte
	//go:embed gold_stories63_heldout.json
	goldStories63HeldOut []byte
	//go:embed gold_stories64_dev.json
	goldStories64Dev []byte
	//go:embed gold_stories64_heldout.json
	goldStories64HeldOut []byte
	//go:embed gold_stories65_dev.json
	goldStories65Dev []byte
	//go:embed gold_stories65_heldout.json
	goldStories65HeldOut []byte
)

// StoriesResult holds the two halves of each batch of stories.
type StoriesResult struct {
	HeldOut, Dev     Split // s01–s16
	HeldOut2, Dev2   Split // s17–s28
	HeldOut3, Dev3   Split // s29–s40
	HeldOut4, Dev4   Split // s41–s52
	HeldOut5, Dev5   Split // s53–s64
	HeldOut6, Dev6   Split // s65–s76
	HeldOut7, Dev7   Split // s77–s88
	HeldOut8, Dev8   Split // s89–s100
	HeldOut9, Dev9   Split // s101–s112
	HeldOut10, Dev10 Split // s113–s124
	HeldOut11, Dev11 Split // s125–s136
	HeldOut12, Dev12 Split // s137–s148
	HeldOut13, Dev13 Split // s149–s160
	HeldOut14, Dev14 Split // s161–s172
	HeldOut15, Dev15 Split // s173–s184
	HeldOut16, Dev16 Split // s185–s196
	HeldOut17, Dev17 Split // s197–s208
	HeldOut18, Dev18 Split // s209–s220
	HeldOut19, Dev19 Split // s221–s232
	HeldOut20, Dev20 Split // s233–s244
	HeldOut21, Dev21 Split // s245–s256
	HeldOut22, Dev22 Split // s257–s268
	HeldOut23, Dev23 Split // s269–s280
	HeldOut24, Dev24 Split // s281–s292
	HeldOut25, Dev25 Split // s293–s304
	HeldOut26, Dev26 Split // s305–s316
	HeldOut27, Dev27 Split // s317–s328
	HeldOut28, Dev28 Split // s329–s340
	HeldOut29, Dev29 Split // s341–s352
	HeldOut30, Dev30 Split // s353–s364
	HeldOut31, Dev31 Split // s365–s376
	HeldOut32, Dev32 Split // s377–s388
	HeldOut33, Dev33 Split // s389–s400
	HeldOut34, Dev34 Split // s401–s412
	HeldOut35, Dev35 Split // s413–s424
	HeldOut36, Dev36 Split // s425–s436
	HeldOut37, Dev37 Split // s437–s448
	HeldOut38, Dev38 Split // s449–s460
	HeldOut39, Dev39 Split // s461–s472
	HeldOut40, Dev40 Split // s473–s484
	HeldOut41, Dev41 Split // s485–s496
	HeldOut42, Dev42 Split // s497–s508
	HeldOut43, Dev43 Split // s509–s520
	HeldOut44, Dev44 Split // s521–s532
	HeldOut45, Dev45 Split // s533–s544
	HeldOut46, Dev46 Split // s545–s556
	HeldOut47, Dev47 Split // s557–s568
	HeldOut48, Dev48 Split // s569–s580
	HeldOut49, Dev49 Split // s581–s592
	HeldOut50, Dev50 Split // s593–s604
	HeldOut51, Dev51 Split // s605–s616
	HeldOut52, Dev52 Split // s617–s628
	HeldOut53, Dev53 Split // s629–s640
	HeldOut54, Dev54 Split // s641–s652
	HeldOut55, Dev55 Split // s653–s664
	HeldOut56, Dev56 Split // s665–s676
	HeldOut57, Dev57 Split // s677–s688
	HeldOut58, Dev58 Split // s689–s700
	HeldOut59, Dev59 Split // s701–s712
	HeldOut60, Dev60 Split // s713–s724
	HeldOut61, Dev61 Split // s725–s736
	HeldOut62, Dev62 Split // s737–s748
	HeldOut63, Dev63 Split // s749–s760
	HeldOut64, Dev64 Split // s761–s772
	HeldOut65, Dev65 Split // s773–s784
}

// RunStories scores who said what on the project's own stories; misses
// lists the development half's errors. It needs no shared/ folder.
func RunStories(opts summarize.Options, misses bool) (*StoriesResult, error) {
	texts, err := news.StoryTexts()
	if err != nil {
		return nil, err
	}
	res := &StoriesResult{}
	err = scoreHalves(texts, opts, []half{
		{&res.HeldOut, "held-out half of s01–s16 (even-numbered stories, never read quote by quote)", goldStoriesHeldOut, false},
		{&res.HeldOut2, "held-out half of s17–s28 (even-numbered stories, never read quote by quote)", goldStories2HeldOut, false},
		{&res.HeldOut3, "held-out half of s29–s40 (even-numbered stories, never read quote by quote)", goldStories3HeldOut, false},
		{&res.HeldOut4, "held-out half of s41–s52 (even-numbered stories, never read quote by quote)", goldStories4HeldOut, false},
		{&res.HeldOut5, "held-out half of s53–s64 (even-numbered stories, never read quote by quote)", goldStories5HeldOut, false},
		{&res.HeldOut6, "held-out half of s65–s76 (even-numbered stories, never read quote by quote)", goldStories6HeldOut, false},
		{&res.HeldOut7, "held-out half of s77–s88 (even-numbered stories, never read quote by quote)", goldStories7HeldOut, false},
		{&res.HeldOut8, "held-out half of s89–s100 (even-numbered stories, never read quote by quote)", goldStories8HeldOut, false},
		{&res.HeldOut9, "held-out half of s101–s112 (even-numbered stories, never read quote by quote)", goldStories9HeldOut, false},
		{&res.HeldOut10, "held-out half of s113–s124 (even-numbered stories, never read quote by quote)", goldStories10HeldOut, false},
		{&res.HeldOut11, "held-out half of s125–s136 (even-numbered stories, never read quote by quote)", goldStories11HeldOut, false},
		{&res.HeldOut12, "held-out half of s137–s148 (even-numbered stories, never read quote by quote)", goldStories12HeldOut, false},
		{&res.HeldOut13, "held-out half of s149–s160 (even-numbered stories, never read quote by quote)", goldStories13HeldOut, false},
		{&res.HeldOut14, "held-out half of s161–s172 (even-numbered stories, never read quote by quote)", goldStories14HeldOut, false},
		{&res.HeldOut15, "held-out half of s173–s184 (even-numbered stories, never read quote by quote)", goldStories15HeldOut, false},
		{&res.HeldOut16, "held-out half of s185–s196 (even-numbered stories, never read quote by quote)", goldStories16HeldOut, false},
		{&res.HeldOut17, "held-out half of s197–s208 (even-numbered stories, never read quote by quote)", goldStories17HeldOut, false},
		{&res.HeldOut18, "held-out half of s209–s220 (even-numbered stories, never read quote by quote)", goldStories18HeldOut, false},
		{&res.HeldOut19, "held-out half of s221–s232 (even-numbered stories, never read quote by quote)", goldStories19HeldOut, false},
		{&res.HeldOut20, "held-out half of s233–s244 (even-numbered stories, never read quote by quote)", goldStories20HeldOut, false},
		{&res.HeldOut21, "held-out half of s245–s256 (even-numbered stories, never read quote by quote)", goldStories21HeldOut, false},
		{&res.HeldOut22, "held-out half of s257–s268 (even-numbered stories, never read quote by quote)", goldStories22HeldOut, false},
		{&res.HeldOut23, "held-out half of s269–s280 (even-numbered stories, never read quote by quote)", goldStories23HeldOut, false},
		{&res.HeldOut24, "held-out half of s281–s292 (even-numbered stories, never read quote by quote)", goldStories24HeldOut, false},
		{&res.HeldOut25, "held-out half of s293–s304 (even-numbered stories, never read quote by quote)", goldStories25HeldOut, false},
		{&res.HeldOut26, "held-out half of s305–s316 (even-numbered stories, never read quote by quote)", goldStories26HeldOut, false},
		{&res.HeldOut27, "held-out half of s317–s328 (even-numbered stories, never read quote by quote)", goldStories27HeldOut, false},
		{&res.HeldOut28, "held-out half of s329–s340 (even-numbered stories, never read quote by quote)", goldStories28HeldOut, false},
		{&res.HeldOut29, "held-out half of s341–s352 (even-numbered stories, never read quote by quote)", goldStories29HeldOut, false},
		{&res.HeldOut30, "held-out half of s353–s364 (even-numbered stories, never read quote by quote)", goldStories30HeldOut, false},
		{&res.HeldOut31, "held-out half of s365–s376 (even-numbered stories, never read quote by quote)", goldStories31HeldOut, false},
		{&res.HeldOut32, "held-out half of s377–s388 (even-numbered stories, never read quote by quote)", goldStories32HeldOut, false},
		{&res.HeldOut33, "held-out half of s389–s400 (even-numbered stories, never read quote by quote)", goldStories33HeldOut, false},
		{&res.HeldOut34, "held-out half of s401–s412 (even-numbered stories, never read quote by quote)", goldStories34HeldOut, false},
		{&res.HeldOut35, "held-out half of s413–s424 (even-numbered stories, never read quote by quote)", goldStories35HeldOut, false},
		{&res.HeldOut36, "held-out half of s425–s436 (even-numbered stories, never read quote by quote)", goldStories36HeldOut, false},
		{&res.HeldOut37, "held-out half of s437–s448 (even-numbered stories, never read quote by quote)", goldStories37HeldOut, false},
		{&res.HeldOut38, "held-out half of s449–s460 (even-numbered stories, never read quote by quote)", goldStories38HeldOut, false},
		{&res.HeldOut39, "held-out half of s461–s472 (even-numbered stories, never read quote by quote)", goldStories39HeldOut, false},
		{&res.HeldOut40, "held-out half of s473–s484 (even-numbered stories, never read quote by quote)", goldStories40HeldOut, false},
		{&res.HeldOut41, "held-out half of s485–s496 (even-numbered stories, never read quote by quote)", goldStories41HeldOut, false},
		{&res.HeldOut42, "held-out half of s497–s508 (even-numbered stories, never read quote by quote)", goldStories42HeldOut, false},
		{&res.HeldOut43, "held-out half of s509–s520 (even-numbered stories, never read quote by quote)", goldStories43HeldOut, false},
		{&res.HeldOut44, "held-out half of s521–s532 (even-numbered stories, never read quote by quote)", goldStories44HeldOut, false},
		{&res.HeldOut45, "held-out half of s533–s544 (even-numbered stories, never read quote by quote)", goldStories45HeldOut, false},
		{&res.HeldOut46, "held-out half of s545–s556 (even-numbered stories, never read quote by quote)", goldStories46HeldOut, false},
		{&res.HeldOut47, "held-out half of s557–s568 (even-numbered stories, never read quote by quote)", goldStories47HeldOut, false},
		{&res.HeldOut48, "held-out half of s569–s580 (even-numbered stories, never read quote by quote)", goldStories48HeldOut, false},
		{&res.HeldOut49, "held-out half of s581–s592 (even-numbered stories, never read quote by quote)", goldStories49HeldOut, false},
		{&res.HeldOut50, "held-out half of s593–s604 (even-numbered stories, never read quote by quote)", goldStories50HeldOut, false},
		{&res.HeldOut51, "held-out half of s605–s616 (even-numbered stories, never read quote by quote)", goldStories51HeldOut, false},
		{&res.HeldOut52, "held-out half of s617–s628 (even-numbered stories, never read quote by quote)", goldStories52HeldOut, false},
		{&res.HeldOut53, "held-out half of s629–s640 (even-numbered stories, never read quote by quote)", goldStories53HeldOut, false},
		{&res.HeldOut54, "held-out half of s641–s652 (even-numbered stories, never read quote by quote)", goldStories54HeldOut, false},
		{&res.HeldOut55, "held-out half of s653–s664 (even-numbered stories, never read quote by quote)", goldStories55HeldOut, false},
		{&res.HeldOut56, "held-out half of s665–s676 (even-numbered stories, never read quote by quote)", goldStories56HeldOut, false},
		{&res.HeldOut57, "held-out half of s677–s688 (even-numbered stories, never read quote by quote)", goldStories57HeldOut, false},
		{&res.HeldOut58, "held-out half of s689–s700 (even-numbered stories, never read quote by quote)", goldStories58HeldOut, false},
		{&res.HeldOut59, "held-out half of s701–s712 (even-numbered stories, never read quote by quote)", goldStories59HeldOut, false},
		{&res.HeldOut60, "held-out half of s713–s724 (even-numbered stories, never read quote by quote)", goldStories60HeldOut, false},
		{&res.HeldOut61, "held-out half of s725–s736 (even-numbered stories, never read quote by quote)", goldStories61HeldOut, false},
		{&res.HeldOut62, "held-out half of s737–s748 (even-numbered stories, never read quote by quote)", goldStories62HeldOut, false},
		{&res.HeldOut63, "held-out half of s749–s760 (even-numbered stories, never read quote by quote)", goldStories63HeldOut, false},
		{&res.HeldOut64, "held-out half of s761–s772 (even-numbered stories, never read quote by quote)", goldStories64HeldOut, false},
		{&res.HeldOut65, "held-out half of s773–s784 (even-numbered stories, never read quote by quote)", goldStories65HeldOut, false},
		{&res.Dev, "development half of s01–s16 (odd-numbered stories)", goldStoriesDev, misses},
		{&res.Dev2, "development half of s17–s28 (odd-numbered stories)", goldStories2Dev, misses},
		{&res.Dev3, "development half of s29–s40 (odd-numbered stories)", goldStories3Dev, misses},
		{&res.Dev4, "development half of s41–s52 (odd-numbered stories)", goldStories4Dev, misses},
		{&res.Dev5, "development half of s53–s64 (odd-numbered stories)", goldStories5Dev, misses},
		{&res.Dev6, "development half of s65–s76 (odd-numbered stories)", goldStories6Dev, misses},
		{&res.Dev7, "development half of s77–s88 (odd-numbered stories)", goldStories7Dev, misses},
		{&res.Dev8, "development half of s89–s100 (odd-numbered stories)", goldStories8Dev, misses},
		{&res.Dev9, "development half of s101–s112 (odd-numbered stories)", goldStories9Dev, misses},
		{&res.Dev10, "development half of s113–s124 (odd-numbered stories)", goldStories10Dev, misses},
		{&res.Dev11, "development half of s125–s136 (odd-numbered stories)", goldStories11Dev, misses},
		{&res.Dev12, "development half of s137–s148 (odd-numbered stories)", goldStories12Dev, misses},
		{&res.Dev13, "development half of s149–s160 (odd-numbered stories)", goldStories13Dev, misses},
		{&res.Dev14, "development half of s161–s172 (odd-numbered stories)", goldStories14Dev, misses},
		{&res.Dev15, "development half of s173–s184 (odd-numbered stories)", goldStories15Dev, misses},
		{&res.Dev16, "development half of s185–s196 (odd-numbered stories)", goldStories16Dev, misses},
		{&res.Dev17, "development half of s197–s208 (odd-numbered stories)", goldStories17Dev, misses},
		{&res.Dev18, "development half of s209–s220 (odd-numbered stories)", goldStories18Dev, misses},
		{&res.Dev19, "development half of s221–s232 (odd-numbered stories)", goldStories19Dev, misses},
		{&res.Dev20, "development half of s233–s244 (odd-numbered stories)", goldStories20Dev, misses},
		{&res.Dev21, "development half of s245–s256 (odd-numbered stories)", goldStories21Dev, misses},
		{&res.Dev22, "development half of s257–s268 (odd-numbered stories)", goldStories22Dev, misses},
		{&res.Dev23, "development half of s269–s280 (odd-numbered stories)", goldStories23Dev, misses},
		{&res.Dev24, "development half of s281–s292 (odd-numbered stories)", goldStories24Dev, misses},
		{&res.Dev25, "development half of s293–s304 (odd-numbered stories)", goldStories25Dev, misses},
		{&res.Dev26, "development half of s305–s316 (odd-numbered stories)", goldStories26Dev, misses},
		{&res.Dev27, "development half of s317–s328 (odd-numbered stories)", goldStories27Dev, misses},
		{&res.Dev28, "development half of s329–s340 (odd-numbered stories)", goldStories28Dev, misses},
		{&res.Dev29, "development half of s341–s352 (odd-numbered stories)", goldStories29Dev, misses},
		{&res.Dev30, "development half of s353–s364 (odd-numbered stories)", goldStories30Dev, misses},
		{&res.Dev31, "development half of s365–s376 (odd-numbered stories)", goldStories31Dev, misses},
		{&res.Dev32, "development half of s377–s388 (odd-numbered stories)", goldStories32Dev, misses},
		{&res.Dev33, "development half of s389–s400 (odd-numbered stories)", goldStories33Dev, misses},
		{&res.Dev34, "development half of s401–s412 (odd-numbered stories)", goldStories34Dev, misses},
		{&res.Dev35, "development half of s413–s424 (odd-numbered stories)", goldStories35Dev, misses},
		{&res.Dev36, "development half of s425–s436 (odd-numbered stories)", goldStories36Dev, misses},
		{&res.Dev37, "development half of s437–s448 (odd-numbered stories)", goldStories37Dev, misses},
		{&res.Dev38, "development half of s449–s460 (odd-numbered stories)", goldStories38Dev, misses},
		{&res.Dev39, "development half of s461–s472 (odd-numbered stories)", goldStories39Dev, misses},
		{&res.Dev40, "development half of s473–s484 (odd-numbered stories)", goldStories40Dev, misses},
		{&res.Dev41, "development half of s485–s496 (odd-numbered stories)", goldStories41Dev, misses},
		{&res.Dev42, "development half of s497–s508 (odd-numbered stories)", goldStories42Dev, misses},
		{&res.Dev43, "development half of s509–s520 (odd-numbered stories)", goldStories43Dev, misses},
		{&res.Dev44, "development half of s521–s532 (odd-numbered stories)", goldStories44Dev, misses},
		{&res.Dev45, "development half of s533–s544 (odd-numbered stories)", goldStories45Dev, misses},
		{&res.Dev46, "development half of s545–s556 (odd-numbered stories)", goldStories46Dev, misses},
		{&res.Dev47, "development half of s557–s568 (odd-numbered stories)", goldStories47Dev, misses},
		{&res.Dev48, "development half of s569–s580 (odd-numbered stories)", goldStories48Dev, misses},
		{&res.Dev49, "development half of s581–s592 (odd-numbered stories)", goldStories49Dev, misses},
		{&res.Dev50, "development half of s593–s604 (odd-numbered stories)", goldStories50Dev, misses},
		{&res.Dev51, "development half of s605–s616 (odd-numbered stories)", goldStories51Dev, misses},
		{&res.Dev52, "development half of s617–s628 (odd-numbered stories)", goldStories52Dev, misses},
		{&res.Dev53, "development half of s629–s640 (odd-numbered stories)", goldStories53Dev, misses},
		{&res.Dev54, "development half of s641–s652 (odd-numbered stories)", goldStories54Dev, misses},
		{&res.Dev55, "development half of s653–s664 (odd-numbered stories)", goldStories55Dev, misses},
		{&res.Dev56, "development half of s665–s676 (odd-numbered stories)", goldStories56Dev, misses},
		{&res.Dev57, "development half of s677–s688 (odd-numbered stories)", goldStories57Dev, misses},
		{&res.Dev58, "development half of s689–s700 (odd-numbered stories)", goldStories58Dev, misses},
		{&res.Dev59, "development half of s701–s712 (odd-numbered stories)", goldStories59Dev, misses},
		{&res.Dev60, "development half of s713–s724 (odd-numbered stories)", goldStories60Dev, misses},
		{&res.Dev61, "development half of s725–s736 (odd-numbered stories)", goldStories61Dev, misses},
		{&res.Dev62, "development half of s737–s748 (odd-numbered stories)", goldStories62Dev, misses},
		{&res.Dev63, "development half of s749–s760 (odd-numbered stories)", goldStories63Dev, misses},
		{&res.Dev64, "development half of s761–s772 (odd-numbered stories)", goldStories64Dev, misses},
		{&res.Dev65, "development half of s773–s784 (odd-numbered stories)", goldStories65Dev, misses},
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// Print writes the halves, the held-out ones first.
func (r *StoriesResult) Print(w io.Writer) {
	fmt.Fprintln(w, "our own stories (internal/eval/news/stories, 784 negotiation stories in varied outlets' styles; gold written with them):")
	held := []Split{r.HeldOut, r.HeldOut2, r.HeldOut3, r.HeldOut4, r.HeldOut5, r.HeldOut6, r.HeldOut7, r.HeldOut8, r.HeldOut9, r.HeldOut10, r.HeldOut11, r.HeldOut12, r.HeldOut13, r.HeldOut14, r.HeldOut15, r.HeldOut16, r.HeldOut17, r.HeldOut18, r.HeldOut19, r.HeldOut20, r.HeldOut21, r.HeldOut22, r.HeldOut23, r.HeldOut24, r.HeldOut25, r.HeldOut26, r.HeldOut27, r.HeldOut28, r.HeldOut29, r.HeldOut30, r.HeldOut31, r.HeldOut32, r.HeldOut33, r.HeldOut34, r.HeldOut35, r.HeldOut36, r.HeldOut37, r.HeldOut38, r.HeldOut39, r.HeldOut40, r.HeldOut41, r.HeldOut42, r.HeldOut43, r.HeldOut44, r.HeldOut45, r.HeldOut46, r.HeldOut47, r.HeldOut48, r.HeldOut49, r.HeldOut50, r.HeldOut51, r.HeldOut52, r.HeldOut53, r.HeldOut54, r.HeldOut55, r.HeldOut56, r.HeldOut57, r.HeldOut58, r.HeldOut59, r.HeldOut60, r.HeldOut61, r.HeldOut62, r.HeldOut63, r.HeldOut64, r.HeldOut65}
	dev := []Split{r.Dev, r.Dev2, r.Dev3, r.Dev4, r.Dev5, r.Dev6, r.Dev7, r.Dev8, r.Dev9, r.Dev10, r.Dev11, r.Dev12, r.Dev13, r.Dev14, r.Dev15, r.Dev16, r.Dev17, r.Dev18, r.Dev19, r.Dev20, r.Dev21, r.Dev22, r.Dev23, r.Dev24, r.Dev25, r.Dev26, r.Dev27, r.Dev28, r.Dev29, r.Dev30, r.Dev31, r.Dev32, r.Dev33, r.Dev34, r.Dev35, r.Dev36, r.Dev37, r.Dev38, r.Dev39, r.Dev40, r.Dev41, r.Dev42, r.Dev43, r.Dev44, r.Dev45, r.Dev46, r.Dev47, r.Dev48, r.Dev49, r.Dev50, r.Dev51, r.Dev52, r.Dev53, r.Dev54, r.Dev55, r.Dev56, r.Dev57, r.Dev58, r.Dev59, r.Dev60, r.Dev61, r.Dev62, r.Dev63, r.Dev64, r.Dev65}
	for _, s := range append(held, dev...) {
		fmt.Fprintf(w, "%s: %d stories, %d quotations\n", s.Name, s.Pages, s.Gold)
		fmt.Fprintf(w, "  quotes found %.3f (%d/%d), precision %.3f (%d not gold); speaker %.3f (%d/%d; %d wrong, %d blank)\n",
			s.Recall(), s.Found, s.Gold, s.Precision(), s.Extra, s.SpeakerAcc(), s.Right, s.Right+s.Wrong+s.Blank, s.Wrong, s.Blank)
		for _, m := range s.Misses {
			fmt.Fprintf(w, "  %s\n", m)
		}
	}
	printByHow(w, "all held-out halves (totals only)", held)
	printByHow(w, "all development halves", dev)
}

// StoryHows are the ways a story's gold attributes a quotation, in report
// order.
var StoryHows = []string{"named", "pronoun", "carried", "title", "description", "unnamed", "organisation", "document"}

// printByHow writes the speaker figures of the halves summed by the way
// the gold says the story attributes each quotation: which kind of
// attribution the misses come from, with no quotation shown.
func printByHow(w io.Writer, name string, halves []Split) {
	sum := map[string][2]int{}
	for _, s := range halves {
		for h, c := range s.ByHow {
			t := sum[h]
			sum[h] = [2]int{t[0] + c[0], t[1] + c[1]}
		}
	}
	var parts []string
	for _, h := range StoryHows {
		if c := sum[h]; c[1] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d/%d", h, c[0], c[1]))
		}
	}
	fmt.Fprintf(w, "%s, speaker by attribution: %s\n", name, strings.Join(parts, ", "))
}
