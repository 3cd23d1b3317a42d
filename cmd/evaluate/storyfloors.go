package main

import (
	"fmt"

	"github.com/parley-bot/parley/internal/eval/pages"
)

// halfFloor is the floors of one half of a batch of stories: the share of
// its gold quotations found and the share of those with the right
// speaker.
type halfFloor struct {
	found, speaker float64
}

// below returns the figures of the half s, named name, that are below the
// floors f, as one line.
func (f halfFloor) below(name string, s pages.Split) []string {
	if s.Recall() < f.found || s.SpeakerAcc() < f.speaker {
		return []string{fmt.Sprintf("own stories, %s: quotes found %.3f (floor %.2f), speaker %.3f (floor %.2f)", name, s.Recall(), f.found, s.SpeakerAcc(), f.speaker)}
	}
	return nil
}

// batchFloors are the floors of a batch of stories' two halves.
type batchFloors struct {
	heldOut, dev halfFloor
}

// storyFloors are the floors of the halves of each batch of stories
// (news.StoryBatches), by its stories (StoryBatch.Stories). A new batch
// adds a row, a little under its first runs.
//
// Floors a little under the first runs (s01–s16 at f2870de: held-out
// half quotes found 47/48, speaker 45/47; development half 40/41,
// 40/40; s17–s28 at a26fd45: held-out 69/71, 60/69; development
// 81/84, 77/81; s29–s40 at 6764622: held-out 78/82, 68/78;
// development 79/81, 63/79; s41–s52 at 9997654: held-out 85/87,
// 72/85; development 81/87, 73/81; s53–s64 at 85d005d: held-out
// 83/86, 69/83; development 78/83, 69/78; s65–s76 at 681ca68: held-out
// 78/83, 61/78; development 83/88, 62/83; s77–s88 at f83080c:
// held-out 64/73, 51/64; development 73/78, 62/73; s89–s100 at
// 87d4199: held-out 86/86, 82/86; development 79/81, 69/79; s101–s112
// at 3309c39: held-out 88/88, 84/88; development 78/79, 72/78; s113–s124
// at a80e20f: held-out 88/89, 75/88; development 91/94, 80/91; s125–s136
// at 936c2f9: held-out 85/85, 77/85; development 96/98, 86/96; s137–s148
// at da5ad39: held-out 94/94, 85/94; development 93/94, 79/93; s149–s160
// at 467aa4d: held-out 100/102, 89/100; development 101/101, 91/101; s161–s172
// at c1e4bad: held-out 96/98, 77/96; development 101/105, 83/101; s173–s184
// at 561805b: held-out 82/83, 69/82; development 80/81, 61/80; s185–s196
// at 98ad064: held-out 100/101, 86/100; development 93/97, 80/93; s197–s208
// at 3ad0223: held-out 97/103, 87/97; development 97/102, 81/97; s209–s220
// at 09cf7f8: held-out 94/94, 87/94; development 96/96, 82/96; s221–s232
// at 4ec6ad5: held-out 83/83, 74/83; development 81/81, 77/81; s233–s244
// at f7488a4: held-out 82/83, 74/82; development 78/78, 70/78; s245–s256
// at 923484c: held-out 79/79, 69/79; development 82/82, 75/82; s257–s268
// at e714364: held-out 71/71, 64/71; development 72/73, 61/72; s269–s280
// at 362ca44: held-out 77/79, 68/77; development 76/78, 71/76; s281–s292
// at 0ee00c3: held-out 74/74, 65/74; development 76/76, 66/76; s293–s304
// at e9088b0: held-out 83/83, 75/83; development 89/89, 81/89).
// When speakers came to be scored strictly (news.SpeakerMatches: a
// full name or a surname, no word run inside the other), the floors
// the engine as it was then fell below were set a little under its
// strict figures. Three were lowered again at cefdfbb, whose names of
// institutions cost each a quotation (s101–s112 and s317–s328
// held-out, s449–s460 development) while the held-out halves rose by
// 27 in all. Two more when the scorer stopped matching a description
// that holds a name by that name's last word (held-out s509–s520,
// development s425–s436). And the forty-third batch's development
// half to 0.81 at 5ee25ec (0.829 under the tighter scorer).
var storyFloors = map[string]batchFloors{
	"s01–s16":   {heldOut: halfFloor{found: 0.93, speaker: 0.90}, dev: halfFloor{found: 0.93, speaker: 0.95}},
	"s17–s28":   {heldOut: halfFloor{found: 0.93, speaker: 0.84}, dev: halfFloor{found: 0.93, speaker: 0.92}},
	"s29–s40":   {heldOut: halfFloor{found: 0.92, speaker: 0.82}, dev: halfFloor{found: 0.93, speaker: 0.75}},
	"s41–s52":   {heldOut: halfFloor{found: 0.93, speaker: 0.80}, dev: halfFloor{found: 0.88, speaker: 0.85}},
	"s53–s64":   {heldOut: halfFloor{found: 0.92, speaker: 0.78}, dev: halfFloor{found: 0.90, speaker: 0.82}},
	"s65–s76":   {heldOut: halfFloor{found: 0.92, speaker: 0.74}, dev: halfFloor{found: 0.92, speaker: 0.71}},
	"s77–s88":   {heldOut: halfFloor{found: 0.84, speaker: 0.76}, dev: halfFloor{found: 0.90, speaker: 0.80}},
	"s89–s100":  {heldOut: halfFloor{found: 0.95, speaker: 0.90}, dev: halfFloor{found: 0.93, speaker: 0.82}},
	"s101–s112": {heldOut: halfFloor{found: 0.98, speaker: 0.85}, dev: halfFloor{found: 0.96, speaker: 0.88}},
	"s113–s124": {heldOut: halfFloor{found: 0.97, speaker: 0.73}, dev: halfFloor{found: 0.94, speaker: 0.85}},
	"s125–s136": {heldOut: halfFloor{found: 0.97, speaker: 0.86}, dev: halfFloor{found: 0.95, speaker: 0.85}},
	"s137–s148": {heldOut: halfFloor{found: 0.97, speaker: 0.86}, dev: halfFloor{found: 0.95, speaker: 0.80}},
	"s149–s160": {heldOut: halfFloor{found: 0.95, speaker: 0.85}, dev: halfFloor{found: 0.97, speaker: 0.85}},
	"s161–s172": {heldOut: halfFloor{found: 0.95, speaker: 0.76}, dev: halfFloor{found: 0.93, speaker: 0.78}},
	// Development half's quotes found 0.95 lowered to 0.92 at 69358af:
	// four headlines' quotations, repeated in their stories' bodies, are
	// no longer listed twice once the headline under a masthead is found.
	"s173–s184": {heldOut: halfFloor{found: 0.95, speaker: 0.80}, dev: halfFloor{found: 0.92, speaker: 0.72}},
	"s185–s196": {heldOut: halfFloor{found: 0.95, speaker: 0.80}, dev: halfFloor{found: 0.93, speaker: 0.80}},
	"s197–s208": {heldOut: halfFloor{found: 0.92, speaker: 0.79}, dev: halfFloor{found: 0.92, speaker: 0.78}},
	"s209–s220": {heldOut: halfFloor{found: 0.97, speaker: 0.87}, dev: halfFloor{found: 0.97, speaker: 0.77}},
	"s221–s232": {heldOut: halfFloor{found: 0.97, speaker: 0.82}, dev: halfFloor{found: 0.97, speaker: 0.90}},
	"s233–s244": {heldOut: halfFloor{found: 0.97, speaker: 0.85}, dev: halfFloor{found: 0.97, speaker: 0.81}},
	"s245–s256": {heldOut: halfFloor{found: 0.97, speaker: 0.82}, dev: halfFloor{found: 0.97, speaker: 0.85}},
	"s257–s268": {heldOut: halfFloor{found: 0.97, speaker: 0.85}, dev: halfFloor{found: 0.95, speaker: 0.82}},
	"s269–s280": {heldOut: halfFloor{found: 0.95, speaker: 0.83}, dev: halfFloor{found: 0.95, speaker: 0.90}},
	"s281–s292": {heldOut: halfFloor{found: 0.97, speaker: 0.83}, dev: halfFloor{found: 0.97, speaker: 0.84}},
	"s293–s304": {heldOut: halfFloor{found: 0.97, speaker: 0.87}, dev: halfFloor{found: 0.97, speaker: 0.87}},
	"s305–s316": {heldOut: halfFloor{found: 0.97, speaker: 0.84}, dev: halfFloor{found: 0.97, speaker: 0.87}},
	"s317–s328": {heldOut: halfFloor{found: 0.97, speaker: 0.76}, dev: halfFloor{found: 0.97, speaker: 0.87}},
	"s329–s340": {heldOut: halfFloor{found: 0.96, speaker: 0.77}, dev: halfFloor{found: 0.94, speaker: 0.84}},
	"s341–s352": {heldOut: halfFloor{found: 0.93, speaker: 0.75}, dev: halfFloor{found: 0.93, speaker: 0.72}},
	"s353–s364": {heldOut: halfFloor{found: 0.93, speaker: 0.73}, dev: halfFloor{found: 0.90, speaker: 0.76}},
	"s365–s376": {heldOut: halfFloor{found: 0.95, speaker: 0.78}, dev: halfFloor{found: 0.93, speaker: 0.80}},
	"s377–s388": {heldOut: halfFloor{found: 0.92, speaker: 0.80}, dev: halfFloor{found: 0.95, speaker: 0.90}},
	"s389–s400": {heldOut: halfFloor{found: 0.95, speaker: 0.85}, dev: halfFloor{found: 0.95, speaker: 0.78}},
	"s401–s412": {heldOut: halfFloor{found: 0.93, speaker: 0.85}, dev: halfFloor{found: 0.95, speaker: 0.78}},
	"s413–s424": {heldOut: halfFloor{found: 0.95, speaker: 0.89}, dev: halfFloor{found: 0.95, speaker: 0.83}},
	"s425–s436": {heldOut: halfFloor{found: 0.97, speaker: 0.73}, dev: halfFloor{found: 0.95, speaker: 0.77}},
	// Held-out half's speaker floor 0.74 → 0.72 at 69984f9: bfe5b42
	// (live blogs' entry times blanked for the analysis) lost two
	// quotations here, 64 → 62/85 (0.729; seen as a total), and gained six in five
	// other held-out halves (one lost in s653–s664): +3 in all, 3764 →
	// 3767/4441.
	"s437–s448": {heldOut: halfFloor{found: 0.93, speaker: 0.72}, dev: halfFloor{found: 0.96, speaker: 0.88}},
	"s449–s460": {heldOut: halfFloor{found: 0.88, speaker: 0.75}, dev: halfFloor{found: 0.87, speaker: 0.84}},
	"s461–s472": {heldOut: halfFloor{found: 0.93, speaker: 0.78}, dev: halfFloor{found: 0.91, speaker: 0.87}},
	"s473–s484": {heldOut: halfFloor{found: 0.87, speaker: 0.79}, dev: halfFloor{found: 0.95, speaker: 0.85}},
	// s485–s496 first run at 6f58e2b: held-out 79/86, 65/79; development
	// 82/87, 63/82. Held-out half's speaker floor 0.79 → 0.77 at 69984f9:
	// bfe5b42 (live blogs' entry times blanked for the analysis) found one
	// more quotation here with the wrong speaker, 64/81 → 64/82 (0.780),
	// while it gained three held-out quotations in all.
	"s485–s496": {heldOut: halfFloor{found: 0.90, speaker: 0.77}, dev: halfFloor{found: 0.92, speaker: 0.75}},
	// s497–s508 first run at 308d208: held-out 82/84, 71/82; development
	// 86/86, 77/86.
	"s497–s508": {heldOut: halfFloor{found: 0.95, speaker: 0.82}, dev: halfFloor{found: 0.97, speaker: 0.87}},
	// s509–s520 first run at b40b135: held-out 85/86, 71/85; development
	// 82/82, 74/82.
	"s509–s520": {heldOut: halfFloor{found: 0.96, speaker: 0.70}, dev: halfFloor{found: 0.97, speaker: 0.81}},
	// s521–s532 first run at f2ceb4b: held-out 84/88, 64/84; development
	// 79/82, 60/79.
	"s521–s532": {heldOut: halfFloor{found: 0.93, speaker: 0.74}, dev: halfFloor{found: 0.94, speaker: 0.73}},
	// s533–s544 first run at 5cf4413: held-out 79/80, 68/79; development
	// 72/72, 67/72.
	"s533–s544": {heldOut: halfFloor{found: 0.96, speaker: 0.84}, dev: halfFloor{found: 0.97, speaker: 0.91}},
	// s545–s556 first run at e0fcc55: held-out 68/70, 61/68; development
	// 70/71, 60/70.
	"s545–s556": {heldOut: halfFloor{found: 0.95, speaker: 0.87}, dev: halfFloor{found: 0.96, speaker: 0.83}},
	// s557–s568 first run at 0b52afa: held-out 65/66, 60/65; development
	// 57/58, 43/57.
	"s557–s568": {heldOut: halfFloor{found: 0.96, speaker: 0.90}, dev: halfFloor{found: 0.96, speaker: 0.73}},
	// s569–s580 first run at aae3afc: held-out 58/60, 49/58; development
	// 68/68, 57/68.
	"s569–s580": {heldOut: halfFloor{found: 0.94, speaker: 0.82}, dev: halfFloor{found: 0.97, speaker: 0.81}},
	// s581–s592 first run at c2073b0: held-out 68/69, 55/68; development
	// 82/82, 71/82.
	"s581–s592": {heldOut: halfFloor{found: 0.96, speaker: 0.78}, dev: halfFloor{found: 0.97, speaker: 0.84}},
	// s593–s604 first run at 543e722: held-out 77/78, 62/77; development
	// 74/74, 59/74.
	"s593–s604": {heldOut: halfFloor{found: 0.96, speaker: 0.78}, dev: halfFloor{found: 0.97, speaker: 0.77}},
	// s605–s616 first run at 01103d0: held-out 71/73, 60/71; development
	// 80/82, 64/80.
	"s605–s616": {heldOut: halfFloor{found: 0.95, speaker: 0.82}, dev: halfFloor{found: 0.95, speaker: 0.77}},
	// s617–s628 first run at 0051622: held-out 80/81, 60/80; development
	// 80/83, 61/80.
	"s617–s628": {heldOut: halfFloor{found: 0.96, speaker: 0.72}, dev: halfFloor{found: 0.94, speaker: 0.74}},
	// s629–s640 first run at 95c72ff: held-out 76/76, 53/76; development
	// 73/75, 60/73.
	"s629–s640": {heldOut: halfFloor{found: 0.97, speaker: 0.67}, dev: halfFloor{found: 0.95, speaker: 0.80}},
	// s641–s652 first run at 3683546: held-out 60/61, 46/60; development
	// 71/73, 52/71.
	"s641–s652": {heldOut: halfFloor{found: 0.96, speaker: 0.74}, dev: halfFloor{found: 0.95, speaker: 0.71}},
	// s653–s664 first run at 7a73e85: held-out 67/69, 55/67; development
	// 71/72, 58/71.
	"s653–s664": {heldOut: halfFloor{found: 0.95, speaker: 0.80}, dev: halfFloor{found: 0.96, speaker: 0.79}},
	// s665–s676 first run at 7fad6c7: held-out 72/73, 54/72; development
	// 75/75, 60/75.
	"s665–s676": {heldOut: halfFloor{found: 0.96, speaker: 0.73}, dev: halfFloor{found: 0.98, speaker: 0.78}},
	// s677–s688 first run at 6737d8e: held-out 82/82, 64/82; development
	// 79/81, 61/79.
	"s677–s688": {heldOut: halfFloor{found: 0.98, speaker: 0.76}, dev: halfFloor{found: 0.95, speaker: 0.75}},
	// s689–s700 first run at 43afe5b: held-out 92/93, 73/92; development
	// 91/92, 75/91.
	"s689–s700": {heldOut: halfFloor{found: 0.96, speaker: 0.77}, dev: halfFloor{found: 0.96, speaker: 0.80}},
	// s701–s712 first run at e37131b: held-out 87/91, 60/87; development
	// 91/96, 68/91.
	"s701–s712": {heldOut: halfFloor{found: 0.93, speaker: 0.66}, dev: halfFloor{found: 0.92, speaker: 0.72}},
	// s713–s724 first run at 3e16b9e: held-out 96/100, 77/96; development
	// 110/116, 92/110.
	"s713–s724": {heldOut: halfFloor{found: 0.94, speaker: 0.78}, dev: halfFloor{found: 0.92, speaker: 0.81}},
	// s725–s736 first run at e3b6f03: held-out 120/120, 91/120;
	// development 107/108, 75/107.
	"s725–s736": {heldOut: halfFloor{found: 0.98, speaker: 0.73}, dev: halfFloor{found: 0.97, speaker: 0.68}},
	// s737–s748 first run at 4325b19: held-out 114/116, 82/114;
	// development 126/130, 95/126.
	"s737–s748": {heldOut: halfFloor{found: 0.96, speaker: 0.69}, dev: halfFloor{found: 0.94, speaker: 0.73}},
	// s749–s760 first run at 49edfc0: held-out 101/103, 77/101;
	// development 90/92, 64/90.
	"s749–s760": {heldOut: halfFloor{found: 0.96, speaker: 0.74}, dev: halfFloor{found: 0.95, speaker: 0.69}},
	// s761–s772 first run at 528fc3b: held-out 100/100, 80/100;
	// development 112/112, 78/112.
	"s761–s772": {heldOut: halfFloor{found: 0.98, speaker: 0.78}, dev: halfFloor{found: 0.98, speaker: 0.67}},
	// s773–s784 first run at a0092d0: held-out 108/108, 82/108;
	// development 97/97, 68/97.
	"s773–s784": {heldOut: halfFloor{found: 0.98, speaker: 0.73}, dev: halfFloor{found: 0.98, speaker: 0.68}},
	// s785–s796 first run at 6c50b17: held-out 100/100, 67/100;
	// development 112/112, 79/112.
	"s785–s796": {heldOut: halfFloor{found: 0.98, speaker: 0.65}, dev: halfFloor{found: 0.98, speaker: 0.68}},
	// s797–s808 first run at 3938453: held-out 110/111, 82/110;
	// development 106/106, 80/106.
	"s797–s808": {heldOut: halfFloor{found: 0.97, speaker: 0.72}, dev: halfFloor{found: 0.98, speaker: 0.73}},
	// s809–s820 first run at 361df00: held-out 113/116, 89/113;
	// development 119/122, 98/119.
	"s809–s820": {heldOut: halfFloor{found: 0.95, speaker: 0.76}, dev: halfFloor{found: 0.95, speaker: 0.80}},
	// s821–s832 first run at 2e6f04d: held-out 127/130, 106/127;
	// development 125/125, 96/125.
	"s821–s832": {heldOut: halfFloor{found: 0.95, speaker: 0.81}, dev: halfFloor{found: 0.98, speaker: 0.74}},
	// s833–s844 first run at e844d71: held-out 125/128, 104/125;
	// development 129/131, 110/129.
	"s833–s844": {heldOut: halfFloor{found: 0.95, speaker: 0.81}, dev: halfFloor{found: 0.96, speaker: 0.83}},
	// s845–s856 first run at 15bdd07: held-out 118/122, 88/118;
	// development 125/125, 105/125.
	"s845–s856": {heldOut: halfFloor{found: 0.94, speaker: 0.72}, dev: halfFloor{found: 0.98, speaker: 0.82}},
	// s857–s868 first run at 69cfa84: held-out 125/127, 108/125;
	// development 125/127, 95/125.
	"s857–s868": {heldOut: halfFloor{found: 0.96, speaker: 0.84}, dev: halfFloor{found: 0.96, speaker: 0.74}},
	// s869–s880 first run at b8b51ce: held-out 113/113, 94/113;
	// development 109/110, 95/109.
	"s869–s880": {heldOut: halfFloor{found: 0.98, speaker: 0.81}, dev: halfFloor{found: 0.97, speaker: 0.85}},
	// s881–s892 first run at f1d0237: held-out 110/112, 89/110;
	// development 126/126, 109/126.
	"s881–s892": {heldOut: halfFloor{found: 0.96, speaker: 0.78}, dev: halfFloor{found: 0.98, speaker: 0.84}},
	// s893–s904 first run at 4117d98: held-out 109/111, 92/109;
	// development 104/106, 92/104.
	"s893–s904": {heldOut: halfFloor{found: 0.96, speaker: 0.82}, dev: halfFloor{found: 0.96, speaker: 0.86}},
	// s905–s916 first run at 5afd7d5: held-out 115/117, 103/115;
	// development 119/121, 103/119.
	"s905–s916": {heldOut: halfFloor{found: 0.96, speaker: 0.87}, dev: halfFloor{found: 0.96, speaker: 0.84}},
	// s917–s928 first run at 64ad600: held-out 115/116, 93/115;
	// development 106/109, 85/106.
	"s917–s928": {heldOut: halfFloor{found: 0.97, speaker: 0.78}, dev: halfFloor{found: 0.95, speaker: 0.78}},
}

// storyFloorsBelow returns the halves of r below their floors, the
// held-out halves first. A batch with no floors yet, as a new one until
// its first run is recorded, is reported as below them, so that -floors
// fails until its row is written.
func storyFloorsBelow(r *pages.StoriesResult) []string {
	var held, dev []string
	for _, b := range r.Batches {
		f, ok := storyFloors[b.Batch.Stories()]
		if !ok {
			held = append(held, fmt.Sprintf("own stories, %s: no floors: write its row in storyFloors (cmd/evaluate/storyfloors.go) from its first run", b.Batch.Stories()))
			continue
		}
		held = append(held, f.heldOut.below("held-out half of "+b.Batch.Stories(), b.HeldOut)...)
		dev = append(dev, f.dev.below("development half of "+b.Batch.Stories(), b.Dev)...)
	}
	return append(held, dev...)
}
