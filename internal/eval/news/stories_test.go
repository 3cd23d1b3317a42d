package news

import (
	"strings"
	"testing"
)

// TestStorySets: the dev6, blind3, dev7, blind4, dev8, blind5, dev9,
// blind6, dev10, blind7, dev11, blind8, dev12, blind9, dev13, blind10, dev14, blind11, dev15, blind12, dev16, blind13, dev17, blind14, dev18, blind15, dev19, blind16, dev20, blind17, dev21, blind18, dev22, blind19, dev23, blind20, dev24, blind21, dev25, blind22, dev26, blind23, dev27, blind24, dev28, blind25, dev29, blind26, dev30, blind27, dev31, blind28, dev32, blind29, dev33, blind30, dev34, blind31, dev35, blind32, dev36, blind33, dev37, blind34, dev38, blind35, dev39, blind36, dev40, blind37, dev41, blind38, dev42, blind39, dev43, blind40, dev44, blind41, dev45, blind42, dev46, blind43, dev47, blind44, dev48, blind45, dev49, blind46, dev50, blind47, dev51, blind48, dev52, blind49, dev53, blind50, dev54, blind51, dev55, blind52, dev56, blind53, dev57, blind54, dev58, blind55, dev59, blind56, dev60, blind57, dev61, blind58, dev62, blind59, dev63, blind60, dev64, blind61, dev65, blind62, dev66, blind63, dev67, blind64, dev68, blind65, dev69, blind66, dev70 and blind67 sets
// share no story, hold at least 90 questions each (70 for the second
// batch's six stories, 50 for the third's to sixty-fifth's) with at least 30 %
// of each kind (20 % for the third to sixty-fifth batches, written with two questions a story cannot
// answer and seven it can), have their first
// runs recorded, and every expected answer and speaker is written, as
// given, in its story (a question set's strings are matched by substring,
// so one the story does not hold could never be answered).
func TestStorySets(t *testing.T) {
	texts, err := StoryTexts()
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 784 {
		t.Fatalf("%d stories, want 784", len(texts))
	}
	others := func(self string) []string {
		var out []string
		for _, s := range []string{"blind", "blind2", "blind3", "blind4", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "blind5", "dev9", "blind6", "dev10", "blind7", "dev11", "blind8", "dev12", "blind9", "dev13", "blind10", "dev14", "blind11", "dev15", "blind12", "dev16", "blind13", "dev17", "blind14", "dev18", "blind15", "dev19", "blind16", "dev20", "blind17", "dev21", "blind18", "dev22", "blind19", "dev23", "blind20", "dev24", "blind21", "dev25", "blind22", "dev26", "blind23", "dev27", "blind24", "dev28", "blind25", "dev29", "blind26", "dev30", "blind27", "dev31", "blind28", "dev32", "blind29", "dev33", "blind30", "dev34", "blind31", "dev35", "blind32", "dev36", "blind33", "dev37", "blind34", "dev38", "blind35", "dev39", "blind36", "dev40", "blind37", "dev41", "blind38", "dev42", "blind39", "dev43", "blind40", "dev44", "blind41", "dev45", "blind42", "dev46", "blind43", "dev47", "blind44", "dev48", "blind45", "dev49", "blind46", "dev50", "blind47", "dev51", "blind48", "dev52", "blind49", "dev53", "blind50", "dev54", "blind51", "dev55", "blind52", "dev56", "blind53", "dev57", "blind54", "dev58", "blind55", "dev59", "blind56", "dev60", "blind57", "dev61", "blind58", "dev62", "blind59", "dev63", "blind60", "dev64", "blind61", "dev65", "blind62", "dev66", "blind63", "dev67", "blind64", "dev68", "blind65", "dev69", "blind66", "dev70", "blind67", "old"} {
			if s != self {
				out = append(out, s)
			}
		}
		return out
	}
	for _, set := range []struct {
		name  string
		min   int
		share int // per cent of each kind, at least
	}{
		{"dev6", 90, 30},
		{"blind3", 90, 30},
		{"dev7", 70, 30},
		{"blind4", 70, 30},
		{"dev8", 50, 20},
		{"blind5", 50, 20},
		{"dev9", 50, 20},
		{"blind6", 50, 20},
		{"dev10", 50, 20},
		{"blind7", 50, 20},
		{"dev11", 50, 20},
		{"blind8", 50, 20},
		{"dev12", 50, 20},
		{"blind9", 50, 20},
		{"dev13", 50, 20},
		{"blind10", 50, 20},
		{"dev14", 50, 20},
		{"blind11", 50, 20},
		{"dev15", 50, 20},
		{"blind12", 50, 20},
		{"dev16", 50, 20},
		{"blind13", 50, 20},
		{"dev17", 50, 20},
		{"blind14", 50, 20},
		{"dev18", 50, 20},
		{"blind15", 50, 20},
		{"dev19", 50, 20},
		{"blind16", 50, 20},
		{"dev20", 50, 20},
		{"blind17", 50, 20},
		{"dev21", 50, 20},
		{"blind18", 50, 20},
		{"dev22", 50, 20},
		{"blind19", 50, 20},
		{"dev23", 50, 20},
		{"blind20", 50, 20},
		{"dev24", 50, 20},
		{"blind21", 50, 20},
		{"dev25", 50, 20},
		{"blind22", 50, 20},
		{"dev26", 50, 20},
		{"blind23", 50, 20},
		{"dev27", 50, 20},
		{"blind24", 50, 20},
		{"dev28", 50, 20},
		{"blind25", 50, 20},
		{"dev29", 50, 20},
		{"blind26", 50, 20},
		{"dev30", 50, 20},
		{"blind27", 50, 20},
		{"dev31", 50, 20},
		{"blind28", 50, 20},
		{"dev32", 50, 20},
		{"blind29", 50, 20},
		{"dev33", 50, 20},
		{"blind30", 50, 20},
		{"dev34", 50, 20},
		{"blind31", 50, 20},
		{"dev35", 50, 20},
		{"blind32", 50, 20},
		{"dev36", 50, 20},
		{"blind33", 50, 20},
		{"dev37", 50, 20},
		{"blind34", 50, 20},
		{"dev38", 50, 20},
		{"blind35", 50, 20},
		{"dev39", 50, 20},
		{"blind36", 50, 20},
		{"dev40", 50, 20},
		{"blind37", 50, 20},
		{"dev41", 50, 20},
		{"blind38", 50, 20},
		{"dev42", 50, 20},
		{"blind39", 50, 20},
		{"dev43", 50, 20},
		{"blind40", 50, 20},
		{"dev44", 50, 20},
		{"blind41", 50, 20},
		{"dev45", 50, 20},
		{"blind42", 50, 20},
		{"dev46", 50, 20},
		{"blind43", 50, 20},
		{"dev47", 50, 20},
		{"blind44", 50, 20},
		{"dev48", 50, 20},
		{"blind45", 50, 20},
		{"dev49", 50, 20},
		{"blind46", 50, 20},
		{"dev50", 50, 20},
		{"blind47", 50, 20},
		{"dev51", 50, 20},
		{"blind48", 50, 20},
		{"dev52", 50, 20},
		{"blind49", 50, 20},
		{"dev53", 50, 20},
		{"blind50", 50, 20},
		{"dev54", 50, 20},
		{"blind51", 50, 20},
		{"dev55", 50, 20},
		{"blind52", 50, 20},
		{"dev56", 50, 20},
		{"blind53", 50, 20},
		{"dev57", 50, 20},
		{"blind54", 50, 20},
		{"dev58", 50, 20},
		{"blind55", 50, 20},
		{"dev59", 50, 20},
		{"blind56", 50, 20},
		{"dev60", 50, 20},
		{"blind57", 50, 20},
		{"dev61", 50, 20},
		{"blind58", 50, 20},
		{"dev62", 50, 20},
		{"blind59", 50, 20},
		{"dev63", 50, 20},
		{"blind60", 50, 20},
		{"dev64", 50, 20},
		{"blind61", 50, 20},
		{"dev65", 50, 20},
		{"blind62", 50, 20},
		{"dev66", 50, 20},
		{"blind63", 50, 20},
		{"dev67", 50, 20},
		{"blind64", 50, 20},
		{"dev68", 50, 20},
		{"blind65", 50, 20},
		{"dev69", 50, 20},
		{"blind66", 50, 20},
		{"dev70", 50, 20},
		{"blind67", 50, 20},
	} {
		t.Run(set.name, func(t *testing.T) {
			arts, err := LoadStorySet(set.name)
			if err != nil {
				t.Fatal(err)
			}
			_, firstRun, err := storySetFiles(set.name)
			if err != nil {
				t.Fatal(err)
			}
			checkNewSet(t, arts, usedBy(t, others(set.name)...), set.min, false, firstRun)
			kinds := map[string]int{}
			total := 0
			for _, a := range arts {
				text, ok := texts[a.Article]
				if a.Bench != "story" || !ok {
					t.Errorf("article %q of bench %q: want one of the stories", a.Article, a.Bench)
					continue
				}
				lower := strings.ToLower(text)
				for _, q := range a.Turns {
					kinds[q.Kind]++
					total++
					for _, g := range append(q.Expect, q.Speaker) {
						for _, w := range g {
							if !strings.Contains(lower, strings.ToLower(w)) {
								t.Errorf("[%s] %q: %q is not in the story", a.Article, q.Q, w)
							}
						}
					}
				}
			}
			for _, k := range []string{KindFactual, KindSay, KindUnanswerable} {
				if 100*kinds[k] < set.share*total {
					t.Errorf("%d %s questions of %d, want at least %d %%", kinds[k], k, total, set.share)
				}
			}
		})
	}
}
