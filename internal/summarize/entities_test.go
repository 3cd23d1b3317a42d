package summarize

import (
	"strings"
	"testing"
)

// TestTitleNamingABody: a person under a title that names a body first
// is a person ("Air Force General Tom Reed", "Bank of Halden Governor
// Mark Carney"); a body whose name holds a title word is still a body.
func TestTitleNamingABody(t *testing.T) {
	tests := []struct {
		run      string
		wantName string
		wantKind string
	}{
		{"Air Force General Tom Reed", "Tom Reed", KindPerson},
		{"Bank of Halden Governor Mark Carney", "Mark Carney", KindPerson},
		{"General Motors Chief Executive Mary Barra", "Mary Barra", KindPerson},
		{"General Motors", "General Motors", KindOrganisation},
		{"World Trade Organization", "World Trade Organization", KindOrganisation},
	}
	for _, tt := range tests {
		d := newDoc(tt.run + " spoke about the budget talks on Monday.\n")
		d.findMentions()
		if len(d.mentions) == 0 {
			t.Errorf("%q: no mention", tt.run)
			continue
		}
		if m := d.mentions[0]; m.name != tt.wantName || m.kind != tt.wantKind {
			t.Errorf("%q: mention %q (%s), want %q (%s)", tt.run, m.name, m.kind, tt.wantName, tt.wantKind)
		}
	}
}

// TestNameAfterBody: a person named right after the body or place they
// belong to is a mention of their own, when the document uses the surname
// alone or the first name is known; a body's name whose last words look
// like a name stays whole; a sentence-initial "New" the lists or the
// document join to the next word is part of the name.
func TestNameAfterBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "name/kind" of mentions the run must give
		notWant    []string // names it must not give
	}{
		{"title of a body", "CEO of the Harbour Council Amal Okafor told reporters the plan was flawed. Okafor said talks would resume.\n",
			[]string{"Harbour Council/organisation", "Amal Okafor/person"}, []string{"CEO of the Harbour Council Amal Okafor"}},
		{"a portfolio is no body", "Minister of Education Carla Benedetti said the fees would rise. Benedetti spoke on Monday.\n",
			[]string{"Carla Benedetti/person"}, []string{"Education", "Education Carla Benedetti"}},
		{"a body then a name", "Student at University of Halden Amneh Varga heard of it. Varga said it was unfair.\n",
			[]string{"University of Halden/organisation", "Amneh Varga/person"}, []string{"University of Halden Amneh Varga"}},
		{"no surname alone: no name", "Student at University of Halden Amneh Varga heard of it. She said it was unfair.\n",
			[]string{"University of Halden Amneh Varga/organisation"}, []string{"Amneh Varga"}},
		{"a body's last words", "The Department of Veterans Affairs said it would hire more staff. Veterans groups said it was slow.\n",
			[]string{"Department of Veterans Affairs/organisation"}, []string{"Veterans Affairs"}},
		{"New opening a sentence", "New Zealand's Prime Minister spoke. Voters in New Zealand agreed.\n",
			[]string{"New Zealand/country"}, []string{"Zealand"}},
		{"a word the document joins to the next", "Old Trafford hosted the final. Fans at Old Trafford cheered.\n",
			[]string{"Old Trafford/"}, []string{"Trafford"}},
		{"a name written on its own elsewhere", "According to Afghan Ambassador to the United States Hamdullah Mohib, the team did well. Ambassador Hamdullah Mohib says it will return.\n",
			[]string{"Hamdullah Mohib/person"}, []string{"United States Hamdullah Mohib"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text)
			d.findMentions()
			got := map[string]string{}
			for _, m := range d.mentions {
				if _, ok := got[m.name]; !ok {
					got[m.name] = m.kind
				}
			}
			for _, w := range tt.want {
				name, kind, _ := strings.Cut(w, "/")
				if k, ok := got[name]; !ok || k != kind {
					t.Errorf("no mention %q (%s) in %v", name, kind, got)
				}
			}
			for _, n := range tt.notWant {
				if _, ok := got[n]; ok {
					t.Errorf("mention %q in %v", n, got)
				}
			}
		})
	}
}

