package story

import (
	"sort"
	"time"
)

// BriefEvents are the events one brief of a story reported, with the date
// the brief stands at (its article's date, or when it joined).
type BriefEvents struct {
	Brief  Ref
	At     time.Time
	Events []Event
}

// Moment is one line of a story's timeline: an event, the brief that
// first reported it, and the later briefs that reported it again.
type Moment struct {
	Event
	// Day is the event's date, or the brief's when the event has none.
	Day   string `json:"day"`
	Brief Ref    `json:"brief"`
	Also  []Ref  `json:"also,omitempty"`
}

// Timeline puts the events of a story's briefs (the earliest brief first)
// in date order. An event a later brief reports again, in other words too
// (same kind, heldBy of its words), is one moment citing both briefs.
func Timeline(briefs []BriefEvents) []Moment {
	var out []Moment
	var seen []stemSet
	order := map[int]int{} // index in out -> brief order, for stable sorting
	for bi, b := range briefs {
		for _, e := range b.Events {
			st := stems(e.Text)
			dup := -1
			for i, o := range out {
				if o.Kind != e.Kind || o.Due != e.Due {
					continue
				}
				if coverage(st, seen[i]) >= heldBy || coverage(seen[i], st) >= heldBy {
					dup = i
					break
				}
			}
			if dup >= 0 {
				out[dup].Also = append(out[dup].Also, b.Brief)
				if out[dup].Date == "" && e.Date != "" {
					out[dup].Date, out[dup].When, out[dup].Day = e.Date, e.When, e.Date
				}
				continue
			}
			day := e.Date
			if day == "" && !b.At.IsZero() {
				day = b.At.UTC().Format(time.DateOnly)
			}
			order[len(out)] = bi
			out = append(out, Moment{Event: e, Day: day, Brief: b.Brief})
			seen = append(seen, st)
		}
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := out[idx[i]], out[idx[j]]
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		if order[idx[i]] != order[idx[j]] {
			return order[idx[i]] < order[idx[j]]
		}
		return a.Sentence < b.Sentence
	})
	sorted := make([]Moment, len(out))
	for i, j := range idx {
		sorted[i] = out[j]
	}
	return sorted
}
