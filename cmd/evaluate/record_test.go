package main

import (
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/eval/news"
)

// TestParseRecord: -record takes SET=FILE for a set whose first run is
// recorded, and says what is wrong with anything else.
func TestParseRecord(t *testing.T) {
	sets := newRecordFlag().sets
	for _, c := range []struct {
		in        string
		set, path string
		err       string // a part of the error, "" for none
	}{
		{in: "dev70=/tmp/x.json", set: "dev70", path: "/tmp/x.json"},
		{in: "blind67=internal/eval/news/questions_blind67_firstrun.json", set: "blind67", path: "internal/eval/news/questions_blind67_firstrun.json"},
		{in: "dev4=a=b.json", set: "dev4", path: "a=b.json"},
		{in: "blind2=x", set: "blind2", path: "x"},
		{in: "dev6=x", set: "dev6", path: "x"},
		{in: "dev99=/tmp/x.json", err: `no answer set "dev99" has a first run to record (dev4, dev5, blind2, dev6 … dev`},
		{in: "dev3=/tmp/x.json", err: `no answer set "dev3"`},
		{in: "blind=/tmp/x.json", err: `no answer set "blind"`},
		{in: "Dev70=/tmp/x.json", err: `no answer set "Dev70"`},
		{in: "dev70", err: "want SET=FILE"},
		{in: "dev70=", err: "want SET=FILE"},
		{in: "=/tmp/x.json", err: "want SET=FILE"},
		{in: "", err: "want SET=FILE"},
		{in: "/tmp/x.json", err: "want SET=FILE"},
	} {
		set, path, err := parseRecord(c.in, sets)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.err == "" && (set != c.set || path != c.path):
			t.Errorf("%q: set %q, file %q; want %q, %q", c.in, set, path, c.set, c.path)
		case c.err != "" && err == nil:
			t.Errorf("%q: no error, want one with %q", c.in, c.err)
		case c.err != "" && !strings.Contains(err.Error(), c.err):
			t.Errorf("%q: error %q, want one with %q", c.in, err, c.err)
		}
	}
}

// TestDescribeSets: runs of sets numbered in turn are given by their ends.
func TestDescribeSets(t *testing.T) {
	for _, c := range []struct {
		sets []string
		want string
	}{
		{[]string{"dev4", "dev5", "blind2", "dev6", "dev7", "dev8", "blind3", "blind4", "blind5"}, "dev4, dev5, blind2, dev6 … dev8, blind3 … blind5"},
		{[]string{"dev6", "dev7"}, "dev6, dev7"},
		{[]string{"dev6", "dev8", "blind", "blind2"}, "dev6, dev8, blind, blind2"},
		{nil, ""},
	} {
		if got := describeSets(c.sets); got != c.want {
			t.Errorf("describeSets(%q) = %q, want %q", c.sets, got, c.want)
		}
	}
}

// TestRecordFlag: -record repeats, one file a set, and lists what it holds
// in set order.
func TestRecordFlag(t *testing.T) {
	r := newRecordFlag()
	for _, v := range []string{"dev70=/tmp/b.json", "dev4=/tmp/a.json", "blind67=/tmp/c.json"} {
		if err := r.Set(v); err != nil {
			t.Fatalf("%q: %v", v, err)
		}
	}
	if err := r.Set("dev70=/tmp/d.json"); err == nil || !strings.Contains(err.Error(), "named twice") {
		t.Errorf("dev70 twice: error %v, want one that says it is named twice", err)
	}
	if got, want := r.String(), "dev4=/tmp/a.json,dev70=/tmp/b.json,blind67=/tmp/c.json"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if err := r.Set("dev99=/tmp/e.json"); err == nil {
		t.Error("dev99: no error")
	}
	var zero *recordFlag
	if zero.String() != "" {
		t.Error("a nil -record is not empty")
	}
}

// TestRecordWrite: a set -record does not name is not written, and a
// named set's file that cannot be written is an error.
func TestRecordWrite(t *testing.T) {
	r := newRecordFlag()
	dir := t.TempDir()
	if err := r.Set("dev70=" + dir + "/no/such/folder/x.json"); err != nil {
		t.Fatal(err)
	}
	if err := r.write("dev69", news.BlindRun{}, "abc"); err != nil {
		t.Errorf("dev69, not named: %v", err)
	}
	if err := r.write("dev70", news.BlindRun{}, "abc"); err == nil || !strings.Contains(err.Error(), "record the first run") {
		t.Errorf("dev70 into a missing folder: error %v, want one that says the first run was not recorded", err)
	}
}
