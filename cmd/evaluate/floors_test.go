package main

import (
	"testing"

	"github.com/parley-bot/parley/internal/eval/news"
)

// TestFloorsCoverBatches: every batch of stories has floors for its two
// answer sets and its two halves, and every floor is for a set or a batch
// there is.
func TestFloorsCoverBatches(t *testing.T) {
	sets := map[string]bool{"dev3": true, "dev4": true, "dev5": true, "blind2": true}
	stories := map[string]bool{}
	for _, b := range news.StoryBatches() {
		for _, s := range []string{b.Dev, b.Blind} {
			sets[s] = true
			if _, ok := setFloors[s]; !ok {
				t.Errorf("batch %d (%s): no floors for its %s set in setFloors", b.N, b.Stories(), s)
			}
		}
		stories[b.Stories()] = true
		if _, ok := storyFloors[b.Stories()]; !ok {
			t.Errorf("batch %d: no floors for its halves, %s, in storyFloors", b.N, b.Stories())
		}
	}
	for s := range setFloors {
		if !sets[s] {
			t.Errorf("setFloors has floors for %s, which is no set with floors", s)
		}
	}
	for s := range storyFloors {
		if !stories[s] {
			t.Errorf("storyFloors has floors for %s, which is no batch of news.StoryBatches", s)
		}
	}
}
