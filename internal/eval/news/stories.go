package news

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// storyFS holds the news stories about negotiations written for the
// project (not copied from any outlet, nor from shared/), s01 onwards, in
// the batches of StoryBatches: the articles of the batches' question sets
// and of the stories' who-said-what gold (internal/eval/pages). Each file
// is a title line, a blank line and the story's paragraphs, as a user
// would paste it; stories/README.md says what each batch's stories are
// like (of the held-out halves, nothing: they were wired without being
// read).
//
//go:embed stories/*.txt
var storyFS embed.FS

// StoryTexts returns the embedded stories by id ("s01" onwards, to the
// last batch's Last).
func StoryTexts() (map[string]string, error) {
	ents, err := fs.ReadDir(storyFS, "stories")
	if err != nil {
		return nil, fmt.Errorf("list the stories: %w", err)
	}
	texts := make(map[string]string, len(ents))
	for _, e := range ents {
		b, err := storyFS.ReadFile("stories/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("read story %s: %w", e.Name(), err)
		}
		texts[strings.TrimSuffix(e.Name(), ".txt")] = string(b)
	}
	return texts, nil
}
