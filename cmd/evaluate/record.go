package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/eval/news"
)

// recordFlag is the repeatable -record SET=FILE: for each named answer
// set, the file its run is written to as the set's first run (with
// -commit). The zero value records nothing and takes no -record; use
// newRecordFlag.
type recordFlag struct {
	sets  []string          // the sets that may be recorded
	paths map[string]string // the file to write, by set
}

// newRecordFlag returns an empty -record that takes the sets whose first
// runs are recorded: dev4, dev5, blind2 and the stories' sets.
func newRecordFlag() *recordFlag {
	return &recordFlag{
		sets:  append([]string{"dev4", "dev5", "blind2"}, news.StorySetNames()...),
		paths: map[string]string{},
	}
}

// String returns the sets to record as SET=FILE, comma-separated, in set
// order.
func (r *recordFlag) String() string {
	if r == nil {
		return ""
	}
	var out []string
	for _, s := range r.sets {
		if p, ok := r.paths[s]; ok {
			out = append(out, s+"="+p)
		}
	}
	return strings.Join(out, ",")
}

// Set adds one SET=FILE; a set may be named once.
func (r *recordFlag) Set(v string) error {
	set, path, err := parseRecord(v, r.sets)
	if err != nil {
		return err
	}
	if _, dup := r.paths[set]; dup {
		return fmt.Errorf("the %s set is named twice: a first run is recorded once", set)
	}
	r.paths[set] = path
	return nil
}

// parseRecord reads one -record value, SET=FILE, where SET is one of
// sets.
func parseRecord(v string, sets []string) (set, path string, err error) {
	set, path, ok := strings.Cut(v, "=")
	set = strings.TrimSpace(set)
	if !ok || set == "" || path == "" {
		return "", "", errors.New("want SET=FILE, such as dev70=internal/eval/news/questions_dev70_firstrun.json")
	}
	if !slices.Contains(sets, set) {
		return "", "", fmt.Errorf("no answer set %q has a first run to record (%s)", set, describeSets(sets))
	}
	return set, path, nil
}

// describeSets names sets briefly: runs of the same prefix with rising
// numbers, such as dev6 … dev70, are given by their ends.
func describeSets(sets []string) string {
	var out []string
	for i := 0; i < len(sets); {
		j := i + 1
		for j < len(sets) && follows(sets[j-1], sets[j]) {
			j++
		}
		switch j - i {
		case 1:
			out = append(out, sets[i])
		case 2:
			out = append(out, sets[i], sets[j-1])
		default:
			out = append(out, sets[i]+" … "+sets[j-1])
		}
		i = j
	}
	return strings.Join(out, ", ")
}

// follows reports whether set b is set a's successor: the same letters, a
// number one more.
func follows(a, b string) bool {
	pa, na := splitSet(a)
	pb, nb := splitSet(b)
	return pa == pb && na > 0 && nb == na+1
}

// splitSet splits a set's name into its letters and its number (0 when
// it has none).
func splitSet(s string) (string, int) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return s, 0
	}
	n, err := strconv.Atoi(s[i:])
	if err != nil {
		return s, 0
	}
	return s[:i], n
}

// write writes run as set's first run (at commit) when -record names the
// set; otherwise it does nothing.
func (r *recordFlag) write(set string, run news.BlindRun, commit string) error {
	path, ok := r.paths[set]
	if !ok {
		return nil
	}
	return recordFirstRun(path, run, commit)
}

// recordFirstRun writes run as a set's recorded first run.
func recordFirstRun(path string, run news.BlindRun, commit string) error {
	run.Date = time.Now().UTC().Format(time.RFC3339)
	run.Commit = commit
	run.Note = "the local answerer as at this commit; recorded once, before any change made while looking at this set"
	b, err := json.MarshalIndent(run, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the first run: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("record the first run: %w", err)
	}
	return nil
}
