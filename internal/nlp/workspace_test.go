package nlp

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestWorkspaceReuse checks that an Analyzer that keeps its workspaces from
// one call to the next (the tagger's and the parser's buffers and cached
// group sums) analyses every text as a new Analyzer does, whatever it read
// before (the identity fixtures in turn, twice, and a short text), and
// when calls run at once.
func TestWorkspaceReuse(t *testing.T) {
	shared, err := New()
	if err != nil {
		t.Skipf("models not loaded: %v", err)
	}
	texts := []string{"Talks resumed."}
	for _, name := range identityFixtures {
		raw, err := os.ReadFile(filepath.Join("testdata", "speed", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		fresh, err := New()
		if err != nil {
			t.Fatal(err)
		}
		want[i] = dumpAnalysis(fresh.Analyze(text)).String()
	}
	for round := 0; round < 2; round++ {
		for i := len(texts) - 1; i >= 0; i-- {
			if got := dumpAnalysis(shared.Analyze(texts[i])).String(); got != want[i] {
				t.Errorf("round %d, text %d: the shared Analyzer's analysis differs from a new one's", round, i)
			}
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 2 * len(texts) {
				i := (g + k) % len(texts)
				if got := dumpAnalysis(shared.Analyze(texts[i])).String(); got != want[i] {
					t.Errorf("concurrent call %d, text %d: the shared Analyzer's analysis differs from a new one's", g, i)
				}
			}
		}()
	}
	wg.Wait()
}