// TestNamesOfBodies: the words a body's name runs over and stops at.
func TestNamesOfBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the mentions' names, in order
	}{
		{"a plural's apostrophe inside a union's name", "The Bakers' Union rejected the offer.\n", []string{"Bakers' Union"}},
		{"People's inside a name", "The Korean People's Army fired shells near the People's Bank of Halden.\n", []string{"Korean People's Army", "People's Bank of Halden"}},
		{"a body's closing word ends the name before and", "The Fire Brigades Union and Unison rejected the offer.\n", []string{"Fire Brigades Union", "Unison"}},
		{"an ampersand joins a firm's name", "Harlow & Finch said the sale had failed.\n", []string{"Harlow & Finch"}},
		{"a lone letter is no name", "The house sold for Â£1, Harlow Estates said.\n", []string{"Harlow Estates"}},
		{"a titled person's name ends before of and a place", "Sen. Richard Olsen of Kansas rejected the offer.\n", []string{"Richard Olsen", "Kansas"}},
		{"a body's name runs on over of", "The Bank of Kansas rejected the offer.\n", []string{"Bank of Kansas"}},
		{"a day after a body's name is when, not its name", "Senate Democrats on Tuesday rejected the offer of Velden Holdings on Friday.\n", []string{"Senate Democrats", "Velden Holdings"}},
		{"a body's name runs on over on", "The Council on Foreign Relations rejected the offer.\n", []string{"Council on Foreign Relations"}},
		{"people of a body before its name are not part of it", "Negotiators for the Harbour Workers' Federation met on Monday. The federation's lead negotiator spoke.\n", []string{"Harbour Workers' Federation"}},
		{"a name runs on over van den", "Its chief executive, Dr. Pieter van den Berg, said the offer was generous.\n", []string{"Pieter van den Berg"}},
		{"a campaign's name runs on over for", "Sue Brennan, of the Campaign for Better Transport, said people were fed up.\n", []string{"Sue Brennan", "Campaign for Better Transport"}},
		{"a name goes on over a particle joined by a hyphen", "Qatar's foreign ministry spokesman Majed al-Ansari said the talks would go on.\n", []string{"Qatar", "Majed al-Ansari"}},
		{"a particle's name starts no name", "The al-Tanf base is located inside a zone on the highway.\n", nil},
		{"a saint's name inside a body's", "The nurses at St. Brendan's Medical Center voted on Thursday.\n", []string{"St. Brendan's Medical Center"}},
		{"a chamber-passed bill names no chamber", "The Senate-passed bill was rejected by Corvan Holdings.\n", []string{"Corvan Holdings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.text)
			d.findMentions()
			var got []string
			for _, m := range d.mentions {
				got = append(got, m.name)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("mentions %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("mentions %q, want %q", got, tt.want)
				}
			}
		})
	}
	d := newDoc("Harlow & Finch said the sale had failed.\n")
	d.findMentions()
	if len(d.mentions) == 0 || d.mentions[0].kind != KindOrganisation {
		t.Errorf("Harlow & Finch: %+v, want an organisation", d.mentions)
	}
}

// TestMonthBeforeNumberIsNoName: a month before a day's number is a
// date, not a name a quotation could be credited to; a month named
// otherwise may be a person's name.
func TestMonthBeforeNumberIsNoName(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"In a statement published Oct. 25, the ministry accused the rebels of sabotage.", "Oct", false},
		{"The deal was signed on April 3 in Geneva.", "April", false},
		{"The minister told April Ryan that the deal was close.", "April Ryan", true},
		{"The talks, said Jan Egeland, had failed.", "Jan Egeland", true},
	}
	for _, tt := range tests {
		d := newDoc(tt.text + "\n")
		d.findMentions()
		got := false
		for _, m := range d.mentions {
			if m.name == tt.name {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: mention %q found %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestRoleParty: a role names the party the longest listed name in it
// gives ("White House Press Secretary" is the White House's, not the
// House's), and keeps its role words.
func TestRoleParty(t *testing.T) {
	tests := []struct {
		role, party, roleWord string
	}{
		{"White House Press Secretary", "White House", "secretary"},
		{"House Speaker", "House of Representatives", "speaker"},
		{"U.S. Secretary of State", "United States", "secretary"},
		{"Chinese Foreign Ministry spokesman", "China", "spokesman"},
	}
	for _, tt := range tests {
		d := &doc{ents: []entity{{}}}
		d.addRole(0, tt.role)
		e := &d.ents[0]
		if e.party != tt.party || !containsStr(e.roles, tt.roleWord) {
			t.Errorf("addRole(%q): party %q, roles %v; want %q with %q", tt.role, e.party, e.roles, tt.party, tt.roleWord)
		}
	}
}
